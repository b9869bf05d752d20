import { createHash } from 'node:crypto';
import {
  aggregateIkcReport,
  chooseLocations,
  type IkcCandidate,
  type IkcChosen,
  type IkcLocationSplit,
  type IkcReport,
  IkcReportSchema,
  type InstrumentFile,
  type ScanModel,
  type SplitRecord,
  splitBySector,
} from '@driehoek/shared';
import { loadScanModel } from '@driehoek/surveys';
import type { AppDeps } from '../../platform/context';
import { currentPublication } from '../reports/publication-queries';
import {
  earlierSplitSets,
  type IkcLocationRow,
  type IkcRow,
  latestPublishedRound,
  listIkcLocations,
  publicationRecordedResponses,
  publicationSplitResponses,
} from './queries';

/** The IKC report as it would be published now, and the split sets a publication of it records. */
export type IkcDraft = { report: IkcReport; records: Array<SplitRecord & { locationId: string }> };

type Split = { split: IkcLocationSplit; records: IkcDraft['records']; notes: string[] };

/**
 * The school/childcare split of one location from exactly the responses its publication scored (never the current
 * ones), or why there is none.
 */
async function splitOf(
  deps: AppDeps,
  ikcId: string,
  chosen: IkcChosen,
  publicationId: string,
  model: ScanModel,
): Promise<Split> {
  const ref = { locationId: chosen.locationId, location: chosen.location };
  const none = (reason: string): Split => ({ split: { ...ref, perspectives: [], reason }, records: [], notes: [] });
  if (!(await publicationRecordedResponses(deps.sql, publicationId)))
    return none(
      'Bij deze publicatie is niet vastgelegd welke antwoorden zij telde: publiceer het locatierapport opnieuw om onderwijs en kinderopvang apart te tonen.',
    );
  const { recorded, responses } = await publicationSplitResponses(deps.sql, publicationId);
  // A response gone since would be an unnamed fifth group, following from the published total by subtraction.
  if (responses.length < recorded)
    return none(
      'Een deel van de antwoorden die het locatierapport telde, is sindsdien verwijderd: onderwijs en kinderopvang staan daarom niet apart.',
    );
  const instruments = chosen.publication.report.instruments.flatMap((i): InstrumentFile[] => {
    const file = deps.catalog.get(i.key, i.version);
    return file ? [file] : [];
  });
  const result = splitBySector({
    location: ref,
    model,
    instruments,
    responses,
    earlier: await earlierSplitSets(deps.sql, ikcId, chosen.locationId),
  });
  return {
    split: result.split,
    records: result.record.map((r) => ({ ...r, locationId: chosen.locationId })),
    notes: result.notes,
  };
}

/**
 * Builds the IKC report from what is published: per location (not archived) the publication in force of its latest
 * published round, pooled by `aggregateIkcReport`; split by sector where a location has school and childcare. No
 * draft of a location report is read.
 */
export async function buildIkcDraft(deps: AppDeps, ikc: IkcRow): Promise<IkcDraft> {
  const locations = await listIkcLocations(deps.sql, ikc.id);
  const candidates: IkcCandidate[] = [];
  const publicationIds = new Map<string, string>();
  for (const loc of locations) {
    const roundId = await latestPublishedRound(deps.sql, loc.id);
    const publication = roundId ? await currentPublication(deps.sql, roundId) : undefined;
    if (publication) publicationIds.set(loc.id, publication.id);
    candidates.push({ locationId: loc.id, location: loc.name, publication: publication?.snapshot ?? null });
  }
  const { modelVersion, included, notIncluded } = chooseLocations(candidates);
  const model = modelVersion === null ? null : loadScanModel(modelVersion);
  const splits: Split[] = [];
  const both = (c: IkcChosen) => locations.find((l: IkcLocationRow) => l.id === c.locationId);
  for (const chosen of included) {
    const row = both(chosen);
    const publicationId = publicationIds.get(chosen.locationId);
    if (!model || !publicationId || !row?.hasSchool || !row.hasChildcare) continue;
    splits.push(await splitOf(deps, ikc.id, chosen, publicationId, model));
  }
  return {
    report: aggregateIkcReport({
      ikc,
      model,
      included,
      notIncluded,
      splits: splits.map((s) => s.split),
      notes: splits.flatMap((s) => s.notes),
    }),
    records: splits.flatMap((s) => s.records),
  };
}

/** JSON with keys sorted at every level: a snapshot read back from jsonb gives the same text as the draft. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * What an IKC publication is compared by: equal fingerprints would show readers the same report. Both sides go
 * through the contract first, which drops the publication stamp and anything a reader is not sent.
 */
export function ikcFingerprint(report: IkcReport): string {
  return createHash('sha256')
    .update(canonical(IkcReportSchema.parse(report)))
    .digest('base64url');
}
