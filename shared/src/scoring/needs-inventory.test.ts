import { describe, expect, it } from 'vitest';
import parentsV2 from '../../../surveys/parents/v2.json';
import { model, realInstrument, respond } from '../test-support/scoring-fixtures';
import { needsInventory } from './needs-inventory';

const parents = realInstrument(parentsV2);
const answers = [
  { inv_topics: ['child-needs', 'learning-home'], inv_barriers: ['times'] },
  { inv_topics: ['child-needs'], inv_barriers: [] },
  { inv_topics: ['child-needs', 'other-parents'], inv_barriers: ['times', 'language'] },
  { inv_topics: [] },
  { inv_topics: ['learning-home'], inv_barriers: ['times'] },
  { inv_topics: ['child-needs'] },
];
const responses = [...answers.map((a) => respond(parents, a)), respond(parents, { inv_topics: ['plans'] }, 'partial')];
const result = needsInventory(responses, [parents], model);
const item = (name: string) => result.items.find((i) => i.item === name);
const share = (name: string, value: string) => {
  const found = item(name);
  return found && !found.suppressed ? found.options.find((o) => o.value === value) : undefined;
};

describe('needsInventory', () => {
  it("reports every inventory item of the parents' questionnaire, over the complete parents asked", () => {
    expect(result.items.map((i) => [i.item, !i.suppressed && i.n, !i.suppressed && i.answered])).toEqual([
      ['inv_topics', 6, 5],
      ['inv_contact_ways', 6, 0],
      ['inv_barriers', 6, 3],
    ]);
  });

  it.each([
    { item: 'inv_topics', value: 'child-needs', count: 4, share: 4 / 6 },
    { item: 'inv_topics', value: 'learning-home', count: 2, share: 2 / 6 },
    { item: 'inv_topics', value: 'plans', count: 0, share: 0 },
    { item: 'inv_barriers', value: 'times', count: 3, share: 0.5 },
    { item: 'inv_barriers', value: 'language', count: 1, share: 1 / 6 },
  ])('$item: $value chosen by $count', ({ item: name, value, count, share: expected }) => {
    expect(share(name, value)).toMatchObject({ count, share: expected });
  });

  it('labels options in Dutch and keeps where they point', () => {
    expect(share('inv_topics', 'child-needs')).toMatchObject({
      label: 'Wat mijn kind nodig heeft en hoe het gaat',
      pointsTo: {
        criteria: ['C5', 'C4'],
        actions: ['c5-l1-introduce-start-conversations', 'c4-l1-goals-in-start-conversation'],
      },
    });
  });

  it('names the most chosen needs and the criteria and actions they point to', () => {
    expect(result.topNeeds.map((o) => [o.concept, o.value])).toEqual([
      ['parents.inv.topics', 'child-needs'],
      ['parents.inv.barriers', 'times'],
      ['parents.inv.topics', 'learning-home'],
    ]);
    // C4: child-needs 4 + learning-home 2; C5: 4; C9: times 3 + language 1; C3: language 1; C6: other-parents 1.
    expect(result.pointsTo.criteria).toEqual([
      { criterion: 'C4', choices: 6 },
      { criterion: 'C5', choices: 4 },
      { criterion: 'C9', choices: 4 },
      { criterion: 'C3', choices: 1 },
      { criterion: 'C6', choices: 1 },
    ]);
    expect(result.pointsTo.actions[0]).toEqual({ action: 'c4-l1-goals-in-start-conversation', choices: 4 });
  });

  it('hides items asked of fewer parents than the minimum group size, and points nowhere from them', () => {
    const few = needsInventory(responses.slice(0, 4), [parents], model);
    expect(few.items.every((i) => i.suppressed)).toBe(true);
    expect(few.items[0]).toEqual({
      suppressed: true,
      instrumentKey: 'parents',
      item: 'inv_topics',
      concept: 'parents.inv.topics',
    });
    expect(few.topNeeds).toEqual([]);
    expect(few.pointsTo).toEqual({ criteria: [], actions: [] });
  });
});
