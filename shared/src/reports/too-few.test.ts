import { describe, expect, it } from 'vitest';
import type { LocationReport } from '../scoring/report-schema';
import { tooFewSentence, tooFewToReport } from './too-few';

type Small = Pick<LocationReport, 'criteria' | 'overall' | 'respondents' | 'mysteryGuest'>;

const hidden = (perspective: 'parents' | 'children') => ({ suppressed: true as const, perspective });

/** One parent and one child: every cell hidden. */
const small: Small = {
  criteria: [
    { suppressed: true, criterion: 'C1', perspective: 'parents' },
    { suppressed: true, criterion: 'C1', perspective: 'children' },
  ],
  overall: [],
  respondents: { byPerspective: [hidden('children'), hidden('parents')], total: { suppressed: true } },
  mysteryGuest: { touchpoints: [], evidence: [] } as unknown as Small['mysteryGuest'],
};

describe('a round below the minimum group size', () => {
  it('is said in one plain sentence, naming the groups in the report’s order and no hidden count', () => {
    expect(tooFewToReport(small)).toBe(true);
    expect(tooFewSentence(small, 5)).toBe(
      'Te weinig antwoorden om over te rapporteren: ouders en kinderen bleven onder de 5 volledig ingevulde vragenlijsten, en cijfers van een kleinere groep zouden naar personen te herleiden zijn.',
    );
  });

  it('adds the counts that may be shown: a group at the minimum, the mystery guest’s visits', () => {
    const withShown: Small = {
      ...small,
      respondents: {
        byPerspective: [
          hidden('parents'),
          {
            suppressed: false,
            perspective: 'professionals',
            complete: 6,
            partial: 0,
            denominator: null,
            rate: null,
            labelIndex: null,
            label: null,
          },
        ],
        total: { suppressed: true },
      },
      mysteryGuest: {
        touchpoints: [{ instrumentKey: 'mg-phone', visits: [{}] }],
        evidence: [],
      } as unknown as Small['mysteryGuest'],
    };
    expect(tooFewSentence(withShown, 5)).toMatch(
      /: ouders bleven onder de 5 .* Wel te tonen: 6 medewerkers en 1 bezoek van de mystery guest\.$/,
    );
  });

  it('is null when a criterion has a level, even without cells (a report scored before cells were kept)', () => {
    const level = { ...small, overall: [{ criterion: 'C1', level: 2 }] } as unknown as Small;
    expect(tooFewToReport(level)).toBe(false);
  });

  it('is null as soon as one criterion has figures', () => {
    const figures = { ...small, criteria: [...small.criteria, { ...small.criteria[0], suppressed: false }] } as Small;
    expect(tooFewToReport(figures)).toBe(false);
    expect(tooFewSentence(figures, 5)).toBeNull();
  });
});
