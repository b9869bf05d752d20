import { type ImportPreview, planImport, type StructureImport, StructureImportSchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv, SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { readJson } from '../../platform/http';
import { requireCapability } from '../../platform/scope';
import { readSheet } from './import-file';
import { loadImportStructure, lockImports, writeImport } from './import-queries';

/** The file's bytes after base64; the body limit (BODY_LIMITS) keeps them near 3.7 MB. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Reads the file and matches it against what the user may change; the same steps for the preview and the commit. */
async function planFor(sql: Sql, user: SessionUser, input: StructureImport) {
  const bytes = Buffer.from(input.content, 'base64');
  if (bytes.length > MAX_FILE_BYTES)
    throw new AppError('validation', 'content: het bestand is groter dan 5 MB', 'content');
  const existing = await loadImportStructure(sql, user);
  if (!existing.organisations.some((o) => o.id === input.organisationId)) {
    throw new AppError(
      'validation',
      'organisationId: deze organisatie bestaat niet of valt buiten uw toegang',
      'organisationId',
    );
  }
  const sheet = await readSheet(bytes);
  if (!sheet.ok) {
    const preview: ImportPreview = {
      fileName: input.fileName,
      format: sheet.format,
      problems: [sheet.problem],
      ignoredColumns: [],
      rows: [],
      summary: { new: 0, update: 0, unchanged: 0, error: 0, newIkcs: 0 },
      stored: false,
    };
    return { preview, writes: { newIkcs: [], newLocations: [], updates: [] } };
  }
  return planImport(sheet.table, {
    organisationId: input.organisationId,
    existing,
    fileName: input.fileName,
    format: sheet.format,
  });
}

/** "rij 4 (D4: vul ja of nee in)" for the first few bad rows, so a refused commit says where to look. */
function refusal(preview: ImportPreview): string {
  if (preview.problems.length > 0) return preview.problems.join(' ');
  const bad = preview.rows.filter((r) => r.status === 'error');
  const named = bad
    .slice(0, 5)
    .map((r) => `rij ${r.row} (${r.errors.map((e) => `${e.cell ?? e.column}: ${e.message}`).join('; ')})`);
  const more = bad.length > 5 ? ` en nog ${bad.length - 5} rij(en)` : '';
  return `${bad.length} rij${bad.length === 1 ? '' : 'en'} met fouten, niets opgeslagen: ${named.join(', ')}${more}`;
}

/**
 * Import of IKCs and locations: `preview` reads and checks the file and stores nothing; the commit checks it again
 * inside one transaction (imports take turns, so a second one waits and then updates) and writes
 * everything or nothing, with one audit entry.
 */
export const structureImportRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('structure.write'))
  .post('/preview', async (c) => {
    const input = await readJson(c, StructureImportSchema);
    const { preview } = await planFor(c.var.deps.sql, c.var.user, input);
    return c.json(preview);
  })
  .post('/', async (c) => {
    const input = await readJson(c, StructureImportSchema);
    const user = c.var.user;
    const preview = await c.var.deps.sql.begin(async (tx) => {
      await lockImports(tx);
      const { preview, writes } = await planFor(tx, user, input);
      if (preview.problems.length > 0 || preview.summary.error > 0) {
        throw new AppError('validation', `content: ${refusal(preview)}`, 'content');
      }
      await writeImport(tx, writes);
      await recordAudit(
        tx,
        user,
        'structure.import',
        { type: 'organisation', id: input.organisationId },
        { fileName: input.fileName, ...preview.summary },
      );
      return { ...preview, stored: true };
    });
    return c.json(preview);
  });
