import type { InstrumentFile } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import type { MysteryGuestResults, NormKey, Scenario, ScenarioFinding, VisitResult } from './report-schema';
import { dutchText, questionTitle } from './survey-text';

type OtherScenario = Exclude<Scenario, 'standard'>;
const OTHERS: ReadonlyArray<OtherScenario> = ['little-dutch', 'child-support'];

/** Who the guest played, as the subject of a Dutch sentence. */
const PLAYED: Record<Scenario, string> = {
  standard: 'een ouder in het standaardscenario',
  'little-dutch': 'een ouder met weinig Nederlands',
  'child-support': 'een ouder van een kind dat extra ondersteuning nodig heeft',
};

/** The touchpoints of the version-1 and -2 forms, as they read after "Bij". */
const TOUCHPOINT: Record<string, string> = {
  'mg-website': 'de website en de schoolgids',
  'mg-email': 'de e-mail',
  'mg-phone': 'de telefoon',
  'mg-building': 'het eerste bezoek aan het gebouw',
  'mg-intake': 'de rondleiding of het intakegesprek',
  'mg-followup': 'de opvolging',
};

/** "de telefoon"; for an unknown form its survey title without the "Mystery guest:" prefix. */
function touchpointName(file: InstrumentFile | undefined, key: string): string {
  const known = TOUCHPOINT[key];
  if (known) return known;
  const title = file ? dutchText(file.survey.title) : undefined;
  return title ? title.replace(/^mystery guest:\s*/i, '') : key;
}

const meanOf = (xs: ReadonlyArray<number>) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Per tick concept, the credits of the visits that answered it (not observed and not asked left out). */
function creditsByConcept(visits: ReadonlyArray<VisitResult>) {
  const out = new Map<string, { tick: VisitResult['ticks'][number]; version: number; credits: number[] }>();
  for (const v of visits)
    for (const t of v.ticks) {
      if (t.credit === null) continue;
      const entry = out.get(t.concept) ?? { tick: t, version: v.version, credits: [] };
      entry.credits.push(t.credit);
      out.set(t.concept, entry);
    }
  return out;
}

type Measured = { value: number | null; met: boolean };

/** Per norm, the visits' measured values with a verdict (unmeasurable ones left out). */
function normsMeasured(visits: ReadonlyArray<VisitResult>) {
  const out = new Map<NormKey, { limit: number; values: Measured[] }>();
  for (const v of visits)
    for (const f of v.facts) {
      if (!f.norm || f.norm.met === null) continue;
      const entry = out.get(f.norm.key) ?? { limit: f.norm.limit, values: [] };
      entry.values.push({ value: f.norm.value, met: f.norm.met });
      out.set(f.norm.key, entry);
    }
  return out;
}

/** The worst measured value of a side: no reply (null) is worse than any delay. */
const worst = (values: ReadonlyArray<Measured>) =>
  values.some((v) => v.value === null) ? null : Math.max(...values.map((v) => v.value as number));

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "na 45 seconden", "na 3 werkdagen", "geen persoonlijk antwoord". */
function measuredPhrase(key: NormKey, value: number | null): string {
  if (value === null) return key === 'phoneAnswerSeconds' ? 'geen gehoor' : 'geen persoonlijk antwoord';
  if (key === 'phoneAnswerSeconds') return `na ${plural(value, 'seconde', 'seconden')}`;
  if (key === 'emailReplyHours') return `na ${plural(value, 'uur', 'uur')}`;
  return `na ${plural(value, 'werkdag', 'werkdagen')}`;
}

/** "Bij de e-mail kreeg een ouder met weinig Nederlands geen persoonlijk antwoord, een ouder in … (norm: …)." */
function normSentence(
  place: string,
  scenario: OtherScenario,
  key: NormKey,
  limit: number,
  other: number | null,
  standard: number | null,
) {
  const norm =
    key === 'phoneAnswerSeconds'
      ? `binnen ${plural(limit, 'seconde', 'seconden')} opgenomen`
      : key === 'emailReplyHours'
        ? `binnen ${limit} uur beantwoord`
        : `binnen ${plural(limit, 'werkdag', 'werkdagen')} beantwoord`;
  const what = key === 'phoneAnswerSeconds' ? 'gehoor' : 'antwoord';
  const side = (v: number | null) => (v === null ? measuredPhrase(key, v) : `${what} ${measuredPhrase(key, v)}`);
  return `Bij ${place} kreeg ${PLAYED[scenario]} ${side(other)}, ${PLAYED.standard} ${side(standard)} (norm: ${norm}).`;
}

/**
 * Whether every family is treated alike (DOMAIN §8, issue 16.4): per touchpoint, the standard scenario against the
 * 'little-dutch' and 'child-support' visits. A tick is met on a side when the mean credit of the visits that answered
 * it reaches the model's `passShare`; a finding is a tick met on one side and missed on the other, or a norm (phone,
 * email) every measured visit of one side met and the other side did not. Ticks only one side was asked (a scenario
 * route) are not compared. Each finding carries a Dutch sentence for the report.
 */
export function compareScenarios(
  touchpoints: MysteryGuestResults['touchpoints'],
  instruments: ReadonlyArray<InstrumentFile>,
  model: Pick<ScanModel, 'mysteryGuest'>,
): ScenarioFinding[] {
  const files = new Map(instruments.map((f) => [`${f.key}@${f.version}`, f]));
  const findings: ScenarioFinding[] = [];
  for (const { instrumentKey, visits } of touchpoints) {
    const standard = visits.filter((v) => v.scenario === 'standard');
    if (standard.length === 0) continue;
    const place = touchpointName(files.get(`${instrumentKey}@${standard[0]?.version}`), instrumentKey);
    const standardTicks = creditsByConcept(standard);
    const standardNorms = normsMeasured(standard);
    for (const scenario of OTHERS) {
      const others = visits.filter((v) => v.scenario === scenario);
      if (others.length === 0) continue;
      for (const [concept, { tick, version, credits }] of creditsByConcept(others)) {
        const base = standardTicks.get(concept);
        if (!base) continue;
        const [s, o] = [meanOf(base.credits), meanOf(credits)];
        const [metS, metO] = [s >= model.mysteryGuest.passShare, o >= model.mysteryGuest.passShare];
        if (metS === metO) continue;
        const file = files.get(`${instrumentKey}@${version}`);
        const title = file ? questionTitle(file.survey, tick.item) : tick.item;
        const [yes, no] = metS ? ['niet', 'wel'] : ['wel', 'niet'];
        findings.push({
          kind: 'tick',
          instrumentKey,
          scenario,
          concept,
          item: tick.item,
          criterion: tick.criterion,
          tier: tick.tier,
          standard: s,
          other: o,
          direction: metS ? 'worse' : 'better',
          sentence: `Bij ${place} gebeurde dit bij ${PLAYED[scenario]} ${yes}, bij ${PLAYED.standard} ${no}: „${title}”.`,
        });
      }
      for (const [key, { limit, values }] of normsMeasured(others)) {
        const base = standardNorms.get(key);
        if (!base) continue;
        const [metS, metO] = [base.values.every((v) => v.met), values.every((v) => v.met)];
        if (metS === metO) continue;
        findings.push({
          kind: 'norm',
          instrumentKey,
          scenario,
          key,
          limit,
          standard: base.values.map((v) => v.value),
          other: values.map((v) => v.value),
          direction: metS ? 'worse' : 'better',
          sentence: normSentence(place, scenario, key, limit, worst(values), worst(base.values)),
        });
      }
    }
  }
  return findings;
}
