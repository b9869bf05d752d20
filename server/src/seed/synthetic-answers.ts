import { type Answers, type InstrumentFile, listQuestions } from '@driehoek/shared';

/** Deterministic PRNG (mulberry32): the demo data is the same on every machine. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPEN_ANSWERS = [
  'De juf neemt echt de tijd als ik iets wil vertellen.',
  'Fijn dat we bij het startgesprek samen doelen hebben gemaakt.',
  'Ik zou graag vaker horen hoe het met mijn kind gaat, niet alleen als er iets mis is.',
  'De informatie komt vaak laat; ik hoor het liever eerder.',
  'Mijn kind mocht meepraten in het gesprek, dat vond hij mooi.',
  'Meer uitleg in het Engels of Arabisch zou helpen.',
];

export type SyntheticOptions = {
  /** Target level 1.0–3.0 per criterion for this group of respondents. */
  targets: Partial<Record<string, number>>;
  /** Share of scored questions answered "don't know". */
  dontKnowRate?: number;
  /** Share of respondents who leave an open question empty. */
  skipOpenRate?: number;
};

/**
 * Answers one respondent would give: for scored items the option nearest to a noisy draw around the criterion's
 * target level, so a report over many respondents comes out near the target.
 */
export function syntheticAnswers(instrument: InstrumentFile, random: () => number, options: SyntheticOptions): Answers {
  const answers: Answers = {};
  const person = (random() - 0.5) * 0.8;
  for (const q of listQuestions(instrument.survey)) {
    const meta = instrument.items[q.name];
    if (q.values && q.values.length > 0) {
      const scoring = meta?.scoring;
      const scored = scoring && meta?.criterion ? Object.entries(scoring).filter(([, s]) => typeof s === 'number') : [];
      if (scored.length > 0 && meta?.criterion) {
        const dk = Object.entries(scoring ?? {}).find(([, s]) => s === 'dk');
        if (dk && random() < (options.dontKnowRate ?? 0.06)) {
          answers[q.name] = pickValue(q.values, dk[0]);
          continue;
        }
        const target = (options.targets[meta.criterion] ?? 2) + person + (random() - 0.5) * 1.2;
        const [best] = scored.sort((a, b) => Math.abs(Number(a[1]) - target) - Math.abs(Number(b[1]) - target));
        if (best) answers[q.name] = pickValue(q.values, best[0]);
        continue;
      }
      const usable = q.values.filter((v) => v !== 'other' && v !== 'none');
      const choice = usable[Math.floor(random() * usable.length)];
      if (choice !== undefined) answers[q.name] = q.multiple ? [choice] : choice;
      continue;
    }
    if (q.type === 'comment' || (q.type === 'text' && q.inputType !== 'number')) {
      if (random() < (options.skipOpenRate ?? 0.5)) continue;
      const text = OPEN_ANSWERS[Math.floor(random() * OPEN_ANSWERS.length)];
      if (text) answers[q.name] = q.maxLength ? text.slice(0, q.maxLength) : text;
    } else if (q.type === 'text' && q.inputType === 'number') {
      const lo = q.min ?? 0;
      const hi = q.max ?? lo + 10;
      answers[q.name] = Math.round(lo + random() * (hi - lo));
    }
  }
  return answers;
}

/** The offered value whose string form is the scoring key (scoring keys are strings, values may be numbers). */
function pickValue(values: ReadonlyArray<string | number | boolean>, key: string): string | number | boolean {
  return values.find((v) => String(v) === key) ?? key;
}
