import { type LinkView, privacyStatementPath } from '@driehoek/shared';
import { estimatedMinutes } from '@driehoek/surveys';
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context';
import { clientAddress } from '../../platform/throttle/client-failures';
import { openLink } from './open-link';
import { resumeByCode } from './resume-code';

export const linkRoutes = new Hono<AppEnv>()
  .get('/:linkId', async (c) => {
    const { link, instrument, graceUntil } = await openLink(c.var.deps, c.req.param('linkId'));
    const view: LinkView = {
      linkId: link.linkId,
      audience: link.audience,
      instrument: { key: instrument.key, version: instrument.version },
      locales: instrument.locales,
      survey: instrument.survey,
      // One source for the time stated everywhere: the letters and posters use the same estimate.
      minutes: estimatedMinutes(instrument),
      organisation: link.organisation,
      ikc: link.ikc,
      location: link.location,
      round: { opensOn: link.opensOn, closesOn: link.closesOn },
      requiresCode: link.singleUseCodes,
      privacyPath: privacyStatementPath(link.privacyId),
      ...(graceUntil ? { graceUntil: graceUntil.toISOString() } : {}),
    };
    c.header('Cache-Control', 'no-store');
    return c.json(view);
  })
  .get('/:linkId/codes/:code', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await resumeByCode(c.var.deps, c.req.param('linkId'), c.req.param('code'), clientAddress(c)));
  });
