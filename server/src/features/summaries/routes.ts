import { can, LocaleSchema, SUMMARY_LOCALES, type SummaryStatus } from '@driehoek/shared';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readParam } from '../../platform/http';
import { renderPdf } from '../../platform/pdf';
import { requireChromium } from '../../platform/pdf-route';
import { publicBase } from '../../platform/public-url';
import { requireCapability, roundInScope } from '../../platform/scope';
import { qrPng, qrSvg } from '../distribution/qr';
import { childrenOf, loadSummarySource, parentsOf, type SummarySource } from './load-summary';
import { parentsLetterPdf } from './parents-letter';
import { activeSummaryLink, endSummaryLink, insertSummaryLink, type SummaryLinkRow } from './queries';
import { childrenDocument, parentsDocument, publicSummaryUrl } from './summary-documents';

const RoundId = z.uuid({ message: 'geen geldig id' });

/** The round in the user's scope with what its summaries are made of; refuses while nothing is published. */
async function publishedRound(c: Context<AppEnv>) {
  const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', RoundId));
  const source = await loadSummarySource(c.var.deps.sql, round.id);
  if (!source)
    throw new AppError('not_found', 'Het rapport is niet gepubliceerd: samenvattingen komen uit de publicatie.');
  return { round, source };
}

async function statusOf(
  c: Context<AppEnv>,
  roundId: string,
  source: SummarySource | undefined,
): Promise<SummaryStatus> {
  if (!source) return { state: 'unpublished' };
  const link = await activeSummaryLink(c.var.deps.sql, roundId);
  const base = publicBase(c);
  const plain = parentsOf(source, 'nl');
  return {
    state: 'published',
    publication: {
      version: source.published.publication.version,
      publishedAt: source.published.publication.publishedAt,
    },
    link: link
      ? {
          url: publicSummaryUrl(base, link.id),
          childrenUrl: publicSummaryUrl(base, link.id, 'kinderen'),
          createdAt: link.createdAt,
          createdBy: link.createdBy,
        }
      : null,
    locales: [...SUMMARY_LOCALES],
    children: childrenOf(source).said.state,
    workOn: plain.work.source,
    canManageLink: can(c.var.user.role, 'report.publish'),
  };
}

async function requireLink(c: Context<AppEnv>, roundId: string): Promise<SummaryLinkRow> {
  const link = await activeSummaryLink(c.var.deps.sql, roundId);
  if (!link) throw new AppError('not_found', 'Deze ronde heeft geen openbare link voor de samenvattingen.');
  return link;
}

const requirePdf = (c: Context<AppEnv>): string =>
  requireChromium(c, 'Open de samenvatting en kies Afdrukken → Opslaan als PDF.');

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-') || 'locatie';

const pdfAnswer = (c: Context<AppEnv>, pdf: Uint8Array, name: string) =>
  c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'private, no-store',
  });

const manage = requireCapability('report.publish');

/**
 * Staff side of the summaries: whether they exist and their public link, previews in every language, the parents'
 * letter and the children's poster as PDF, and for researchers making, renewing and withdrawing the link.
 */
export const summaryRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('report.read'))
  .get('/:roundId', async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', RoundId));
    c.header('cache-control', 'private, no-store');
    return c.json(await statusOf(c, round.id, await loadSummarySource(c.var.deps.sql, round.id)));
  })
  .get('/:roundId/qr.svg', async (c) => {
    const { round } = await publishedRound(c);
    const link = await requireLink(c, round.id);
    c.header('Content-Type', 'image/svg+xml');
    c.header('Cache-Control', 'private, no-store');
    return c.body(await qrSvg(publicSummaryUrl(publicBase(c), link.id)));
  })
  .get('/:roundId/qr.png', async (c) => {
    const { round } = await publishedRound(c);
    const link = await requireLink(c, round.id);
    c.header('Content-Type', 'image/png');
    c.header('Content-Disposition', 'attachment; filename="samenvatting-qr.png"');
    c.header('Cache-Control', 'private, no-store');
    return c.body(new Uint8Array(await qrPng(publicSummaryUrl(publicBase(c), link.id))));
  })
  .get('/:roundId/children', async (c) => {
    const { source } = await publishedRound(c);
    c.header('cache-control', 'private, no-store');
    return c.html(await childrenDocument(source, 'page'));
  })
  .get('/:roundId/children/pdf', async (c) => {
    const { source } = await publishedRound(c);
    const chromiumPath = requirePdf(c);
    const pdf = await renderPdf(await childrenDocument(source, 'poster'), chromiumPath, { pageSize: 'css' });
    return pdfAnswer(c, pdf, `samenvatting-kinderen-${slug(source.published.round.location)}.pdf`);
  })
  .get('/:roundId/parents/:locale', async (c) => {
    const { round, source } = await publishedRound(c);
    const locale = readParam(c, 'locale', LocaleSchema);
    const link = await activeSummaryLink(c.var.deps.sql, round.id);
    c.header('cache-control', 'private, no-store');
    return c.html(
      await parentsDocument(source, locale, {
        variant: 'page',
        link: link ? { base: publicBase(c), id: link.id } : null,
        languageHref: (l) => `/api/summaries/${round.id}/parents/${l}`,
      }),
    );
  })
  .get('/:roundId/parents/:locale/pdf', async (c) => {
    const { round, source } = await publishedRound(c);
    const locale = readParam(c, 'locale', LocaleSchema);
    const pdf = await parentsLetterPdf(c.var.deps.sql, source, {
      roundId: round.id,
      locale,
      base: publicBase(c),
      chromiumPath: requirePdf(c),
    });
    return pdfAnswer(c, pdf, `samenvatting-ouders-${slug(source.published.round.location)}-${locale}.pdf`);
  })
  .post('/:roundId/link', manage, async (c) => {
    const { round, source } = await publishedRound(c);
    await c.var.deps.sql.begin(async (tx) => {
      const renewed = await endSummaryLink(tx, round.id, c.var.user.id);
      await insertSummaryLink(tx, round.id, c.var.user.id);
      await recordAudit(tx, c.var.user, renewed ? 'summary.link.renew' : 'summary.link.create', {
        type: 'round',
        id: round.id,
      });
    });
    return c.json(await statusOf(c, round.id, source));
  })
  .delete('/:roundId/link', manage, async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', RoundId));
    await c.var.deps.sql.begin(async (tx) => {
      if (await endSummaryLink(tx, round.id, c.var.user.id))
        await recordAudit(tx, c.var.user, 'summary.link.withdraw', { type: 'round', id: round.id });
    });
    return c.json(await statusOf(c, round.id, await loadSummarySource(c.var.deps.sql, round.id)));
  });
