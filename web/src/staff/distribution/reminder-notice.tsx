import { AUDIENCE_NL, api, formatDutchDate, type ReminderStatus, type Round } from '@driehoek/shared';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { ReminderKitLinks } from './reminder-kit-links';

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** "vandaag", "morgen", "over 5 dagen". */
export function whenClosing(daysLeft: number): string {
  if (daysLeft === 0) return 'vandaag';
  if (daysLeft === 1) return 'morgen';
  return `over ${daysLeft} dagen`;
}

/**
 * On an open round's page in its last week: says which audiences are below the target response and offers the
 * reminder kit per language (rule: shared/src/rounds/reminders.ts). Says nothing otherwise, nor when it cannot load.
 */
export function ReminderNotice({ round }: { round: Round }) {
  const [status, setStatus] = useState<ReminderStatus | undefined>(undefined);
  useEffect(() => {
    if (round.status !== 'open') return;
    let cancelled = false;
    call(api.distribution.reminder, { params: { roundId: round.id } }).then(
      (answer) => !cancelled && setStatus(answer),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [round.id, round.status]);
  if (!status?.due || status.daysLeft === null) return null;
  const below = status.audiences.filter((a) => a.below);
  return (
    <section className="warning" aria-labelledby="reminder-title">
      <h2 id="reminder-title" className="warning__title">
        Herinnering sturen?
      </h2>
      <p>
        De ronde sluit {whenClosing(status.daysLeft)} ({formatDutchDate(status.closesOn)}) en de respons ligt onder het
        doel van {percent(status.target)}:{' '}
        {below
          .map((a) => `${AUDIENCE_NL[a.audience]}${a.responseRate === null ? '' : ` ${percent(a.responseRate)}`}`)
          .join(', ')}
        . Een herinnering in de ouderapp of nieuwsbrief, met de link, de QR-code en een nieuwe poster, helpt vaak.
      </p>
      {below.map((a) => (
        <div key={a.audience}>
          <p>Herinneringskit voor {AUDIENCE_NL[a.audience]}:</p>
          <ReminderKitLinks roundId={round.id} audience={a.audience} locales={a.locales} />
        </div>
      ))}
    </section>
  );
}
