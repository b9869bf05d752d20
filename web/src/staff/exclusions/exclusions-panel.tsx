import {
  AUDIENCE_NL,
  api,
  capitalised,
  type ResponseReview,
  type ReviewedResponse,
  type Round,
} from '@driehoek/shared';
import { type FormEvent, useMemo, useState } from 'react';
import { call, failureMessage } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { SelectField } from '../ui/select-field';
import { TextAreaField } from '../ui/text-area-field';

type Filter = 'all' | 'burst' | 'same' | 'excluded';
const filters: ReadonlyArray<{ value: Filter; label: string }> = [
  { value: 'all', label: 'Alle antwoorden' },
  { value: 'burst', label: 'Binnengekomen in een piek' },
  { value: 'same', label: 'Zelfde antwoorden als een ander' },
  { value: 'excluded', label: 'Uitgesloten' },
];
const shows: Record<Filter, (r: ReviewedResponse) => boolean> = {
  all: () => true,
  burst: (r) => r.burst !== null,
  same: (r) => r.sameAnswers > 0,
  excluded: (r) => r.excluded !== null,
};
/** The first characters of a response id: enough to tell them apart on screen and find one in an export. */
const shortId = (id: string) => id.slice(0, 8);

/**
 * The researcher's judgement of a round's responses: which arrived in a burst the monitor flagged, which gave exactly
 * the same answers as others, and which are excluded from scoring (with why). Excluding changes the draft report,
 * never a publication; after a publication the republication guard applies, so the panel says so first.
 */
export function ExclusionsPanel({ round }: { round: Round }) {
  const loaded = useLoad(() => call(api.exclusions.list, { params: { roundId: round.id } }), [round.id]);
  return (
    <section aria-labelledby="exclusions-heading">
      <h2 id="exclusions-heading">Antwoorden beoordelen</h2>
      <LoadState loaded={loaded}>{(review) => <Review review={review} onChange={loaded.setData} />}</LoadState>
    </section>
  );
}

function Review({ review, onChange }: { review: ResponseReview; onChange: (r: ResponseReview) => void }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const shown = useMemo(() => review.responses.filter(shows[filter]), [review.responses, filter]);
  const excluded = review.responses.filter((r) => r.excluded !== null);

  if (review.rawDataDeletedOn) {
    return (
      <p>
        De ruwe gegevens van deze ronde zijn op {formatDay(review.rawDataDeletedOn)} verwijderd: er zijn geen antwoorden
        meer om te beoordelen.
      </p>
    );
  }

  const act = async (what: 'exclude' | 'include' | { burst: string }, ids: string[]) => {
    setError(undefined);
    setDone(undefined);
    if (reason.trim().length < 3) return setError('Schrijf eerst in een paar woorden waarom.');
    setBusy(true);
    try {
      const next =
        typeof what === 'object'
          ? await call(api.exclusions.excludeBurst, {
              params: { roundId: review.roundId, burstId: what.burst },
              body: { reason },
            })
          : await call(what === 'exclude' ? api.exclusions.exclude : api.exclusions.include, {
              params: { roundId: review.roundId },
              body: { responseIds: ids, reason },
            });
      onChange(next);
      setChosen(new Set());
      setReason('');
      const n = ids.length;
      setDone(
        what === 'include'
          ? `${n} ${n === 1 ? 'antwoord telt' : 'antwoorden tellen'} weer mee.`
          : `${n} ${n === 1 ? 'antwoord is' : 'antwoorden zijn'} uitgesloten.`,
      );
    } catch (e) {
      setError(failureMessage(e, 'Dat is niet gelukt.'));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const submit = (event: FormEvent) => event.preventDefault();

  return (
    <>
      <p>
        Sluit een antwoord uit dat u niet vertrouwt, bijvoorbeeld omdat het in een piek binnenkwam of precies hetzelfde
        is als andere. Het blijft bewaard en hier zichtbaar, telt niet mee in het rapport (dat alleen zegt hoeveel er
        zijn uitgesloten) en u kunt het later weer laten meetellen. U ziet hier nooit wat iemand antwoordde.
      </p>
      {review.publishedVersion !== null && (
        <div className="warning" role="note">
          <p className="warning__title">Het rapport is al gepubliceerd (versie {review.publishedVersion})</p>
          <p>
            Uitsluiten verandert de publicatie niet, alleen het concept. Opnieuw publiceren kan pas als er minstens{' '}
            {review.minGroupSize} antwoorden van een doelgroep anders zijn dan in een eerdere versie: anders is uit de
            twee versies af te leiden wat een uitgesloten respondent antwoordde. Sluit daarom het liefst uit vóór de
            eerste publicatie.
          </p>
        </div>
      )}
      <p className="muted">
        {review.responses.length} antwoorden, waarvan {excluded.length} uitgesloten.
      </p>
      <form onSubmit={submit} noValidate>
        <TextAreaField
          label="Reden (verplicht bij uitsluiten en weer meetellen)"
          hint="Alleen onderzoekers zien de reden; hij staat ook in het logboek. Noem geen namen."
          value={reason}
          onChange={setReason}
          rows={2}
          maxLength={500}
        />
        {review.bursts.length > 0 && (
          <div className="table-wrap">
            <table>
              <caption>Pieken: antwoorden die in één minuut met minstens 20 andere binnenkwamen</caption>
              <thead>
                <tr>
                  <th scope="col">Doelgroep</th>
                  <th scope="col" className="number">
                    Antwoorden
                  </th>
                  <th scope="col" className="number">
                    Uitgesloten
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Actie</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {review.bursts.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">{capitalised(AUDIENCE_NL[b.audience])}</th>
                    <td className="number">{b.responses}</td>
                    <td className="number">{b.excluded}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        disabled={busy || b.excluded === b.responses}
                        onClick={() =>
                          act(
                            { burst: b.id },
                            review.responses.filter((r) => r.burst === b.id).map((r) => r.id),
                          )
                        }
                      >
                        Sluit deze {b.responses} antwoorden uit
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <SelectField label="Toon" value={filter} onChange={(v) => setFilter(v as Filter)} options={filters} />
        <p>
          <button
            type="button"
            className="button button--danger"
            disabled={busy || chosen.size === 0}
            onClick={() => act('exclude', [...chosen])}
          >
            Gekozen antwoorden uitsluiten ({chosen.size})
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={busy || chosen.size === 0}
            onClick={() => act('include', [...chosen])}
          >
            Weer laten meetellen
          </button>
        </p>
        <p role="status">{done}</p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="table-wrap">
          <table>
            <caption>{filters.find((f) => f.value === filter)?.label}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">Kiezen</span>
                </th>
                <th scope="col">Antwoord</th>
                <th scope="col">Doelgroep</th>
                <th scope="col">Datum</th>
                <th scope="col">Status</th>
                <th scope="col" className="number">
                  Vragen beantwoord
                </th>
                <th scope="col">Opvallend</th>
                <th scope="col">Uitgesloten</th>
              </tr>
            </thead>
            <tbody>
              {shown.length === 0 && (
                <tr>
                  <td colSpan={8}>Geen antwoorden om te tonen.</td>
                </tr>
              )}
              {shown.map((r) => (
                <tr key={r.id}>
                  <td>
                    <input
                      type="checkbox"
                      checked={chosen.has(r.id)}
                      onChange={() => toggle(r.id)}
                      aria-label={`Antwoord ${shortId(r.id)} kiezen`}
                    />
                  </td>
                  <th scope="row">
                    <code>{shortId(r.id)}</code>
                  </th>
                  <td>{capitalised(AUDIENCE_NL[r.audience])}</td>
                  <td>{formatDay(r.receivedOn)}</td>
                  <td>{r.status === 'complete' ? 'volledig' : 'gedeeltelijk'}</td>
                  <td className="number">{r.answered}</td>
                  <td>
                    {[
                      r.burst ? 'in een piek' : '',
                      r.sameAnswers > 0
                        ? `zelfde antwoorden als ${r.sameAnswers} ${r.sameAnswers === 1 ? 'ander' : 'andere'}`
                        : '',
                    ]
                      .filter(Boolean)
                      .join('; ') || '—'}
                  </td>
                  <td>
                    {r.excluded
                      ? `ja, ${formatDay(r.excluded.on)}${r.excluded.by ? ` door ${r.excluded.by}` : ''}: ${r.excluded.reason}`
                      : 'nee'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </form>
    </>
  );
}
