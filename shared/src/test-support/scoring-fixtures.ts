import realModel from '../../../surveys/model/v1.json';
import realModelV2 from '../../../surveys/model/v2.json';
import {
  type CriterionId,
  type InstrumentFile,
  InstrumentFileSchema,
  type ItemMeta,
  type OptionScore,
  type Perspective,
  type TickTier,
} from '../instruments/instrument-file';
import { type ScanModel, ScanModelSchema } from '../model/scan-model';
import type { MysteryGuestVisit, ScoringResponse } from '../scoring/scoring-input';

/**
 * The real model v1 for its criteria and tag vocabularies, with every number the hand-computed tests rely on copied
 * in here, so a change of the model's numbers does not silently change what these tests check.
 */
export const model: ScanModel = (() => {
  const base = ScanModelSchema.parse(realModel);
  return {
    ...base,
    answerScales: { ...base.answerScales, fourPoint: [1, 1.67, 2.33, 3], threePoint: [1, 2, 3], dontKnowValue: 'dk' },
    bands: { ...base.bands, edges: [1.67, 2.33] },
    interval: { ...base.interval, confidence: 0.95 },
    weights: {
      ...base.weights,
      byPerspective: { parents: 0.35, professionals: 0.2, children: 0.15, 'mystery-guest': 0.3 },
    },
    gap: { ...base.gap, from: 'professionals', minus: 'parents', flagAt: 0.67 },
    level3: {
      ...base.level3,
      evidenceFrom: ['parents', 'mystery-guest'],
      evidenceAtLeast: 2.33,
      maxGap: 0.67,
      otherwiseCapAt: 2,
    },
    privacy: { ...base.privacy, minGroupSize: 5, minOpenAnswers: 10 },
    responseRate: { ...base.responseRate, edges: [0.3, 0.5] },
    dontKnow: { ...base.dontKnow, flagRateAtLeast: 0.3 },
    reliability: {
      ...base.reliability,
      alphaAcceptable: 0.7,
      alphaGood: 0.8,
      alphaReportItemsBelow: 0.6,
      kappaMin: 0.6,
    },
    mysteryGuest: {
      ...base.mysteryGuest,
      tickValues: { yes: 'yes', partly: 'partly', no: 'no', notObserved: 'dk' },
      optionLevelOffset: { yes: 0, partly: -0.5, no: -1 },
      credit: { yes: 1, partly: 0.5, no: 0 },
      passShare: 0.5,
      norms: { phoneAnswerSeconds: 20, emailReplyHours: 48 },
    },
  };
})();

/** Options 1–4 of the 4-point scale and "weet ik niet". */
export const FOUR_POINT: Record<string, OptionScore> = { '1': 1, '2': 1.67, '3': 2.33, '4': 3, dk: 'dk' };
/** The children's nee / een beetje / ja. */
export const THREE_POINT: Record<string, OptionScore> = { '1': 1, '2': 2, '3': 3 };

/** Tick scoring by the model's rule max(1, tier + offset). */
export function tickScoring(tier: TickTier): Record<string, OptionScore> {
  return { yes: tier, partly: Math.max(1, tier - 0.5), no: Math.max(1, tier - 1), dk: 'dk' };
}

type ItemSpec = Partial<ItemMeta> & { concept: string };

/** A minimal instrument file; the SurveyJS part is empty because scoring reads only `items`. */
export function instrument(
  key: string,
  perspective: Perspective,
  items: Record<string, ItemSpec>,
  version = 1,
): InstrumentFile {
  return {
    key,
    version,
    perspective,
    locales: ['nl'],
    survey: {},
    items: Object.fromEntries(
      Object.entries(items).map(([name, spec]) => [name, { kind: 'scored', tags: [], ...spec } as ItemMeta]),
    ),
  };
}

/** A scored 4-point item on a criterion. */
export const scored = (concept: string, criterion: CriterionId, tags: string[] = []): ItemSpec => ({
  concept,
  criterion,
  tags,
  scoring: FOUR_POINT,
});

/** A mystery-guest tick. */
export const tick = (concept: string, criterion: CriterionId, tier: TickTier): ItemSpec => ({
  concept,
  criterion,
  tier,
  scoring: tickScoring(tier),
});

export function respond(
  file: InstrumentFile,
  answers: Record<string, unknown>,
  status: ScoringResponse['status'] = 'complete',
): ScoringResponse {
  return { perspective: file.perspective, instrument: { key: file.key, version: file.version }, answers, status };
}

export function visit(file: InstrumentFile, answers: Record<string, unknown>): MysteryGuestVisit {
  return { instrumentKey: file.key, version: file.version, answers };
}

/** A small seeded generator (mulberry32), so property tests are random but repeatable. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator. */
export function shuffled<T>(items: ReadonlyArray<T>, random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Every value in a JSON-like tree with the path to it. */
export function* walk(value: unknown, path = '$'): Generator<{ path: string; value: unknown }> {
  yield { path, value };
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* walk(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* walk(v, `${path}.${k}`);
}

/** The instruments of a small synthetic scan: two criteria, every perspective, tags on a few items. */
export const scan = {
  parents: instrument('ouders-test', 'parents', {
    p5a: scored('parents.c5.asked-about-child', 'C5', ['form:start-conversation', 'mirror']),
    p5b: scored('parents.c5.child-present', 'C5', ['form:start-conversation']),
    p5c: scored('parents.c5.time-enough', 'C5'),
    p7a: scored('parents.c7.file-open', 'C7', ['component:child']),
    p7b: scored('parents.c7.invited-to-add', 'C7'),
    p7c: scored('parents.c7.explained', 'C7'),
    group: { concept: 'parents.bg.group', kind: 'background' },
    good: { concept: 'parents.open.goes-well', kind: 'open' },
  }),
  professionals: instrument('professionals-test', 'professionals', {
    q5a: scored('professionals.c5.asked-about-child', 'C5', ['competence:partnership', 'mirror']),
    q5b: scored('professionals.c5.child-present', 'C5', ['form:start-conversation']),
    q5c: scored('professionals.c5.time-enough', 'C5'),
    q7a: scored('professionals.c7.file-open', 'C7', ['competence:partnership']),
    q7b: scored('professionals.c7.invited-to-add', 'C7'),
    q7c: scored('professionals.c7.explained', 'C7'),
  }),
  children: instrument('children-test', 'children', {
    warm: { concept: 'children.warm-up.ice-cream', kind: 'warm-up' },
    k5a: { concept: 'children.c5.asked-me', criterion: 'C5', scoring: THREE_POINT },
    k5b: { concept: 'children.c5.listened', criterion: 'C5', scoring: THREE_POINT },
  }),
  tour: instrument('mg-tour', 'mystery-guest', {
    greeted: tick('mg-tour.c5.greeted', 'C5', 1),
    listened: tick('mg-tour.c5.listened', 'C5', 2),
    asked_child: tick('mg-tour.c5.asked-child', 'C5', 3),
    file_shown: tick('mg-tour.c7.file-shown', 'C7', 3),
  }),
};

/** A random answer with the given weights over option values, e.g. `{ '4': 0.8, '3': 0.15, dk: 0.05 }`. */
export function pick(weights: Record<string, number>, random: () => number): string {
  let r = random();
  const entries = Object.entries(weights);
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]?.[0] ?? '';
}

/** Answers for the given items, each drawn from `weights`. */
export function answersFor(items: ReadonlyArray<string>, weights: Record<string, number>, random: () => number) {
  return Object.fromEntries(items.map((name) => [name, pick(weights, random)]));
}

/** The real model v2, parsed, for tests that check a rule under the newest model as well. */
export const modelV2: ScanModel = ScanModelSchema.parse(realModelV2);

/** A published instrument file, parsed as the server would. */
export const realInstrument = (json: unknown): InstrumentFile => InstrumentFileSchema.parse(json);
