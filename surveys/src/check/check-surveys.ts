import { type InstrumentFile, InstrumentFileSchema, type ScanModel, ScanModelSchema } from '@driehoek/shared';
import type { LatestInstrument } from './check-coverage';
import { checkCoverage } from './check-coverage';
import { checkInstrument } from './check-instrument';
import { checkVersions } from './check-versions';
import { checkLock } from './lock-file';
import type { Problem, SourceFile } from './problem';

export type CheckSurveysInput = {
  /** Every `<folder>/v<N>.json` under surveys/, instruments and scan models (`model/`) alike. */
  files: ReadonlyArray<SourceFile>;
  /** Paths the registry imports (instruments and models). */
  registered: ReadonlyArray<string>;
  /** The parsed contents of `published.lock.json`. */
  lock: unknown;
};

const isModelPath = (path: string) => path.startsWith('model/');

function zodProblems(file: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Problem[] {
  return issues.map((i) => ({ file, at: i.path.map(String).join('.') || undefined, message: i.message }));
}

/**
 * The scan model whose authoring rules a file is held to: the newest model whose version is at most the file's
 * version (`models` sorted oldest first). Model v2 brought the version-2 rules (answer scales, agreement words,
 * routing, translations that are not copies, no tiers in sight of the observer, more locales and tags); published
 * version-1 files were written for model v1 and keep passing its rules, while every version 2 meets the new ones.
 */
export function rulesModelFor(instrument: InstrumentFile, models: ReadonlyArray<ScanModel>): ScanModel | undefined {
  return models.filter((m) => m.version <= instrument.version).at(-1) ?? models[0];
}

/**
 * The surveys check as a pure function: every problem with the questionnaire files, the scan model, the registry
 * and the lock file. An empty list means the files may be served and scored.
 */
export function checkSurveys(input: CheckSurveysInput): Problem[] {
  const problems: Problem[] = [];
  const onDisk = new Set(input.files.map((f) => f.path));
  for (const path of onDisk)
    if (!input.registered.includes(path)) problems.push({ file: path, message: 'not in surveys/src/registry.ts' });
  for (const path of input.registered)
    if (!onDisk.has(path))
      problems.push({ file: path, message: 'registered in registry.ts but the file does not exist' });

  const models: Array<{ file: string; model: ScanModel }> = [];
  for (const f of input.files.filter((x) => isModelPath(x.path))) {
    const parsed = ScanModelSchema.safeParse(f.json);
    if (!parsed.success) problems.push(...zodProblems(f.path, parsed.error.issues));
    else {
      models.push({ file: f.path, model: parsed.data });
      if (f.path !== `model/v${parsed.data.version}.json`)
        problems.push({
          file: f.path,
          message: `version ${parsed.data.version} belongs at model/v${parsed.data.version}.json`,
        });
    }
  }
  const sortedModels = models.map((m) => m.model).sort((a, b) => a.version - b.version);
  const model = sortedModels.at(-1);
  if (!model) return [...problems, { file: 'model', message: 'no valid scan model; the other checks need one' }];
  const rulesFor = (instrument: InstrumentFile) => rulesModelFor(instrument, sortedModels) ?? model;

  const instruments: Array<{ file: string; instrument: InstrumentFile }> = [];
  for (const f of input.files.filter((x) => !isModelPath(x.path))) {
    const parsed = InstrumentFileSchema.safeParse(f.json);
    if (!parsed.success) problems.push(...zodProblems(f.path, parsed.error.issues));
    else instruments.push({ file: f.path, instrument: parsed.data });
  }
  for (const { file, instrument } of instruments)
    problems.push(...checkInstrument(file, instrument, rulesFor(instrument)));
  problems.push(...checkVersions(instruments));

  const latest = new Map<string, LatestInstrument>();
  for (const entry of instruments) {
    const best = latest.get(entry.instrument.key);
    if (!best || entry.instrument.version > best.instrument.version) latest.set(entry.instrument.key, entry);
  }
  problems.push(...checkCoverage([...latest.values()], model, rulesFor));
  problems.push(...checkLock(input.files, input.lock));
  return problems;
}
