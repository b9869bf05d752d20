import type { InstrumentFile } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { LOCALE_NL } from '../vocabulary';
import type { ReachGroup, ReachQuestion, WhoWeHeard } from './report-schema';
import type { ScoringResponse } from './scoring-input';
import { choiceLabels, questionTitle } from './survey-text';

/** The parents' background questions the reach is told by (stable concepts across versions). */
const BACKGROUND: ReadonlyArray<{ concept: string; watch?: ReadonlyArray<string> }> = [
  { concept: 'parents.bg.home-language', watch: ['other', 'mixed'] },
  { concept: 'parents.bg.new-family', watch: ['new'] },
  { concept: 'parents.bg.age-band' },
  { concept: 'parents.bg.sector' },
];

/** Below this share of the answers a watched group is called under-represented in plain words. */
const UNDER_REPRESENTED = 0.15;

/** The group of parents who left a background question open. */
export const NOT_ANSWERED = '';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Hides every group below the minimum, and then, while the hidden groups together are fewer than the minimum but
 * more than none, the smallest shown group too: the total is shown elsewhere, so one hidden group alone would follow
 * from it by subtraction (complementary suppression).
 */
export function suppressGroups(
  groups: ReadonlyArray<{ value: string; label: string; count: number }>,
  min: number,
): ReachGroup[] {
  const hidden = new Set(groups.filter((g) => g.count > 0 && g.count < min).map((g) => g.value));
  const hiddenTotal = () => groups.filter((g) => hidden.has(g.value)).reduce((n, g) => n + g.count, 0);
  while (hiddenTotal() > 0 && hiddenTotal() < min) {
    const next = groups
      .filter((g) => !hidden.has(g.value) && g.count > 0)
      .sort((a, b) => a.count - b.count || a.value.localeCompare(b.value))[0];
    if (!next) break;
    hidden.add(next.value);
  }
  const total = groups.reduce((n, g) => n + g.count, 0);
  return groups.map((g) =>
    hidden.has(g.value)
      ? { value: g.value, label: g.label, suppressed: true }
      : { value: g.value, label: g.label, suppressed: false, count: g.count, share: total > 0 ? g.count / total : 0 },
  );
}

/**
 * Who answered, by the parents' background answers (home language, new family, the child's age, school or
 * childcare) and by the language they answered in: counts and shares of the complete parents' responses, every
 * group below the minimum hidden (and, where one hidden group would follow by subtraction, the next smallest too).
 * Plain sentences name the groups the method worries about when they are few among the answers.
 */
export function whoWeHeard(
  responses: ReadonlyArray<ScoringResponse>,
  instruments: ReadonlyArray<InstrumentFile>,
  model: Pick<ScanModel, 'privacy'>,
): WhoWeHeard | null {
  const files = instruments.filter((f) => f.perspective === 'parents');
  const complete = responses.filter((r) => r.perspective === 'parents' && r.status === 'complete');
  if (files.length === 0) return null;
  const min = model.privacy.minGroupSize;
  if (complete.length < min) return { questions: [], sentences: [] };
  const questions: ReachQuestion[] = [];
  const sentences: string[] = [];
  for (const { concept, watch } of BACKGROUND) {
    const file = files.find((f) => Object.values(f.items).some((m) => m.concept === concept));
    const name = file && Object.keys(file.items).find((n) => file.items[n]?.concept === concept);
    if (!file || !name) continue;
    const labels = choiceLabels(file.survey, name);
    const counts = new Map<string, number>([...labels.keys()].map((v) => [v, 0]));
    let answered = 0;
    for (const r of complete) {
      const rFile = files.find((f) => f.key === r.instrument.key && f.version === r.instrument.version);
      const own = rFile && Object.keys(rFile.items).find((n) => rFile.items[n]?.concept === concept);
      const value = own ? r.answers[own] : undefined;
      if (typeof value !== 'string' || !counts.has(value)) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      answered++;
    }
    // The parents who left the question open are one more group: hidden alone, they would follow from the total.
    const groups = suppressGroups(
      [
        ...[...counts].map(([value, count]) => ({ value, label: labels.get(value) ?? value, count })),
        { value: NOT_ANSWERED, label: 'Niet beantwoord', count: complete.length - answered },
      ],
      min,
    );
    questions.push({ concept, title: questionTitle(file.survey, name), groups });
    for (const value of watch ?? []) {
      const g = groups.find((x) => x.value === value);
      if (!g) continue;
      if (g.suppressed) sentences.push(`${g.label}: te weinig antwoorden om te tonen (minder dan ${min}).`);
      else if (g.share < UNDER_REPRESENTED)
        sentences.push(
          `${g.label}: ${g.count === 0 ? 'geen enkel antwoord' : `${pct(g.share)} van de antwoorden`}. Ga na of deze ouders de vragenlijst hebben gevonden en konden lezen.`,
        );
    }
  }
  const locales = new Map<string, number>();
  for (const r of complete) if (r.locale) locales.set(r.locale, (locales.get(r.locale) ?? 0) + 1);
  if (locales.size > 0) {
    const groups = suppressGroups(
      Object.entries(LOCALE_NL).map(([value, label]) => ({ value, label, count: locales.get(value) ?? 0 })),
      min,
    );
    questions.push({ concept: 'response.locale', title: 'Taal waarin de vragenlijst is ingevuld', groups });
  }
  return { questions, sentences };
}
