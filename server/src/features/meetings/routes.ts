import { AgreementsInputSchema, type Deck } from '@driehoek/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson, readParam } from '../../platform/http';
import { DEFAULT_CHROMIUM_PATH, pdfAvailable } from '../../platform/pdf';
import { downloadHeaders, pdfDownload, requireChromium } from '../../platform/pdf-route';
import { requireCapability, roundInScope } from '../../platform/scope';
import { currentPublication } from '../reports/publication-queries';
import { deckJson, deckPdf, deckPptx } from './deck-files';
import { NOT_PUBLISHED, publishedDeck } from './published-deck';
import { findAgreements, saveAgreements } from './queries';

const RoundId = z.uuid({ message: 'geen geldig id' });

const fileName = (deck: Deck, ext: string): string => {
  const slug =
    deck.location
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-') || 'locatie';
  return `terugkoppeling-${slug}-versie-${deck.publication.version}.${ext}`;
};

const download = downloadHeaders;

/**
 * The feedback meeting of a round (issue 18.1): the slides of the publication in force as JSON for the presentation
 * in the browser, as PPTX and as PDF, for the research team and the IKC team of the location; and the agreements
 * the researcher records after the meeting, which the plan of action starts from.
 */
export const meetingRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('meeting.read'))
  .get('/:roundId', async (c) => {
    const published = await publishedDeck(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    c.header('cache-control', 'private, no-store');
    return c.json(deckJson(published, pdfAvailable(c.var.deps.chromiumPath ?? DEFAULT_CHROMIUM_PATH)));
  })
  .get('/:roundId/deck.pptx', async (c) => {
    const published = await publishedDeck(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    const pptx = await deckPptx(published);
    return c.body(
      pptx as Uint8Array<ArrayBuffer>,
      200,
      download(
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        fileName(published.deck, 'pptx'),
      ),
    );
  })
  .get('/:roundId/deck.pdf', async (c) => {
    const published = await publishedDeck(c.var.deps, c.var.user, readParam(c, 'roundId', RoundId));
    const chromiumPath = requireChromium(c, 'Download de PowerPoint of toon de presentatie in de browser.');
    const pdf = await deckPdf(published, chromiumPath);
    return pdfDownload(c, pdf, fileName(published.deck, 'pdf'));
  })
  .get('/:roundId/agreements', async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', RoundId));
    c.header('cache-control', 'private, no-store');
    return c.json({ agreements: (await findAgreements(c.var.deps.sql, round.id)) ?? null });
  })
  .put('/:roundId/agreements', requireCapability('meeting.record'), async (c) => {
    const { sql } = c.var.deps;
    const round = await roundInScope(sql, c.var.user, readParam(c, 'roundId', RoundId));
    const input = await readJson(c, AgreementsInputSchema);
    // The meeting is held on a published report; the agreements say which version it was.
    const publication = await currentPublication(sql, round.id);
    if (!publication) throw new AppError('conflict', NOT_PUBLISHED);
    await sql.begin(async (tx) => {
      await saveAgreements(tx, { roundId: round.id, ...input, publicationId: publication.id, userId: c.var.user.id });
      await recordAudit(
        tx,
        c.var.user,
        'meeting.agreements',
        { type: 'round', id: round.id },
        { priorities: input.priorities, metOn: input.metOn, publicationVersion: publication.version },
      );
    });
    const saved = await findAgreements(sql, round.id);
    if (!saved) throw new Error(`agreements of round ${round.id} not found after saving`);
    return c.json(saved);
  });
