import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codebookFiles } from '../src/codebook/codebook-files';
import { codebookRows, loadInstruments, loadScanModels } from '../src/index';
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

describe('codebook rows', () => {
  const catalog = loadInstruments();
  const model = loadScanModels().at(-1);

  it('carry each item’s route and the level each option describes', () => {
    const professionals = catalog.get('professionals', 2);
    if (!professionals || !model) throw new Error('professionals v2 and a scan model are registered');
    const rows = codebookRows(professionals, model).filter((r) => r.question === 'p_c9_start_conversation');
    expect(rows.map((r) => [r.optionValue, r.optionLevel, r.describes])).toEqual([
      ['1', 1, '1.0'],
      ['2', 2, '2.0'],
      ['3', 3, '3.0'],
      ['dk', null, ''],
    ]);
    expect(rows[0]).toMatchObject({
      scale: 'levels',
      route: 'school-group',
      routeCondition: "{bg_sector} anyof ['school', 'both'] and {bg_own_group} anyof ['yes']",
    });
  });

  it('leave route fields empty for an item everyone is asked, and describe tick options by their tier', () => {
    const phone = catalog.get('mg-phone', 2);
    if (!phone || !model) throw new Error('mg-phone v2 and a scan model are registered');
    const rows = codebookRows(phone, model).filter((r) => r.question === 'ph_asks_child');
    expect(rows.map((r) => [r.optionValue, r.level, r.describes])).toEqual([
      ['yes', '3.00', '3.0'],
      ['partly', '2.50', '3.0'],
      ['no', '2.00', '2.0'],
      ['dk', 'dk', ''],
    ]);
    expect(rows[0]?.route).toBe('');
  });
});
