import { type Locale, LocaleSchema, PrivacyIdSchema, pickSummaryLocale, privacyPage } from '@driehoek/shared';
import { loadPrivacyTexts, loadScanModel } from '@driehoek/surveys';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../platform/context';
import { findPrivacyByPublicId } from './queries';
import { dayIn, renderPrivacyHtml, renderUnknownPrivacyHtml } from './render';

async function unknown(c: Context<AppEnv>) {
  c.header('Cache-Control', 'no-store');
  return c.html(await renderUnknownPrivacyHtml(loadPrivacyTexts()), 404);
}

async function statementPage(c: Context<AppEnv>, locale: Locale, negotiated: boolean) {
  const id = PrivacyIdSchema.safeParse(c.req.param('privacyId'));
  const row = id.success ? await findPrivacyByPublicId(c.var.deps.sql, id.data) : undefined;
  if (!row) return unknown(c);
  const page = privacyPage({
    texts: loadPrivacyTexts(),
    locale,
    organisation: row.organisation,
    statement: row.statement,
    retentionDays: row.retentionDays,
    minGroupSize: loadScanModel().privacy.minGroupSize,
    updatedOn: row.statement ? dayIn(row.statement.updatedOn, locale) : null,
  });
  // A change must show at once: not cached; and not for search engines, like the summaries.
  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex, nofollow');
  c.header('Content-Language', locale);
  if (negotiated) c.header('Vary', 'Accept-Language');
  return c.html(await renderPrivacyHtml(page, row.privacyId));
}

/**
 * The public privacy statement of an organisation (issue 22.4), without login: server-rendered HTML in the reader's
 * language (`/privacy/<id>`, by Accept-Language) or the one chosen (`/privacy/<id>/<locale>`).
 */
export const publicPrivacyRoutes = new Hono<AppEnv>()
  .get('/:privacyId', (c) => statementPage(c, pickSummaryLocale(c.req.header('accept-language')), true))
  .get('/:privacyId/:locale', (c) => {
    const locale = LocaleSchema.safeParse(c.req.param('locale'));
    if (!locale.success) return unknown(c);
    return statementPage(c, locale.data, false);
  });
