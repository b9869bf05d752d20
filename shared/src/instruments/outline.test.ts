import { describe, expect, it } from 'vitest';
import childrenV2 from '../../../surveys/children/v2.json';
import parentsV2 from '../../../surveys/parents/v2.json';
import { realInstrument } from '../test-support/scoring-fixtures';
import { instrumentOutline } from './outline';

const parents = instrumentOutline(realInstrument(parentsV2));
const row = (name: string) => parents.find((r) => r.name === name);

describe('instrumentOutline', () => {
  it('lists every question of the survey once, in order', () => {
    const names = parents.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.indexOf('bg_age_band')).toBeGreaterThanOrEqual(0);
  });

  it('shows what each answer of a scored item counts, "weet ik niet" apart', () => {
    const vision = row('p_c1_vision_discussed');
    expect(vision).toMatchObject({ kind: 'scored', criterion: 'C1', concept: 'parents.c1.vision-discussed' });
    expect(vision?.options.map((o) => o.score)).toEqual([1, 2, 3, 'dk']);
    expect(vision?.changeNote).toMatch(/^Continues parents\.c1\.vision-known/);
  });

  it('says in Dutch who a routed item is asked of', () => {
    const routed = parents.find((r) => r.route !== null);
    expect(routed?.route).toMatch(/^Ouders (van|die)/);
    expect(row('p_c7_report_discussed')?.route).toBe('Ouders van een kind op de school (groep 1 tot en met 8)');
    expect(row('p_c1_vision_discussed')?.route).toBeNull();
  });

  it('shows where a needs-inventory answer points the plan, unscored', () => {
    const topics = row('inv_topics');
    expect(topics?.options.find((o) => o.value === 'child-needs')).toMatchObject({
      score: null,
      pointsTo: ['C5', 'C4'],
    });
  });

  it('reads the children’s questionnaire too', () => {
    const children = instrumentOutline(realInstrument(childrenV2));
    expect(children.some((r) => r.kind === 'scored' && r.options.length > 0)).toBe(true);
  });
});
