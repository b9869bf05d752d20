import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BackupReasonSchema } from '@driehoek/shared';
import { z } from 'zod';

/**
 * A backup file: gzip'd JSON lines. Line 1 is the manifest; then, per table in foreign-key order, a line
 * `{"@table": name, "columns": [...]}` followed by one line per row (`to_json` of the row, keys = column names).
 * The manifest's checksum is the SHA-256 of everything after the manifest line, as uncompressed bytes.
 * Decision 0008.
 */
export const BACKUP_FORMAT = 'driehoek-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const BackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  /** The Driehoek version that wrote it. */
  driehoekVersion: z.string(),
  createdAt: z.string(),
  reason: BackupReasonSchema,
  source: z.object({ database: z.enum(['embedded', 'server']), postgres: z.string() }),
  migrationLevel: z.number().int().nonnegative(),
  migrations: z.array(z.number().int()),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()), rows: z.number().int().nonnegative() })),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
  checksum: z.object({ algorithm: z.literal('sha256'), value: z.string().regex(/^[0-9a-f]{64}$/) }),
  snapshotMs: z.number().nonnegative(),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

/** The line that opens a table's rows. */
export type TableMarker = { '@table': string; columns: string[] };
const MARKER_PREFIX = '{"@table":';

/**
 * Uncompressed data lines written while the database snapshot is open: appending to a local file is much faster
 * than compressing or hashing, so the snapshot (which on the embedded database holds every other query, and shares
 * this thread with it) ends sooner.
 */
export class DataSpool {
  private constructor(
    readonly path: string,
    private readonly handle: Awaited<ReturnType<typeof open>>,
  ) {}

  static async create(path: string): Promise<DataSpool> {
    return new DataSpool(path, await open(path, 'w', 0o600));
  }

  async table(name: string, columns: string[]): Promise<void> {
    await this.write(`${JSON.stringify({ '@table': name, columns } satisfies TableMarker)}\n`);
  }

  /** Rows as JSON texts, one per line. */
  async rows(texts: string[]): Promise<void> {
    if (texts.length > 0) await this.write(`${texts.join('\n')}\n`);
  }

  private async write(text: string): Promise<void> {
    await this.handle.write(text, null, 'utf8');
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/** SHA-256 of a file, read in large chunks: the manifest's checksum of the spooled data. */
export async function checksumOf(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes the backup file: the manifest line, then the spooled data, gzip'd, into `<file>.partial` first and renamed
 * when complete (and synced), so a crash leaves no file that looks like a backup but is cut short.
 */
export async function writeBackupFile(file: string, manifest: BackupManifest, spool: string): Promise<void> {
  const partial = `${file}.partial`;
  try {
    async function* content() {
      yield Buffer.from(`${JSON.stringify(manifest)}\n`, 'utf8');
      yield* createReadStream(spool, { highWaterMark: 1 << 20 });
    }
    await pipeline(content(), createGzip({ level: 6 }), createWriteStream(partial, { mode: 0o600 }));
    const handle = await open(partial, 'r+');
    await handle.sync();
    await handle.close();
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
}

/** Thrown for a file that is not a readable Driehoek backup; the message says why, in words for the operator. */
export class BackupFileError extends Error {}

/** Reads only the manifest line of a backup file. */
export async function readManifest(file: string): Promise<BackupManifest> {
  const lines = backupLines(file);
  try {
    const first = await lines.next();
    return parseManifest(first.done ? '' : first.value, file);
  } finally {
    await lines.return(undefined);
  }
}

function parseManifest(line: string, file: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BackupFileError(`${file} is not a Driehoek backup (its first line is no manifest)`);
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== BACKUP_FORMAT) throw new BackupFileError(`${file} is not a Driehoek backup`);
  if (typeof format.formatVersion === 'number' && format.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(
      `${file} was written in backup format ${format.formatVersion}; this version of Driehoek reads format ${BACKUP_FORMAT_VERSION}. Upgrade Driehoek first.`,
    );
  }
  const parsed = BackupManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupFileError(`${file}: the manifest is damaged (${issue?.path.join('.')}: ${issue?.message})`);
  }
  return parsed.data;
}

export type BackupEntryLine = { kind: 'table'; table: string; columns: string[] } | { kind: 'row'; text: string };

/**
 * Reads a backup: its manifest, then its tables and rows in order. The checksum and the row counts are checked
 * as the lines pass; `verify()` (after the last line) throws when either differs from the manifest, so a restore
 * inside a transaction rolls back a damaged file instead of committing part of it.
 */
export async function openBackup(file: string): Promise<{
  manifest: BackupManifest;
  entries: AsyncGenerator<BackupEntryLine>;
  verify(): void;
}> {
  const lines = backupLines(file);
  const first = await lines.next();
  const manifest = parseManifest(first.done ? '' : first.value, file);
  const hash = createHash('sha256');
  const counts = new Map<string, number>();
  let current: string | undefined;
  async function* entries(): AsyncGenerator<BackupEntryLine> {
    for await (const line of lines) {
      hash.update(`${line}\n`, 'utf8');
      if (line.startsWith(MARKER_PREFIX)) {
        const marker = JSON.parse(line) as TableMarker;
        current = marker['@table'];
        counts.set(current, 0);
        yield { kind: 'table', table: current, columns: marker.columns };
      } else {
        if (current === undefined) throw new BackupFileError(`${file}: a row before the first table`);
        counts.set(current, (counts.get(current) ?? 0) + 1);
        yield { kind: 'row', text: line };
      }
    }
  }
  return {
    manifest,
    entries: entries(),
    verify() {
      const checksum = hash.digest('hex');
      if (checksum !== manifest.checksum.value) {
        throw new BackupFileError(`${file} is damaged: its checksum does not match the manifest`);
      }
      for (const t of manifest.tables) {
        if ((counts.get(t.name) ?? 0) !== t.rows) {
          throw new BackupFileError(
            `${file} is damaged: table ${t.name} holds ${counts.get(t.name) ?? 0} rows, the manifest says ${t.rows}`,
          );
        }
      }
    },
  };
}

async function* backupLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  const failed: { error?: Error } = {};
  input.on('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Number.POSITIVE_INFINITY });
  gunzip.on('error', (error) => {
    failed.error = error;
    lines.close();
  });
  try {
    for await (const line of lines) yield line;
    if (failed.error) throw failed.error;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupFileError(`${file} does not exist`);
    if (code?.startsWith('Z_')) throw new BackupFileError(`${file} is not a Driehoek backup or is damaged (${code})`);
    throw error;
  } finally {
    lines.close();
    input.destroy();
  }
}
