import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Problem, SourceFile } from './problem';

/** `surveys/published.lock.json`: the content hash of every published file, keyed by its path under surveys/. */
export const LockFileSchema = z.object({
  about: z.string(),
  published: z.record(z.string().regex(/^[a-z][a-z0-9-]*\/v\d+\.json$/), z.string().regex(/^sha256:[0-9a-f]{64}$/)),
});
export type LockFile = z.infer<typeof LockFileSchema>;

/** JSON with object keys sorted at every depth and no whitespace, so formatting never changes a hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const contentHash = (json: unknown): string =>
  `sha256:${createHash('sha256').update(canonicalJson(json)).digest('hex')}`;

/**
 * Published files are immutable: each locked file exists and still has its hash, and every file is published (a
 * round may only pin a version that can no longer change).
 */
export function checkLock(files: ReadonlyArray<SourceFile>, rawLock: unknown): Problem[] {
  const file = 'published.lock.json';
  const parsed = LockFileSchema.safeParse(rawLock);
  if (!parsed.success) return parsed.error.issues.map((i) => ({ file, at: i.path.join('.'), message: i.message }));
  const problems: Problem[] = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const [path, hash] of Object.entries(parsed.data.published)) {
    const source = byPath.get(path);
    if (!source)
      problems.push({ file: path, message: 'published file is missing; a published version may not be removed' });
    else if (contentHash(source.json) !== hash)
      problems.push({ file: path, message: 'published file was changed; publish the change as a new version instead' });
  }
  for (const f of files)
    if (!(f.path in parsed.data.published))
      problems.push({
        file: f.path,
        message: 'not published; run `pnpm --filter @driehoek/surveys publish-versions` once it is final',
      });
  return problems;
}

/** The lock with every unpublished file added; existing entries are never changed. */
export function addToLock(files: ReadonlyArray<SourceFile>, lock: LockFile): LockFile {
  const published = { ...lock.published };
  for (const f of files) if (!(f.path in published)) published[f.path] = contentHash(f.json);
  const sorted = Object.fromEntries(Object.entries(published).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { about: lock.about, published: sorted };
}
