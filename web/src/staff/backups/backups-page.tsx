import { api, BACKUP_REASON_NL, type BackupInfo, capitalised } from '@driehoek/shared';
import { useState } from 'react';
import { call, failureMessage, href } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';

const number = new Intl.NumberFormat('nl-NL');
const megabytes = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** "2,4 MB"; below a tenth of a megabyte "0,1 MB" would hide that the file is tiny, so kilobytes. */
export const formatSize = (bytes: number): string =>
  bytes < 100_000
    ? `${number.format(Math.max(1, Math.round(bytes / 1000)))} kB`
    : `${megabytes.format(bytes / 1e6)} MB`;

const rowsOf = (b: BackupInfo) => b.tables.reduce((n, t) => n + t.rows, 0);
const rowsIn = (b: BackupInfo, table: string) => b.tables.find((t) => t.name === table)?.rows ?? 0;

/** The backups of the whole database (admins): the newest, a warning when it is old, a button to make one now. */
export function BackupsPage() {
  const loaded = useLoad(() => call(api.backups.status, {}), []);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<BackupInfo | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const makeOne = async () => {
    setBusy(true);
    setError(undefined);
    setMade(undefined);
    try {
      setMade(await call(api.backups.create, {}));
      await loaded.reload();
    } catch (e) {
      setError(failureMessage(e, 'De back-up kon niet worden gemaakt.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title="Back-ups">Back-ups</PageHeading>
      <p>
        Een back-up bevat de hele database: organisaties, rondes, links, codes, antwoorden, rapporten, plannen en
        accounts. Bewaar een kopie buiten deze computer, bijvoorbeeld op een netwerkschijf of USB-stick: een back-up op
        dezelfde laptop helpt niet als die laptop kapotgaat.
      </p>
      <LoadState loaded={loaded}>
        {(status) => {
          const [last] = status.items;
          return (
            <>
              {status.stale && (
                <div className="warning" role="alert">
                  <p className="warning__title">
                    {last
                      ? `De laatste back-up is ouder dan twee dagen (${formatDateTime(last.createdAt)}).`
                      : 'Er is nog geen back-up gemaakt.'}
                  </p>
                  <p>Maak nu een back-up en zet een kopie op een veilige plek.</p>
                </div>
              )}
              <h2>Laatste back-up</h2>
              {last ? (
                <dl className="facts">
                  <div className="facts__row">
                    <dt>Gemaakt</dt>
                    <dd>
                      {formatDateTime(last.createdAt)} ({BACKUP_REASON_NL[last.reason]})
                    </dd>
                  </div>
                  <div className="facts__row">
                    <dt>Grootte</dt>
                    <dd>{formatSize(last.bytes)}</dd>
                  </div>
                  <div className="facts__row">
                    <dt>Inhoud</dt>
                    <dd>
                      {number.format(rowsOf(last))} rijen in {last.tables.length} tabellen, waarvan{' '}
                      {number.format(rowsIn(last, 'responses'))} antwoorden en {number.format(rowsIn(last, 'rounds'))}{' '}
                      rondes
                    </dd>
                  </div>
                </dl>
              ) : (
                <p>Nog geen.</p>
              )}
              <p className="actions">
                <button type="button" className="button button--primary" onClick={makeOne} disabled={busy}>
                  {busy ? 'Back-up maken…' : 'Nu een back-up maken'}
                </button>
              </p>
              {made && (
                <p className="notice" role="status">
                  Back-up gemaakt: {made.file} ({formatSize(made.bytes)}).
                </p>
              )}
              {error && (
                <p className="form-error" role="alert">
                  {error}
                </p>
              )}
              <h2>Automatisch</h2>
              {status.automatic ? (
                <p>
                  Driehoek maakt elke dag een back-up en één vóór elke update van de database. De map{' '}
                  <code>{status.folder}</code> houdt de nieuwste {status.keep}.
                </p>
              ) : (
                <p>
                  {status.database === 'server'
                    ? 'Deze server gebruikt PostgreSQL: maak back-ups met pnpm backup of pg_dump, bijvoorbeeld elke nacht.'
                    : 'Automatische back-ups staan uit (DRIEHOEK_BACKUP_AUTO=off).'}{' '}
                  Back-ups met de knop komen in <code>{status.folder}</code>.
                </p>
              )}
              {status.items.length > 0 && (
                <div className="table-wrap">
                  <table>
                    <caption>Back-ups in de map, nieuwste eerst</caption>
                    <thead>
                      <tr>
                        <th scope="col">Gemaakt</th>
                        <th scope="col">Hoe</th>
                        <th scope="col">Grootte</th>
                        <th scope="col">Rijen</th>
                        <th scope="col">Bestand</th>
                      </tr>
                    </thead>
                    <tbody>
                      {status.items.map((b) => (
                        <tr key={b.file}>
                          <th scope="row">{formatDateTime(b.createdAt)}</th>
                          <td>{capitalised(BACKUP_REASON_NL[b.reason])}</td>
                          <td>{formatSize(b.bytes)}</td>
                          <td>{number.format(rowsOf(b))}</td>
                          <td>
                            <a href={href(api.backups.download, { params: { file: b.file } })} download>
                              Downloaden
                            </a>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
