import type { Visit } from '@driehoek/shared';
import { describe, expect, it } from 'vitest';
import { elapsedSeconds, idleTimer, startTimer, stopTimer } from './call-timer';
import { codeForSecondCoding, groupCodings, visitCodeOf } from './visit-codes';

const visit = (id: string, answers: Record<string, unknown>, version = 2): Visit => ({
  id,
  roundId: '00000000-0000-4000-8000-000000000000',
  instrument: { key: 'mg-phone', version },
  visitedOn: '2026-11-20',
  answers,
  recordedBy: null,
  updatedAt: '2026-11-20T10:00:00',
});

describe('codings of one visit', () => {
  it('read the visit code as scoring does: trimmed, in capitals', () => {
    expect(visitCodeOf({ mg_visit_code: ' b-7 ' })).toBe('B-7');
    expect(visitCodeOf({ mg_visit_code: '' })).toBeNull();
    expect(visitCodeOf({})).toBeNull();
  });

  it('group codings with the same code on the same form version, and keep a visit without a code apart', () => {
    const groups = groupCodings([
      visit('a', { mg_visit_code: 'B-7' }),
      visit('b', {}),
      visit('c', { mg_visit_code: 'b-7' }),
      visit('d', { mg_visit_code: 'B-7' }, 1),
      visit('e', {}),
    ]);
    expect(groups.map((g) => g.visits.map((v) => v.id))).toEqual([['a', 'c'], ['b'], ['d'], ['e']]);
  });

  it('give a second coding the visit’s own code, or a stable one made from its id', () => {
    expect(codeForSecondCoding(visit('x', { mg_visit_code: 'T-1' }))).toEqual({ code: 'T-1', isNew: false });
    const made = codeForSecondCoding(visit('1f2e3d4c-0000-4000-8000-000000000000', {}));
    expect(made).toEqual({ code: 'D-1F2E3D', isNew: true });
    expect(codeForSecondCoding(visit('1f2e3d4c-0000-4000-8000-000000000000', {}))).toEqual(made);
  });
});

describe('the phone form’s stopwatch', () => {
  it('counts whole seconds from dialling to answer', () => {
    const running = startTimer(10_000);
    expect(elapsedSeconds(running, 14_400)).toBe(4);
    const stopped = stopTimer(running, 31_600);
    expect(stopped).toEqual({ startedAt: null, seconds: 22 });
    expect(elapsedSeconds(stopped, 99_000)).toBe(22);
    expect(elapsedSeconds(idleTimer, 5_000)).toBe(0);
  });
});
