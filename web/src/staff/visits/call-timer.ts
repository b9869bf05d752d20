/**
 * The stopwatch of the phone form (issue 16.5): started when the guest dials, stopped when someone answers; the
 * whole seconds in between fill the measured fact. Pure, with the clock passed in.
 */
export type CallTimerState = { startedAt: number | null; seconds: number | null };

export const idleTimer: CallTimerState = { startedAt: null, seconds: null };

export const startTimer = (now: number): CallTimerState => ({ startedAt: now, seconds: null });

/** Whole seconds since the start, rounded to the nearest second (the norm is about 20 s: a second is precise enough). */
export const elapsedSeconds = (state: CallTimerState, now: number): number =>
  state.startedAt === null ? (state.seconds ?? 0) : Math.max(0, Math.round((now - state.startedAt) / 1000));

export const stopTimer = (state: CallTimerState, now: number): CallTimerState => ({
  startedAt: null,
  seconds: elapsedSeconds(state, now),
});

/** The question the seconds go into: the phone forms' fact with concept `mg.phone.fact.seconds` (model measuredFacts). */
export const CALL_SECONDS_QUESTION = 'ph_seconds';
