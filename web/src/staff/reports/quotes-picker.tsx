import { api, type Quote, type ReportJudgement } from '@driehoek/shared';
import { useState } from 'react';
import { call, failureMessage } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { touchpointName, touchpointOrder } from '../visits/touchpoints';
import { type Quotable, quotableAnswers } from './quotable';

type Choice = Pick<Quote, 'visitId' | 'question'>;
const keyOf = (c: Choice) => `${c.visitId}/${c.question}`;

/** The round's visits with what can be quoted of each, in the order a parent meets the touchpoints. */
async function loadQuotables(roundId: string) {
  const { items } = await call(api.visits.list, { query: { roundId } });
  const forms = new Map<string, Promise<Record<string, unknown>>>();
  const formOf = (key: string, version: number) => {
    const id = `${key}@${version}`;
    if (!forms.has(id))
      forms.set(
        id,
        call(api.instruments.get, { params: { key, version } }).then((f) => f.survey),
      );
    return forms.get(id) as Promise<Record<string, unknown>>;
  };
  const visits = [...items].sort(
    (a, b) =>
      touchpointOrder(a.instrument.key) - touchpointOrder(b.instrument.key) || a.visitedOn.localeCompare(b.visitedOn),
  );
  return Promise.all(
    visits.map(async (visit) => ({
      visit,
      answers: quotableAnswers(visit, await formOf(visit.instrument.key, visit.instrument.version)),
    })),
  );
}

export type QuotesPickerProps = {
  roundId: string;
  quotes: ReadonlyArray<Quote>;
  onSaved: (j: ReportJudgement) => void;
};

/** Mystery-guest notes and observations the researcher quotes in the report, chosen per visit. */
export function QuotesPicker({ roundId, quotes, onSaved }: QuotesPickerProps) {
  const loaded = useLoad(() => loadQuotables(roundId), [roundId]);
  const [chosen, setChosen] = useState(() => new Map(quotes.map((q) => [keyOf(q), q as Choice])));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | undefined>(undefined);

  const toggle = (q: Quotable, on: boolean) =>
    setChosen((current) => {
      const next = new Map(current);
      if (on) next.set(keyOf(q), { visitId: q.visitId, question: q.question });
      else next.delete(keyOf(q));
      return next;
    });

  const save = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const judgement = await call(api.reports.quotes, { params: { roundId }, body: { quotes: [...chosen.values()] } });
      onSaved(judgement);
      const n = judgement.quotes.length;
      setMessage({ tone: 'ok', text: `${n} ${n === 1 ? 'citaat' : 'citaten'} opgeslagen.` });
    } catch (e) {
      setMessage({ tone: 'error', text: failureMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const option = (q: Quotable) => (
    <li key={keyOf(q)} className="checkbox">
      <label>
        <input type="checkbox" checked={chosen.has(keyOf(q))} onChange={(e) => toggle(q, e.target.checked)} />{' '}
        <span className="quote-option__title">{q.title}</span> — {q.kind === 'note' ? `“${q.text}”` : q.text}
      </label>
    </li>
  );

  return (
    <section aria-labelledby="report-quotes">
      <h3 id="report-quotes">Citaten van de mystery guest</h3>
      <p className="hint">Kies notities en waarnemingen die het rapport letterlijk aanhaalt.</p>
      <LoadState loaded={loaded}>
        {(visits) =>
          visits.length === 0 ? (
            <p className="muted">Deze ronde heeft geen bezoeken van de mystery guest.</p>
          ) : (
            <>
              {visits.map(({ visit, answers }) => {
                const notes = answers.filter((a) => a.kind === 'note');
                const ticks = answers.filter((a) => a.kind === 'tick');
                return (
                  <fieldset key={visit.id} className="fieldset quote-visit">
                    <legend>
                      {touchpointName(visit.instrument.key)}, bezoek van {formatDay(visit.visitedOn)}
                    </legend>
                    {answers.length === 0 && <p className="muted">Niets ingevuld om te citeren.</p>}
                    {notes.length > 0 && <ul className="quote-options">{notes.map(option)}</ul>}
                    {ticks.length > 0 && (
                      <details>
                        <summary>Waarnemingen ({ticks.length})</summary>
                        <ul className="quote-options">{ticks.map(option)}</ul>
                      </details>
                    )}
                  </fieldset>
                );
              })}
              <div className="actions">
                <button type="button" className="button" disabled={busy} onClick={save}>
                  Citaten opslaan
                </button>
                <span className="muted">{chosen.size} gekozen</span>
              </div>
            </>
          )
        }
      </LoadState>
      <p role="status">{message?.tone === 'ok' && message.text}</p>
      <div role="alert">{message?.tone === 'error' && <p className="form-error">{message.text}</p>}</div>
    </section>
  );
}
