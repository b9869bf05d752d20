import type {
  IkcLocationRef,
  IkcLocationSplit,
  IkcSplitPerspective,
  Sector,
  SectorFigures,
} from '../contracts/ikc-reports';
import type { InstrumentFile, Perspective } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import type { CriterionScore } from '../scoring/report-schema';
import { scoreLocation } from '../scoring/score-location';
import type { ScoringResponse } from '../scoring/scoring-input';
import { PERSPECTIVE_NL } from '../vocabulary';
import { hideWithComplement } from './complement-suppression';
import { type EarlierSet, smallDifference } from './time-axis';

/** A complete response a location's publication scored, with its id so the time axis can compare sets. */
export type SplitResponse = ScoringResponse & { id: string };

/** The group of respondents who left the sector question open: never shown, always counted. */
const UNANSWERED = '';
type GroupKey = Sector | typeof UNANSWERED;

export const SECTORS: ReadonlyArray<Sector> = ['school', 'childcare', 'both'];
const KEYS: ReadonlyArray<GroupKey> = [...SECTORS, UNANSWERED];
const SPLIT_PERSPECTIVES: ReadonlyArray<Perspective> = ['parents', 'professionals'];

/** What an IKC publication records of a split it shows: each shown group's responses, and the hidden rest's. */
export type SplitRecord = { perspective: Perspective; group: Sector | 'rest'; ids: string[] };

export type SectorSplitInput = {
  location: IkcLocationRef;
  model: ScanModel;
  /** The questionnaires the location's round pinned. */
  instruments: ReadonlyArray<InstrumentFile>;
  /** Exactly the complete responses the location's publication scored. */
  responses: ReadonlyArray<SplitResponse>;
  /** Sets recorded by earlier IKC publications (retracted ones included) for this location, per perspective. */
  earlier: ReadonlyArray<EarlierSet & { perspective: Perspective }>;
};

export type SectorSplitResult = { split: IkcLocationSplit; record: SplitRecord[]; notes: string[] };

function sectorOf(r: ScoringResponse, files: ReadonlyArray<InstrumentFile>): GroupKey {
  const file = files.find((f) => f.key === r.instrument.key && f.version === r.instrument.version);
  const concept = `${r.perspective}.bg.sector`;
  const name = file && Object.keys(file.items).find((n) => file.items[n]?.concept === concept);
  const value = name ? r.answers[name] : undefined;
  return SECTORS.find((s) => s === value) ?? UNANSWERED;
}

const cellN = (cells: ReadonlyArray<CriterionScore> | undefined, criterion: string) => {
  const cell = cells?.find((c) => c.criterion === criterion);
  return cell && !cell.suppressed ? cell.n : 0;
};

/**
 * One perspective of a location split by sector. Counts: groups below the minimum hidden, the unanswered never
 * shown, and the next smallest while the hidden ones together would follow from the location's published total.
 * Fewer than two groups left: no split. A set of responses that differs from one an earlier IKC publication showed by
 * 1 to min − 1: no split in this version (the whole perspective, as a lone hidden group follows from the total).
 * Otherwise per criterion the same complementary rule on the groups' cell n, taken from a scoring with minimum 1.
 */
function splitPerspective(
  perspective: Perspective,
  input: SectorSplitInput,
): { part: IkcSplitPerspective; record: SplitRecord[]; note?: string } {
  const { model, location } = input;
  const min = model.privacy.minGroupSize;
  const who = PERSPECTIVE_NL[perspective];
  const files = input.instruments.filter((f) => f.perspective === perspective);
  const byKey = new Map<GroupKey, SplitResponse[]>(KEYS.map((k) => [k, []]));
  for (const r of input.responses)
    if (r.perspective === perspective && r.status === 'complete') byKey.get(sectorOf(r, files))?.push(r);
  const count = (k: GroupKey) => byKey.get(k)?.length ?? 0;
  const hiddenCounts = hideWithComplement(
    KEYS.map((key) => ({ key, count: count(key) })),
    min,
    new Set<GroupKey>([UNANSWERED]),
  );
  const shown = SECTORS.filter((s) => !hiddenCounts.has(s) && count(s) > 0);
  if (shown.length < 2)
    return {
      part: {
        shown: false,
        perspective,
        reason: `Te weinig ${who} per groep om onderwijs en kinderopvang apart te tonen (een groep telt pas vanaf ${min}).`,
      },
      record: [],
    };
  const ids = (keys: ReadonlyArray<GroupKey>) => keys.flatMap((k) => (byKey.get(k) ?? []).map((r) => r.id));
  const rest = ids(KEYS.filter((k) => !shown.includes(k as Sector)));
  const record: SplitRecord[] = [
    ...shown.map((group) => ({ perspective, group, ids: ids([group]) })),
    ...(rest.length > 0 ? [{ perspective, group: 'rest' as const, ids: rest }] : []),
  ];
  const earlier = input.earlier.filter((e) => e.perspective === perspective);
  const small = smallDifference(
    record.map((r) => r.ids),
    earlier,
    min,
  );
  if (small) {
    const reason = `De verdeling onderwijs/kinderopvang van ${who} is in deze versie weggelaten: een groep verschilt met ${small.changed} ${small.changed === 1 ? 'antwoord' : 'antwoorden'} van IKC-publicatie ${small.version}, minder dan ${min}. Naast elkaar gelegd zouden die antwoorden te herleiden zijn.`;
    return { part: { shown: false, perspective, reason }, record: [], note: `${location.location}: ${reason}` };
  }
  const score = (k: GroupKey, m: ScanModel) =>
    scoreLocation({ model: m, instruments: files, responses: byKey.get(k) ?? [] }).criteria;
  const loose = { ...model, privacy: { ...model.privacy, minGroupSize: 1 } };
  const counted = new Map(KEYS.map((k) => [k, count(k) > 0 ? score(k, loose) : []]));
  const figures = new Map(shown.map((s) => [s, score(s, model)]));
  const criteria = model.criteria
    .filter((c) => KEYS.some((k) => (counted.get(k) ?? []).some((x) => x.criterion === c.id)))
    .map(({ id }) => {
      const hidden = hideWithComplement(
        KEYS.map((key) => ({ key, count: cellN(counted.get(key), id) })),
        min,
        hiddenCounts,
      );
      const groups = SECTORS.map((sector): SectorFigures => {
        const cell = figures.get(sector)?.find((c) => c.criterion === id);
        if (hidden.has(sector) || !cell || cell.suppressed) return { suppressed: true, sector };
        const { criterion: _c, perspective: _p, reliability: _r, observation: _o, ...rest } = cell;
        return { ...rest, sector };
      });
      const many = groups.filter((g) => !g.suppressed).length >= 2;
      return {
        criterion: id,
        shown: many,
        groups: many ? groups : SECTORS.map((sector) => ({ suppressed: true as const, sector })),
      };
    });
  return {
    part: {
      shown: true,
      perspective,
      counts: SECTORS.map((sector) =>
        hiddenCounts.has(sector) ? { suppressed: true, sector } : { suppressed: false, sector, count: count(sector) },
      ),
      criteria,
    },
    record,
  };
}

/**
 * A location with both school and childcare, split by the sector parents and professionals gave themselves, from
 * the responses its publication scored (so nothing is read that the published total did not already hold).
 */
export function splitBySector(input: SectorSplitInput): SectorSplitResult {
  const parts = SPLIT_PERSPECTIVES.filter((p) => input.instruments.some((f) => f.perspective === p)).map((p) =>
    splitPerspective(p, input),
  );
  return {
    split: { ...input.location, perspectives: parts.map((p) => p.part), reason: null },
    record: parts.flatMap((p) => p.record),
    notes: parts.flatMap((p) => (p.note ? [p.note] : [])),
  };
}
