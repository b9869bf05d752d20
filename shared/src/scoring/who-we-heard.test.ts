import { describe, expect, it } from 'vitest';
import parentsV2 from '../../../surveys/parents/v2.json';
import { model, realInstrument, respond, seeded } from '../test-support/scoring-fixtures';
import type { ReachGroup, WhoWeHeard } from './report-schema';
import { NOT_ANSWERED, suppressGroups, whoWeHeard } from './who-we-heard';

const parents = realInstrument(parentsV2);
const parent = (answers: Record<string, unknown>, locale = 'nl', status: 'complete' | 'partial' = 'complete') => ({
  ...respond(parents, answers, status),
  locale,
});
const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

const question = (reach: WhoWeHeard | null, concept: string) => reach?.questions.find((q) => q.concept === concept);
const shown = (groups: ReachGroup[] | undefined) =>
  Object.fromEntries((groups ?? []).map((g) => [g.value, g.suppressed ? 'hidden' : g.count]));

describe('suppressGroups', () => {
  it('hides groups below the minimum and shows the rest with shares of the whole', () => {
    const groups = suppressGroups(
      [
        { value: 'a', label: 'A', count: 10 },
        { value: 'b', label: 'B', count: 6 },
        { value: 'c', label: 'C', count: 2 },
        { value: 'd', label: 'D', count: 3 },
      ],
      5,
    );
    expect(shown(groups)).toEqual({ a: 10, b: 6, c: 'hidden', d: 'hidden' });
    expect(groups[0]).toMatchObject({ share: 10 / 21 });
  });

  it('hides the smallest shown group too when the one hidden group would follow from the total', () => {
    const groups = suppressGroups(
      [
        { value: 'a', label: 'A', count: 12 },
        { value: 'b', label: 'B', count: 7 },
        { value: 'c', label: 'C', count: 1 },
      ],
      5,
    );
    expect(shown(groups)).toEqual({ a: 12, b: 'hidden', c: 'hidden' });
  });

  it('shows an empty group as 0: nobody to recognise', () => {
    expect(
      shown(
        suppressGroups(
          [
            { value: 'a', label: 'A', count: 9 },
            { value: 'b', label: 'B', count: 0 },
          ],
          5,
        ),
      ),
    ).toEqual({ a: 9, b: 0 });
  });

  it('never leaves a hidden total between 1 and the minimum (seeded property)', () => {
    const random = seeded(18);
    for (let run = 0; run < 500; run++) {
      const counts = times(2 + Math.floor(random() * 5), () => Math.floor(random() * 9));
      // whoWeHeard shows no groups at all below the minimum number of parents.
      if (counts.reduce((n, c) => n + c, 0) < 5) continue;
      const groups = suppressGroups(
        counts.map((count, i) => ({ value: String(i), label: String(i), count })),
        5,
      );
      const hidden = groups.reduce((n, g, i) => n + (g.suppressed ? (counts[i] ?? 0) : 0), 0);
      expect(hidden === 0 || hidden >= 5, `counts ${counts.join(',')}`).toBe(true);
      groups.forEach((g, i) => {
        if (!g.suppressed) expect(g.count === 0 || g.count >= 5).toBe(true);
        else expect(counts[i]).toBeGreaterThan(0);
      });
    }
  });
});

describe('whoWeHeard', () => {
  const dutch = times(8, () => parent({ bg_home_language: 'dutch', bg_new_family: 'longer' }));
  const mixed = times(6, () => parent({ bg_home_language: 'mixed', bg_new_family: 'longer' }, 'en'));
  const other = times(2, () => parent({ bg_home_language: 'other', bg_new_family: 'new' }, 'ar'));
  const open = times(3, () => parent({}, 'tr'));
  const partial = parent({ bg_home_language: 'other' }, 'ar', 'partial');
  const reach = whoWeHeard([...dutch, ...mixed, ...other, ...open, partial], [parents], model);

  it('counts complete parents by home language, hiding the small group and the open answers with it', () => {
    expect(shown(question(reach, 'parents.bg.home-language')?.groups)).toEqual({
      dutch: 8,
      mixed: 6,
      // 2 "other" and 3 left open: 5 hidden together, so neither follows from the total.
      other: 'hidden',
      [NOT_ANSWERED]: 'hidden',
    });
  });

  it('hides the next smallest group too when one hidden group would follow from the total', () => {
    const few = whoWeHeard([...dutch, ...mixed, ...other, ...open.slice(0, 1)], [parents], model);
    // 2 "other" + 1 open = 3: the 6 "mixed" go too, or 17 − 8 − 6 would give the 3 away.
    expect(shown(question(few, 'parents.bg.home-language')?.groups)).toEqual({
      dutch: 8,
      mixed: 'hidden',
      other: 'hidden',
      [NOT_ANSWERED]: 'hidden',
    });
  });

  it('counts the language the questionnaire was filled in, small languages hidden', () => {
    expect(shown(question(reach, 'response.locale')?.groups)).toEqual({
      nl: 8,
      en: 6,
      ar: 'hidden',
      tr: 'hidden',
      pl: 0,
      uk: 0,
    });
  });

  it('names under-represented groups the method worries about, never with a small number', () => {
    expect(reach?.sentences).toEqual([
      'Een andere taal: te weinig antwoorden om te tonen (minder dan 5).',
      'Korter dan 1 jaar: te weinig antwoorden om te tonen (minder dan 5).',
    ]);
  });

  it('says so in plain words when a watched group is shown but few', () => {
    const many = [
      ...times(30, () => parent({ bg_home_language: 'dutch' })),
      ...times(5, () => parent({ bg_home_language: 'other' })),
    ];
    expect(whoWeHeard(many, [parents], model)?.sentences).toContain(
      'Een andere taal: 14% van de antwoorden. Ga na of deze ouders de vragenlijst hebben gevonden en konden lezen.',
    );
  });

  it('says "geen enkel antwoord" rather than 0% for a watched group nobody answered from', () => {
    const dutchOnly = times(12, () => parent({ bg_home_language: 'dutch', bg_new_family: 'longer' }));
    expect(whoWeHeard(dutchOnly, [parents], model)?.sentences).toEqual([
      'Een andere taal: geen enkel antwoord. Ga na of deze ouders de vragenlijst hebben gevonden en konden lezen.',
      'Nederlands of Fries, en een andere taal: geen enkel antwoord. Ga na of deze ouders de vragenlijst hebben gevonden en konden lezen.',
      'Korter dan 1 jaar: geen enkel antwoord. Ga na of deze ouders de vragenlijst hebben gevonden en konden lezen.',
    ]);
  });

  it('shows nothing by group below the minimum number of complete parents', () => {
    expect(
      whoWeHeard(
        times(4, () => parent({ bg_home_language: 'dutch' })),
        [parents],
        model,
      ),
    ).toEqual({
      questions: [],
      sentences: [],
    });
  });

  it('has no reach without a parents questionnaire', () => {
    expect(whoWeHeard([], [], model)).toBeNull();
  });
});
