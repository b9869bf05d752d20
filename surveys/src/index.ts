import {
  type InstrumentFile,
  InstrumentFileSchema,
  type Perspective,
  type ScanModel,
  ScanModelSchema,
} from '@driehoek/shared';
import { estimateSeconds, minutesFromSeconds, type TimeNorms } from './estimate-time';
import { instrumentSources, modelSources, rawInstruments } from './registry';

export { buildCodebook, type CodebookRow, codebookRows } from './codebook/build-codebook';
export { buildModelCodebook } from './codebook/build-model-codebook';
export { codebookFiles } from './codebook/codebook-files';
export { estimateSeconds, type TimeNorms } from './estimate-time';
export { isRecord, localeKey, plainText, textIn } from './localised';
export { instrumentSources, modelSources, rawInstruments } from './registry';

export type InstrumentCatalog = {
  all: ReadonlyArray<InstrumentFile>;
  get(key: string, version: number): InstrumentFile | undefined;
  latest(key: string): InstrumentFile | undefined;
  /** The latest version of every instrument of one perspective (the six mystery-guest forms, say). */
  latestOf(perspective: Perspective): InstrumentFile[];
};

/** Parses every instrument file; throws naming the file when one does not fit the schema. */
export function loadInstruments(raw: ReadonlyArray<unknown> = rawInstruments): InstrumentCatalog {
  const all = raw.map((file, i) => {
    const parsed = InstrumentFileSchema.safeParse(file);
    if (!parsed.success) {
      const f = file as { key?: string; version?: number };
      const issue = parsed.error.issues[0];
      throw new Error(
        `instrument ${f.key ?? `#${i}`} v${f.version ?? '?'}: ${issue?.path.join('.')}: ${issue?.message}`,
      );
    }
    return parsed.data;
  });
  const byId = new Map(all.map((f) => [`${f.key}@${f.version}`, f]));
  const latest = (key: string) =>
    all
      .filter((f) => f.key === key)
      .reduce<InstrumentFile | undefined>((best, f) => (!best || f.version > best.version ? f : best), undefined);
  return {
    all,
    get: (key, version) => byId.get(`${key}@${version}`),
    latest,
    latestOf: (perspective) =>
      [...new Set(all.filter((f) => f.perspective === perspective).map((f) => f.key))]
        .map(latest)
        .filter((f): f is InstrumentFile => f !== undefined),
  };
}

/** Parses every scan model version, oldest first; throws naming the file when one does not fit the schema. */
export function loadScanModels(sources: Readonly<Record<string, unknown>> = modelSources): ScanModel[] {
  return Object.entries(sources)
    .map(([path, raw]) => {
      const parsed = ScanModelSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`scan model ${path}: ${issue?.path.join('.')}: ${issue?.message}`);
      }
      return parsed.data;
    })
    .sort((a, b) => a.version - b.version);
}

/**
 * The scan model: the given version, or the latest. A scan round pins the model version it was scored with, so
 * pass that version when you score or report an existing round. Throws when the version does not exist.
 */
export function loadScanModel(version?: number, sources: Readonly<Record<string, unknown>> = modelSources): ScanModel {
  const models = loadScanModels(sources);
  const wanted = version === undefined ? models.at(-1) : models.find((m) => m.version === version);
  if (!wanted) throw new Error(`scan model v${version ?? 'latest'} does not exist`);
  return wanted;
}

let latestModel: ScanModel | undefined;

/**
 * Minutes a letter or poster states for filling in the instrument: the scan model's seconds per closed question
 * (15) and per open question (60), summed over the longest route through the questionnaire (every combination of
 * answers to the background questions its routes depend on is tried; see `estimateSeconds`), rounded up to whole
 * minutes. Without a model it uses the latest scan model.
 */
export function estimatedMinutes(instrument: InstrumentFile, model?: TimeNorms): number {
  if (!model && !latestModel) latestModel = loadScanModel();
  return minutesFromSeconds(estimateSeconds(instrument, model ?? latestModel ?? loadScanModel()));
}

/** Paths of the registered files, for tools that need to know where a parsed file came from. */
export const registeredPaths = (): string[] => [...Object.keys(instrumentSources), ...Object.keys(modelSources)];
export { actionSources, loadActionLibraries, loadActionLibrary } from './actions';
export { loadPrivacyTexts, privacySources } from './privacy';
export { loadSummaryTexts, summarySources } from './summaries';
