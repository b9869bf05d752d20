import { LinkIdSchema, type Locale, LocaleSchema, pickSummaryLocale } from '@driehoek/shared';
import { loadSummaryTexts } from '@driehoek/surveys';
import { type Context, Hono } from 'hono';
import { compress } from 'hono/compress';
import type { AppDeps, AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { publicBase } from '../../platform/public-url';
import { ClientFailures, clientAddress } from '../../platform/throttle/client-failures';
import { loadSummarySource, type SummarySource } from './load-summary';
import { findSummaryLink } from './queries';
import { READ_ALOUD_SCRIPT } from './render/read-aloud-script';
import { renderStatusHtml } from './render/status-html';
import { childrenDocument, parentsDocument, publicSummaryUrl } from './summary-documents';

/**
 * Unknown ids one client address may try in 15 minutes. A 128-bit id cannot be guessed; this only keeps a scanner
 * from making us read the database for nothing. Per app, in memory, like the code and login throttles.
 */
const UNKNOWN_PER_CLIENT = 30;
const guesses = new WeakMap<AppDeps, ClientFailures>();
const guessesOf = (deps: AppDeps) => {
  let counter = guesses.get(deps);
  if (!counter) {
    counter = new ClientFailures(UNKNOWN_PER_CLIENT, 15 * 60_000);
    guesses.set(deps, counter);
  }
  return counter;
};

type Refusal = 'unknown' | 'gone' | 'throttled';

/** A person's browser gets a page in every language; anything else the API's one error body. */
const wantsPage = (c: Context<AppEnv>) => (c.req.header('accept') ?? '').includes('text/html');

async function refuse(c: Context<AppEnv>, refusal: Refusal): Promise<Response> {
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex, nofollow');
  if (refusal === 'throttled')
    throw new AppError('rate_limited', 'Te veel onbekende links geprobeerd. Probeer het later.');
  if (!wantsPage(c)) {
    if (refusal === 'gone') throw new AppError('link_closed', 'Deze samenvatting is niet meer beschikbaar.');
    throw new AppError('link_unknown', 'Deze link kennen we niet. Controleer of u de hele link hebt overgenomen.');
  }
  const page = await renderStatusHtml(loadSummaryTexts(), refusal);
  return c.html(page, refusal === 'gone' ? 410 : 404);
}

/**
 * The summaries a link shows now: the publication in force of its round. An ended link, or a round whose report
 * was retracted and not published again, is gone (410); an id never handed out is unknown (404).
 */
async function resolve(c: Context<AppEnv>): Promise<{ linkId: string; source: SummarySource } | Refusal> {
  const deps = c.var.deps;
  const client = clientAddress(c);
  const counter = guessesOf(deps);
  if (counter.exhausted(client, deps.now())) return 'throttled';
  const linkId = c.req.param('linkId') ?? '';
  const link = LinkIdSchema.safeParse(linkId).success ? await findSummaryLink(deps.sql, linkId) : undefined;
  if (!link) {
    counter.record(client, deps.now());
    return 'unknown';
  }
  if (link.ended) return 'gone';
  const source = await loadSummarySource(deps.sql, link.roundId);
  return source ? { linkId, source } : 'gone';
}

function publicHeaders(c: Context<AppEnv>, language: string) {
  // Always the publication in force: a retraction or a new version must show at once, never from a cache.
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex, nofollow');
  c.header('Content-Language', language);
}

async function parentsPage(c: Context<AppEnv>, locale: Locale, negotiated: boolean) {
  const found = await resolve(c);
  if (typeof found === 'string') return refuse(c, found);
  const base = publicBase(c);
  const page = await parentsDocument(found.source, locale, {
    variant: 'page',
    link: { base, id: found.linkId },
    languageHref: (l) => publicSummaryUrl('', found.linkId, l),
  });
  publicHeaders(c, locale);
  if (negotiated) c.header('Vary', 'Accept-Language');
  return c.html(page);
}

/**
 * The public pages of a round's summaries, without login: server-rendered HTML that works without JavaScript, in
 * the reader's language, with no figure of a group below the minimum (decision 0011).
 */
export const publicSummaryRoutes = new Hono<AppEnv>()
  .use(compress())
  .get('/voorlezen.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(READ_ALOUD_SCRIPT);
  })
  .get('/:linkId', (c) => parentsPage(c, pickSummaryLocale(c.req.header('accept-language')), true))
  .get('/:linkId/kinderen', async (c) => {
    const found = await resolve(c);
    if (typeof found === 'string') return refuse(c, found);
    publicHeaders(c, 'nl');
    return c.html(await childrenDocument(found.source, 'page'));
  })
  .get('/:linkId/:locale', async (c) => {
    const locale = LocaleSchema.safeParse(c.req.param('locale'));
    if (!locale.success) return refuse(c, 'unknown');
    return parentsPage(c, locale.data, false);
  });
