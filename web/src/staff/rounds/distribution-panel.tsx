import { can, type Round } from '@driehoek/shared';
import { audienceNames } from '../labels';
import { useStaff } from '../staff-context';
import { CopyButton } from '../ui/copy-button';
import { CodeBatches } from './code-batches';

/** Per audience: the link to copy, the QR code to download, the printable letter and poster; codes when used. */
export function DistributionPanel({ round }: { round: Round }) {
  const { me } = useStaff();
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
          const base = `/api/distribution/${round.id}/${link.audience}`;
          const name = audienceNames[link.audience];
          return (
            <section key={link.audience} className="card link-card" aria-labelledby={`link-${link.audience}`}>
              <h3 id={`link-${link.audience}`}>{name}</h3>
              <img
                src={`${base}/qr.svg`}
                alt={`QR-code van de link voor ${name.toLowerCase()}`}
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
                  <a href={`${base}/qr.png`} download>
                    QR-code als PNG
                  </a>
                </li>
                <li>
                  <a href={`${base}/qr.svg`} download>
                    QR-code als SVG
                  </a>
                </li>
                <li>
                  <a href={`${base}/letter`} target="_blank" rel="noreferrer">
                    Brief om af te drukken
                  </a>
                </li>
                <li>
                  <a href={`${base}/poster`} target="_blank" rel="noreferrer">
                    Poster om af te drukken
                  </a>
                </li>
              </ul>
            </section>
          );
        })}
      </div>
      {round.singleUseCodes && can(me.role, 'rounds.write') && <CodeBatches round={round} />}
    </>
  );
}
