import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriterionIdSchema, SUMMARY_LOCALES, SummaryTextsSchema, summaryTextProblems } from '@driehoek/shared';
import { describe, expect, it } from 'vitest';
import { surveysRoot } from '../scripts/read-sources';
import { loadScanModels } from './index';
import { loadSummaryTexts, summarySources } from './summaries';

const folder = join(surveysRoot, 'summaries');
const onDisk = readdirSync(folder).filter((name) => /^v\d+\.json$/.test(name));
const criteria = CriterionIdSchema.options;

describe('the words of the summaries', () => {
  it('registers every file in the folder, numbered by its file name', () => {
    expect(Object.keys(summarySources).sort()).toEqual(onDisk.map((n) => `summaries/${n}`).sort());
    for (const name of onDisk) {
      const texts = SummaryTextsSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      expect(`v${texts.version}.json`).toBe(name);
    }
  });

  it('has every text in all six languages, none a copy of the Dutch, with the same placeholders', () => {
    expect(SUMMARY_LOCALES).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
    expect(summaryTextProblems(loadSummaryTexts(), criteria)).toEqual([]);
  });

  it('names every criterion of every scan model, for parents and for children', () => {
    const texts = loadSummaryTexts();
    for (const model of loadScanModels())
      for (const c of model.criteria) {
        expect(texts.parents.criteria[c.id]?.nl, c.id).toBeTruthy();
        expect(texts.children.criteria[c.id]?.topic, c.id).toBeTruthy();
      }
  });

  it('names the gaps when a language is missing, copied or loses a placeholder', () => {
    const texts = structuredClone(loadSummaryTexts());
    delete texts.parents.text.title?.ar;
    const count = texts.parents.text.heardCount;
    if (count) count.tr = count.nl ?? '';
    const rate = texts.parents.text.heardRate;
    if (rate) rate.pl = 'Mniej więcej połowa rodzin.';
    delete texts.parents.criteria.C7;
    expect(summaryTextProblems(texts, criteria)).toEqual([
      'parents.text.title: missing translation: ar',
      'parents.text.heardCount: tr is a copy of the Dutch',
      'parents.text.heardRate: pl has placeholders {}, Dutch has others',
      'parents.criteria.C7: missing',
    ]);
  });
});
