import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codebookFiles } from '../src/codebook/codebook-files';
import { loadInstruments, loadScanModels } from '../src/index';
import { surveysRoot } from './read-sources';

describe('the committed codebook', () => {
  const dir = join(surveysRoot, 'codebook');
  const expected = codebookFiles(loadInstruments().all, loadScanModels());

  it('has exactly the files the generator writes', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
  });

  it('is up to date with the questionnaire files (run `pnpm --filter @driehoek/surveys codebook`)', () => {
    for (const [name, content] of Object.entries(expected))
      expect(readFileSync(join(dir, name), 'utf8'), name).toBe(content);
  });
});
