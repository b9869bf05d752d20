import {
  AudienceSchema,
  LocaleSchema,
  privacyStatementPath,
  type ReminderStatus,
  reminderAdvice,
  seesRawCounts,
} from '@driehoek/shared';
import { estimatedMinutes, loadScanModel } from '@driehoek/surveys';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { readParam } from '../../platform/http';
import { publicBase } from '../../platform/public-url';
import { notInScope, requireCapability } from '../../platform/scope';
import { findRound, roundMonitor } from '../rounds/queries';
import { letterHtml, type PrintableLink, posterHtml } from './printable';
import { qrPng, qrSvg } from './qr';
import { locationAddress, privacyIdOfLocation } from './queries';
import { kitLocales, reminderKitHtml } from './reminder-kit';

const Id = z.uuid({ message: 'geen geldig id' });

/** What a letter states when the pinned questionnaire is not in the catalog (about 30 questions). */
const FALLBACK_MINUTES = 8;

async function resolveLink(c: Context<AppEnv>) {
  const round = await findRound(c.var.deps.sql, c.var.user, readParam(c, 'roundId', Id));
  const audience = readParam(c, 'audience', AudienceSchema);
  const link = round?.links.find((l) => l.audience === audience);
  if (!round || !link) throw notInScope('Link');
  const instrument = c.var.deps.catalog.get(link.instrument.key, link.instrument.version);
  const printable: PrintableLink = {
    url: `${publicBase(c)}/s/${link.linkId}`,
    qrSvg: '',
    audience,
    organisation: round.organisation,
    ikc: round.ikc,
    location: round.location,
    closesOn: round.closesOn,
    locales: instrument?.locales ?? ['nl'],
    // The scan model's time norms on the questionnaire's longest route (15 s a closed and 60 s an open question).
    minutes: instrument ? estimatedMinutes(instrument) : FALLBACK_MINUTES,
    address: await locationAddress(c.var.deps.sql, round.locationId),
    printedOn: dutchDate(c.var.deps.now()),
    privacyUrl: privacyStatementPath(
      await privacyIdOfLocation(c.var.deps.sql, round.locationId),
      undefined,
      publicBase(c),
    ),
  };
  return printable;
}

const fileName = (p: PrintableLink, ext: string) =>
  `driehoek-${p.location}-${p.audience}.${ext}`.toLowerCase().replace(/[^a-z0-9.-]+/g, '-');

export const distributionRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('rounds.read'))
  .get('/:roundId/:audience/qr.svg', async (c) => {
    const link = await resolveLink(c);
    c.header('Content-Type', 'image/svg+xml');
    c.header('Content-Disposition', `inline; filename="${fileName(link, 'svg')}"`);
    return c.body(await qrSvg(link.url));
  })
  .get('/:roundId/:audience/qr.png', async (c) => {
    const link = await resolveLink(c);
    c.header('Content-Type', 'image/png');
    c.header('Content-Disposition', `inline; filename="${fileName(link, 'png')}"`);
    return c.body(new Uint8Array(await qrPng(link.url)));
  })
  .get('/:roundId/:audience/letter', async (c) => {
    const link = await resolveLink(c);
    return c.html(letterHtml({ ...link, qrSvg: await qrSvg(link.url) }));
  })
  .get('/:roundId/:audience/poster', async (c) => {
    const link = await resolveLink(c);
    return c.html(posterHtml({ ...link, qrSvg: await qrSvg(link.url) }));
  })
  .get('/:roundId/reminder', async (c) => {
    const { sql, catalog } = c.var.deps;
    const round = await findRound(sql, c.var.user, readParam(c, 'roundId', Id));
    if (!round) throw notInScope('Ronde');
    c.header('Cache-Control', 'no-store');
    await c.var.deps.traffic?.flush();
    const monitor = await roundMonitor(sql, round.id);
    const model = loadScanModel();
    const advice = reminderAdvice(
      { ...round, audiences: monitor.audiences },
      dutchDate(c.var.deps.now()),
      model.responseRate.edges[1],
    );
    const status: ReminderStatus = {
      ...advice,
      closesOn: round.closesOn,
      audiences: monitor.audiences.map((a) => {
        const rule = advice.audiences.find((x) => x.audience === a.audience);
        const link = round.links.find((l) => l.audience === a.audience);
        const instrument = link && catalog.get(link.instrument.key, link.instrument.version);
        // The same figures the round's monitor shows this role: a rate of a handful of respondents stays hidden.
        const shown = seesRawCounts(c.var.user.role) || (a.complete ?? 0) >= model.privacy.minGroupSize;
        return {
          audience: a.audience,
          below: rule?.below ?? false,
          unknown: rule?.unknown ?? true,
          responseRate: shown ? a.responseRate : null,
          locales: kitLocales({ audience: a.audience, locales: instrument?.locales ?? ['nl'] }),
        };
      }),
    };
    return c.json(status);
  })
  .get('/:roundId/:audience/reminder/:locale', async (c) => {
    const link = await resolveLink(c);
    const locale = readParam(c, 'locale', LocaleSchema);
    const kit = reminderKitHtml({ ...link, qrSvg: await qrSvg(link.url) }, locale, kitLocales(link));
    if (!kit || !kitLocales(link).includes(locale)) throw notInScope('Herinnering in deze taal');
    return c.html(kit);
  });
