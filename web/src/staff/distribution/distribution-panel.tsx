import { AUDIENCE_NL, api, can, capitalised, type ReminderStatus, type Round } from '@driehoek/shared';
import { useEffect, useState } from 'react';
import { call, href } from '../../api/client';
import { CodeBatches } from '../codes/code-batches';
import { useStaff } from '../shell/staff-context';
import { CopyButton } from '../ui/copy-button';
import { ReminderKitLinks } from './reminder-kit-links';

/** Per audience: the link to copy, the QR code to download, the printable letter and poster; codes when used. */
export function DistributionPanel({ round }: { round: Round }) {
  const { me } = useStaff();
  const [reminder, setReminder] = useState<ReminderStatus | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    call(api.distribution.reminder, { params: { roundId: round.id } }).then(
      (answer) => !cancelled && setReminder(answer),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [round.id]);
  if (round.links.length === 0) return <p>Deze ronde heeft geen vragenlijsten.</p>;
  return (
    <>
      <h2>Links en QR-codes</h2>
      {round.singleUseCodes && (
        <p className="notice">
          Deze ronde werkt met eenmalige codes: de link alleen is niet genoeg. Deel de codes hieronder, bijvoorbeeld op
          het afdrukvel met een QR-code per persoon.
        </p>
      )}
      <div className="link-cards">
        {round.links.map((link) => {
          const url = `${window.location.origin}/s/${link.linkId}`;
          const where = { params: { roundId: round.id, audience: link.audience } };
          const name = capitalised(AUDIENCE_NL[link.audience]);
          return (
            <section key={link.audience} className="card link-card" aria-labelledby={`link-${link.audience}`}>
              <h3 id={`link-${link.audience}`}>{name}</h3>
              <img
                src={href(api.distribution.qrSvg, where)}
                alt={`QR-code van de link voor ${AUDIENCE_NL[link.audience]}`}
                width={160}
                height={160}
              />
              <p className="link-cell">
                <a href={url} target="_blank" rel="noreferrer">
                  {url}
                </a>
              </p>
              <CopyButton text={url} label="Link kopiëren" />
              <ul className="link-list">
                <li>
                  <a href={href(api.distribution.qrPng, where)} download>
                    QR-code als PNG
                  </a>
                </li>
                <li>
                  <a href={href(api.distribution.qrSvg, where)} download>
                    QR-code als SVG
                  </a>
                </li>
                <li>
                  <a href={href(api.distribution.letter, where)} target="_blank" rel="noreferrer">
                    Brief om af te drukken
                  </a>
                </li>
                <li>
                  <a href={href(api.distribution.poster, where)} target="_blank" rel="noreferrer">
                    Poster om af te drukken
                  </a>
                </li>
              </ul>
              {reminder && (
                <>
                  <p>Herinnering (bericht, QR-code en nieuwe poster):</p>
                  <ReminderKitLinks
                    roundId={round.id}
                    audience={link.audience}
                    locales={reminder.audiences.find((a) => a.audience === link.audience)?.locales ?? ['nl']}
                  />
                </>
              )}
            </section>
          );
        })}
      </div>
      {round.singleUseCodes && can(me.role, 'rounds.write') && <CodeBatches round={round} />}
    </>
  );
}
