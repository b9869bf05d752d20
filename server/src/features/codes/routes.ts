import { AUDIENCE_NL, type Audience, CodeBatchInputSchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson, readParam, readQuery } from '../../platform/http';
import { publicBase } from '../../platform/public-url';
import { requireCapability, roundInScope } from '../../platform/scope';
import { qrSvg } from '../distribution/qr';
import { findRound } from '../rounds/queries';
import { insertCodeBatch, listCodes } from './queries';

const Id = z.uuid({ message: 'geen geldig id' });
const BatchQuery = z.object({ batch: z.coerce.number().int().positive().optional() });

/** Single-use code batches: created by a researcher, printed as sheets or taken as CSV. */
export const codeRoutes = new Hono<AppEnv>()
  .use(requireStaff)
  .post('/:roundId', requireCapability('rounds.write'), async (c) => {
    const { sql } = c.var.deps;
    const round = await roundInScope(sql, c.var.user, readParam(c, 'roundId', Id));
    const input = await readJson(c, CodeBatchInputSchema);
    const full = await findRound(sql, c.var.user, round.id);
    if (!full?.singleUseCodes) {
      throw new AppError('conflict', 'roundId: deze ronde werkt met open links, niet met codes', 'roundId');
    }
    if (!full.links.some((l) => l.audience === input.audience)) {
      throw new AppError(
        'validation',
        `audience: deze ronde heeft geen vragenlijst voor ${AUDIENCE_NL[input.audience]}`,
        'audience',
      );
    }
    const result = await sql.begin(async (tx) => {
      const batch = await insertCodeBatch(tx, round.id, input.audience, input.count);
      await recordAudit(
        tx,
        c.var.user,
        'codes.create',
        { type: 'round', id: round.id },
        { audience: input.audience, count: input.count, batch: batch.batch },
      );
      return batch;
    });
    return c.json(result, 201);
  })
  .get('/:roundId/codes.csv', requireCapability('rounds.write'), async (c) => {
    const { sql } = c.var.deps;
    const round = await findRound(sql, c.var.user, readParam(c, 'roundId', Id));
    if (!round) throw new AppError('not_found', 'Ronde niet gevonden');
    const { batch } = readQuery(c, BatchQuery);
    const rows = await listCodes(sql, round.id, batch);
    const linkOf = (a: Audience) => round.links.find((l) => l.audience === a)?.linkId ?? '';
    const lines = ['code;doelgroep;batch;gebruikt;adres'];
    for (const r of rows) {
      lines.push(
        [
          r.code,
          AUDIENCE_NL[r.audience],
          r.batch,
          r.used ? 'ja' : 'nee',
          `${publicBase(c)}/s/${linkOf(r.audience)}#code=${r.code}`,
        ].join(';'),
      );
    }
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="codes-${round.location.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.csv"`,
    );
    // A byte-order mark so Excel reads the UTF-8 correctly.
    return c.body(`\uFEFF${lines.join('\r\n')}\r\n`);
  })
  .get('/:roundId/sheet', requireCapability('rounds.write'), async (c) => {
    const { sql } = c.var.deps;
    const round = await findRound(sql, c.var.user, readParam(c, 'roundId', Id));
    if (!round) throw new AppError('not_found', 'Ronde niet gevonden');
    const { batch } = readQuery(c, BatchQuery);
    const rows = (await listCodes(sql, round.id, batch)).filter((r) => !r.used);
    const cards = await Promise.all(
      rows.map(async (r) => {
        const url = `${publicBase(c)}/s/${round.links.find((l) => l.audience === r.audience)?.linkId ?? ''}#code=${r.code}`;
        return html`<div class="card">
          <div class="qr">${raw(await qrSvg(url))}</div>
          <div><strong>Vragenlijst voor ${AUDIENCE_NL[r.audience]}</strong><br />${round.ikc} · ${round.location}
            <p>Uw persoonlijke code</p><p class="code">${r.code}</p>
            <p class="small">Scan de code of ga naar ${publicBase(c)}/s/${round.links.find((l) => l.audience === r.audience)?.linkId ?? ''} en typ de code. De code werkt één keer; uw antwoorden blijven anoniem.</p></div>
        </div>`;
      }),
    );
    return c.html(html`<!doctype html>
<html lang="nl"><head><meta charset="utf-8" /><title>Codes — ${round.location}</title>
<style>
  @page { size: A4; margin: 10mm; }
  body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; margin: 0; }
  .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0; }
  .card { display: flex; gap: 4mm; border: 1px dashed #888; padding: 5mm; height: 62mm; box-sizing: border-box; break-inside: avoid; }
  .qr svg { width: 32mm; height: 32mm; } .code { font: 700 18pt ui-monospace, monospace; letter-spacing: 2px; margin: 1mm 0; }
  .small { font-size: 8pt; word-break: break-all; } p { margin: 1mm 0; }
  .hint { padding: 4mm; } @media print { .hint { display: none; } }
</style></head>
<body><p class="hint">${rows.length} ongebruikte codes. Afdrukken: Ctrl+P (Mac: ⌘P) op A4, daarna knippen langs de stippellijnen.</p>
<div class="grid">${cards}</div></body></html>`);
  });
