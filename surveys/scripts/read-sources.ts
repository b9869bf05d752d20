import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../src/check/problem';

/** The surveys/ folder. */
export const surveysRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Folders that hold no questionnaire or model versions: the action library, the summaries' words and the privacy
 * statement's words have their own schema and check.
 */
const NOT_SOURCES = new Set(['src', 'scripts', 'codebook', 'node_modules', 'actions', 'summaries', 'privacy']);

/** Every `<folder>/v<N>.json` under surveys/: the instruments and the scan models. */
export function readSourceFiles(root = surveysRoot): SourceFile[] {
  const files: SourceFile[] = [];
  for (const folder of readdirSync(root).sort()) {
    if (NOT_SOURCES.has(folder) || folder.startsWith('.') || !statSync(join(root, folder)).isDirectory()) continue;
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (!/^v\d+\.json$/.test(name)) continue;
      const path = `${folder}/${name}`;
      files.push({ path, json: JSON.parse(readFileSync(join(root, path), 'utf8')) });
    }
  }
  return files;
}

export const readLock = (root = surveysRoot): unknown =>
  JSON.parse(readFileSync(join(root, 'published.lock.json'), 'utf8'));
