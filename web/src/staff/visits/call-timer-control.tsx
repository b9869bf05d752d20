import { useEffect, useState } from 'react';
import { type CallTimerState, elapsedSeconds } from './call-timer';

export type CallTimerControlProps = {
  state: CallTimerState;
  onStart: () => void;
  /** Stops the watch; the form takes the seconds. */
  onStop: () => void;
  disabled?: boolean;
};

/** "Start (bij het bellen)" / "Opgenomen": the phone form's stopwatch, with the running seconds announced politely. */
export function CallTimerControl({ state, onStart, onStop, disabled }: CallTimerControlProps) {
  const running = state.startedAt !== null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [running]);
  const seconds = elapsedSeconds(state, now);
  return (
    <fieldset className="call-timer">
      <legend className="visually-hidden">Stopwatch voor de telefoon</legend>
      {running ? (
        <button type="button" className="button button--primary" onClick={onStop} disabled={disabled}>
          Opgenomen
        </button>
      ) : (
        <button type="button" className="button" onClick={onStart} disabled={disabled}>
          {state.seconds === null ? 'Start stopwatch (bij het bellen)' : 'Opnieuw starten'}
        </button>
      )}
      {running && (
        <span className="call-timer__time" role="timer">
          {seconds} s — druk op Opgenomen zodra er iemand opneemt
        </span>
      )}
      <span className="call-timer__time" aria-live="polite">
        {!running && state.seconds !== null ? `Gemeten: ${state.seconds} seconden` : ''}
      </span>
    </fieldset>
  );
}
