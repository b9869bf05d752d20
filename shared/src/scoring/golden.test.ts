import { describe, expect, it } from 'vitest';
import realModel from '../../../surveys/model/v1.json';
import { type InstrumentFile, InstrumentFileSchema } from '../instruments/instrument-file';
import { listQuestions } from '../instruments/survey-questions';
import { ScanModelSchema } from '../model/scan-model';
import { seeded } from '../test-support/scoring-fixtures';
import { LocationReportSchema } from './report-schema';
import { scoreLocation } from './score-location';
import type { MysteryGuestVisit, ScoringResponse } from './scoring-input';

/**
 * Golden files pin the scores of a fixed synthetic set of answers on every real instrument version, so a change in
 * the scoring or in a published instrument shows up as a diff. Regenerate with `UPDATE_GOLDEN=1`.
 *
 * shared has no Node types (its code must stay free of I/O); this test alone reaches the file system, through the
 * few calls typed here.
 */
type NodeFs = {
  readdirSync(path: URL): string[];
  existsSync(path: URL): boolean;
  readFileSync(path: URL, encoding: 'utf8'): string;
  writeFileSync(path: URL, data: string): void;
};
const fs = (await import('node:fs' as string)) as NodeFs;
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;
const here = (import.meta as unknown as { url: string }).url;
const surveys = new URL('../../../surveys/', here);

const model = ScanModelSchema.parse(realModel);

function realInstruments(): InstrumentFile[] {
  return (
    fs
      .readdirSync(surveys)
      // Questionnaire folders only: the model, the action library and tooling live beside them.
      .filter(
        (dir) =>
          !['model', 'actions', 'src', 'scripts', 'codebook', 'node_modules'].includes(dir) && !dir.includes('.'),
      )
      .flatMap((dir) =>
        fs
          .readdirSync(new URL(`${dir}/`, surveys))
          .filter((f) => /^v\d+\.json$/.test(f))
          .map((f) => JSON.parse(fs.readFileSync(new URL(`${dir}/${f}`, surveys), 'utf8')) as Record<string, unknown>)
          // Other versioned data (the summaries' texts) has no questions.
          .filter((json) => 'survey' in json && 'items' in json)
          .map((json) => InstrumentFileSchema.parse(json)),
      )
      .sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version)
  );
}

/**
 * Background and context answers by the respondent's position, cycling through each question's options, so routed
 * items and scenarios get answers too. They draw nothing from `random`, so the scored answers stay as they were.
 */
function backgroundAnswers(file: InstrumentFile, index: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of listQuestions(file.survey)) {
    const kind = file.items[q.name]?.kind;
    const values = q.values ?? [];
    if ((kind !== 'background' && kind !== 'context') || values.length === 0) continue;
    const value = values[index % values.length];
    answers[q.name] = q.multiple ? [value] : value;
  }
  return answers;
}

/** Answers leaning on a respondent's own tendency, with some noise, some don't-know and some items skipped. */
function syntheticAnswers(file: InstrumentFile, random: () => number, index: number): Record<string, unknown> {
  const tendency = random();
  const answers: Record<string, unknown> = backgroundAnswers(file, index);
  for (const [name, meta] of Object.entries(file.items)) {
    const roll = random();
    if (meta.kind === 'fact') answers[name] = Math.round(random() * (meta.unit === 'hours' ? 96 : 40));
    if (meta.kind !== 'scored' || !meta.scoring || roll < 0.04) continue;
    const options = Object.entries(meta.scoring);
    const levelled = options.filter(([, s]) => typeof s === 'number').sort((a, b) => Number(a[1]) - Number(b[1]));
    const dk = options.find(([, s]) => s === 'dk');
    if (dk && roll < 0.12) answers[name] = dk[0];
    else {
      const noisy = Math.min(0.999, Math.max(0, tendency + (random() - 0.5) * 0.5));
      answers[name] = levelled[Math.floor(noisy * levelled.length)]?.[0];
    }
  }
  return answers;
}

function goldenReport(file: InstrumentFile) {
  const random = seeded(file.key.length * 1000 + file.version);
  const responses: ScoringResponse[] = [];
  const visits: MysteryGuestVisit[] = [];
  const instrument = { key: file.key, version: file.version };
  if (file.perspective === 'mystery-guest')
    for (let i = 0; i < 3; i++)
      visits.push({ instrumentKey: file.key, version: file.version, answers: syntheticAnswers(file, random, i) });
  else {
    for (let i = 0; i < 30; i++)
      responses.push({
        perspective: file.perspective,
        instrument,
        answers: syntheticAnswers(file, random, i),
        status: 'complete',
      });
    responses.push({ perspective: file.perspective, instrument, answers: {}, status: 'partial' });
  }
  return scoreLocation({
    model,
    instruments: [file],
    responses,
    visits,
    denominators: { families: 50, pupils812: 60, professionals: 40 },
  });
}

describe('golden scores per real instrument version', () => {
  const files = realInstruments();

  it('finds the real instruments', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [`${f.key} v${f.version}`, f] as const))('%s scores as pinned', (_, file) => {
    const target = new URL(`golden/${file.key}-v${file.version}.golden.json`, here);
    const report = goldenReport(file);
    expect(() => LocationReportSchema.parse(report)).not.toThrow();
    const actual = `${JSON.stringify(report, null, 1)}\n`;
    if (env.UPDATE_GOLDEN === '1') fs.writeFileSync(target, actual);
    if (!fs.existsSync(target)) throw new Error(`no golden file ${target.pathname}: run with UPDATE_GOLDEN=1`);
    expect(actual).toBe(fs.readFileSync(target, 'utf8'));
  });
});
