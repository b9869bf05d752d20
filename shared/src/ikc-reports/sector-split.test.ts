import { describe, expect, it } from 'vitest';
import { instrument, model, scored } from '../test-support/scoring-fixtures';
import { hideWithComplement } from './complement-suppression';
import { type SplitResponse, splitBySector } from './sector-split';
import { smallDifference } from './time-axis';

const parents = instrument('ouders-split', 'parents', {
  p5a: scored('parents.c5.asked', 'C5'),
  p5b: scored('parents.c5.present', 'C5'),
  p7a: scored('parents.c7.file', 'C7'),
  sector: { concept: 'parents.bg.sector', kind: 'background' },
});
const location = { locationId: '00000000-0000-4000-8000-000000000001', location: 'Locatie Noord' };

let next = 0;
/** `n` complete parents of a sector ('' leaves the question open), every item answered `answer` (C7 as given). */
function group(n: number, sector: string, answer = '3', c7 = answer): SplitResponse[] {
  return Array.from({ length: n }, () => ({
    id: `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`,
    perspective: 'parents' as const,
    instrument: { key: parents.key, version: parents.version },
    status: 'complete' as const,
    answers: { p5a: answer, p5b: answer, p7a: c7, ...(sector ? { sector } : {}) },
  }));
}
const split = (responses: SplitResponse[], earlier: Parameters<typeof splitBySector>[0]['earlier'] = []) =>
  splitBySector({ location, model, instruments: [parents], responses, earlier });

describe('hideWithComplement', () => {
  it('hides the next smallest group when one hidden group would follow from the total by subtraction', () => {
    const groups = [
      { key: 'school', count: 10 },
      { key: 'childcare', count: 3 },
      { key: 'both', count: 7 },
      { key: '', count: 0 },
    ];
    expect([...hideWithComplement(groups, 5)].sort()).toEqual(['both', 'childcare']);
  });

  it('counts a group that is never shown as hidden, however large', () => {
    const groups = [
      { key: 'school', count: 10 },
      { key: 'childcare', count: 8 },
      { key: 'both', count: 6 },
      { key: '', count: 2 },
    ];
    expect([...hideWithComplement(groups, 5, new Set(['']))].sort()).toEqual(['', 'both']);
  });
});

describe('splitBySector', () => {
  it('shows school and childcare apart when each reaches the minimum; the unanswered are never shown', () => {
    const { split: s, record } = split([...group(12, 'school', '4'), ...group(8, 'childcare', '2'), ...group(6, '')]);
    const p = s.perspectives[0];
    expect(p?.shown).toBe(true);
    if (!p?.shown) return;
    expect(p.counts).toEqual([
      { suppressed: false, sector: 'school', count: 12 },
      { suppressed: false, sector: 'childcare', count: 8 },
      { suppressed: false, sector: 'both', count: 0 },
    ]);
    const c5 = p.criteria.find((c) => c.criterion === 'C5');
    expect(c5?.shown).toBe(true);
    expect(c5?.groups.map((g) => (g.suppressed ? 'hidden' : [g.n, g.mean]))).toEqual([[12, 3], [8, 1.67], 'hidden']);
    expect(record.map((r) => [r.group, r.ids.length])).toEqual([
      ['school', 12],
      ['childcare', 8],
      ['rest', 6],
    ]);
  });

  it('hides a small childcare group, and then the split, since school alone would give it by subtraction', () => {
    const { split: s, record } = split([...group(20, 'school'), ...group(3, 'childcare'), ...group(6, 'both')]);
    // childcare 3 < 5 is hidden; 3 alone would follow from the published total, so 'both' (6) goes too: one group left.
    expect(s.perspectives[0]).toMatchObject({
      shown: false,
      reason: expect.stringContaining('Te weinig ouders per groep'),
    });
    expect(record).toEqual([]);
  });

  it('hides the next smallest group in a criterion where one group’s cell is small', () => {
    // C7: 'dk' from 8 of the 9 childcare parents, so childcare's C7 cell has n = 1.
    const responses = [
      ...group(12, 'school'),
      ...group(7, 'both'),
      ...group(8, 'childcare', '3', 'dk'),
      ...group(1, 'childcare'),
    ];
    const p = split(responses).split.perspectives[0];
    if (!p?.shown) throw new Error('expected a split');
    const c7 = p.criteria.find((c) => c.criterion === 'C7');
    // childcare hidden (1), then 'both' (7), the next smallest: only school left, so no split in C7.
    expect(c7).toMatchObject({ shown: false });
    expect(c7?.groups.every((g) => g.suppressed)).toBe(true);
    const c5 = p.criteria.find((c) => c.criterion === 'C5');
    expect(c5?.groups.map((g) => !g.suppressed)).toEqual([true, true, true]);
  });

  it('leaves the split out of a new version whose group differs from an earlier one by fewer than the minimum', () => {
    const school = group(12, 'school');
    const childcare = group(8, 'childcare');
    const first = split([...school, ...childcare]);
    const earlier = first.record.map((r) => ({ version: 1, perspective: r.perspective, ids: r.ids }));
    const again = split([...school, ...childcare], earlier);
    expect(again.split.perspectives[0]?.shown).toBe(true);
    const later = split([...school, ...childcare, ...group(2, 'childcare')], earlier);
    expect(later.split.perspectives[0]).toMatchObject({
      shown: false,
      reason: expect.stringContaining('verschilt met 2 antwoorden van IKC-publicatie 1'),
    });
    expect(later.notes[0]).toMatch(/^Locatie Noord: /);
    expect(later.record).toEqual([]);
    const grown = split([...school, ...childcare, ...group(5, 'childcare')], earlier);
    expect(grown.split.perspectives[0]?.shown).toBe(true);
  });
});

describe('smallDifference', () => {
  it('compares every set with every earlier one, whatever group it was', () => {
    expect(smallDifference([['a', 'b', 'c']], [{ version: 1, ids: ['a', 'b', 'c', 'd'] }], 5)).toEqual({
      version: 1,
      changed: 1,
    });
    expect(smallDifference([['a', 'b']], [{ version: 1, ids: ['a', 'b'] }], 5)).toBeUndefined();
    expect(smallDifference([['a']], [{ version: 1, ids: ['b', 'c', 'd', 'e', 'f'] }], 5)).toBeUndefined();
  });
});
