import { api, type RetentionSchedule, retentionSentence, roundTitle } from '@driehoek/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { call, failureMessage } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { TextField } from '../ui/text-field';

const holdsText = (h: RetentionSchedule['rounds'][number]['holds']) =>
  [`${h.responses} antwoorden`, `${h.visits} bezoeken`, `${h.codes} codes`].join(', ');

/**
 * The organisation's retention period and, round by round, what it deletes when: the answers, open answers, visits
 * and codes of a round go that many days after its report was first published; the publications stay and say so.
 * A changed period is shown before it is saved.
 */
export function RetentionPanel({ organisationId }: { organisationId: string }) {
  const [preview, setPreview] = useState<string | undefined>(undefined);
  const loaded = useLoad(
    () =>
      call(api.lifecycle.retention, {
        params: { id: organisationId },
        query: preview === undefined || preview === '' ? {} : { days: preview },
      }),
    [organisationId, preview],
  );
  const [days, setDays] = useState('');
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const savedDays = loaded.data?.days;
  useEffect(() => {
    if (savedDays !== undefined) setDays(savedDays === null ? '' : String(savedDays));
  }, [savedDays]);

  const valid = days.trim() === '' || /^\d{1,4}$/.test(days.trim());
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(undefined);
    if (!valid) return setError('Vul een heel aantal dagen in (0 tot en met 3650), of laat het leeg.');
    try {
      const body = { days: days.trim() === '' ? null : Number(days.trim()) };
      loaded.setData(await call(api.lifecycle.setRetention, { params: { id: organisationId }, body }));
      setPreview(undefined);
      setSaved(
        body.days === null
          ? 'Geen bewaartermijn meer: er wordt niets automatisch verwijderd.'
          : 'Bewaartermijn opgeslagen.',
      );
    } catch (e) {
      setError(failureMessage(e, 'De bewaartermijn kon niet worden opgeslagen.'));
    }
  };

  return (
    <section aria-labelledby="retention-heading" className="card">
      <h2 id="retention-heading">Bewaartermijn</h2>
      <p>
        Na de bewaartermijn worden de ruwe gegevens van een ronde verwijderd: antwoorden, open antwoorden en hun
        beoordeling, bezoekverslagen van de mystery guest en codes. De termijn telt vanaf de eerste publicatie van het
        rapport. Gepubliceerde rapporten, het overzicht en het IKC-rapport blijven en vermelden dat de ruwe gegevens weg
        zijn.
      </p>
      <form onSubmit={save} noValidate className="form-inline">
        <TextField
          label="Bewaartermijn in dagen na publicatie"
          hint="Leeg: geen termijn, er wordt niets automatisch verwijderd."
          value={days}
          onChange={(v) => {
            setDays(v);
            setSaved(undefined);
          }}
          inputMode="numeric"
          error={valid ? undefined : 'een heel aantal dagen, 0 tot en met 3650'}
        />
        <p>
          <button
            type="button"
            className="button"
            onClick={() => setPreview(days.trim())}
            disabled={!valid || days.trim() === ''}
          >
            Laat zien wat dit betekent
          </button>{' '}
          <button type="submit" className="button button--primary" disabled={!valid}>
            Bewaartermijn opslaan
          </button>
        </p>
      </form>
      <p role="status">{saved}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <LoadState loaded={loaded}>
        {(s: RetentionSchedule) => (
          <div className="table-wrap">
            <table>
              <caption>
                {s.previewDays !== s.days
                  ? `Voorbeeld met ${s.previewDays} dagen (nog niet opgeslagen)`
                  : s.days === null
                    ? 'Rondes en hun gegevens (geen bewaartermijn)'
                    : `Wat wanneer wordt verwijderd (bewaartermijn ${s.days} dagen)`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Ronde</th>
                  <th scope="col">Gepubliceerd</th>
                  <th scope="col">Bevat nu</th>
                  <th scope="col">Ruwe gegevens</th>
                </tr>
              </thead>
              <tbody>
                {s.rounds.length === 0 && (
                  <tr>
                    <td colSpan={4}>Deze organisatie heeft nog geen rondes.</td>
                  </tr>
                )}
                {s.rounds.map((r) => (
                  <tr key={r.roundId}>
                    <th scope="row">
                      <AppLink to={paths.round(r.roundId)}>
                        {roundTitle(r)} {formatDay(r.opensOn)}
                      </AppLink>
                      <br />
                      <span className="muted">
                        {r.location} ({r.ikc})
                      </span>
                    </th>
                    <td>{r.firstPublishedOn ? formatDay(r.firstPublishedOn) : '—'}</td>
                    <td>{holdsText(r.holds)}</td>
                    <td>{retentionSentence(r)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LoadState>
    </section>
  );
}
