import { api, type OpenAnswer, type Round } from '@driehoek/shared';
import { useId, useState } from 'react';
import { call } from '../../api/client';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { OpenAnswerItem } from './open-answer-item';

type Filter = OpenAnswer['decision'] | 'all';

const filterNames: Record<Filter, string> = {
  pending: 'Nog te beoordelen',
  shareable: 'Gedeeld',
  hidden: 'Verborgen',
  all: 'Alle',
};

/** Answers shown at once; a round can have hundreds. */
const PAGE = 20;

const keyOf = (a: Pick<OpenAnswer, 'responseId' | 'question'>) => `${a.responseId}/${a.question}`;

/** The round's open answers: decide per answer whether it may appear in the report, and blank out names first. */
export function OpenAnswersPanel({ round }: { round: Round }) {
  const loaded = useLoad(() => call(api['open-answers'].list, { params: { roundId: round.id } }), [round.id]);
  const [filter, setFilter] = useState<Filter>('pending');
  const [limit, setLimit] = useState(PAGE);
  // Answers decided since the filter was chosen stay in view, so a shared answer does not vanish under the cursor.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const filterId = useId();

  const replace = (next: OpenAnswer) => {
    if (loaded.state !== 'ready') return;
    setTouched((t) => new Set(t).add(keyOf(next)));
    loaded.setData({ items: loaded.data.items.map((a) => (keyOf(a) === keyOf(next) ? next : a)) });
  };

  return (
    <>
      <h2>Open antwoorden</h2>
      <p>
        Een open antwoord komt alleen in het rapport als u het deelt, en alleen bij minstens 10 respondenten. Vervang
        namen en andere herkenbare details door bijvoorbeeld [naam] voordat u deelt.
      </p>
      <LoadState loaded={loaded}>
        {({ items }) => {
          const counts = {
            pending: items.filter((a) => a.decision === 'pending').length,
            shareable: items.filter((a) => a.decision === 'shareable').length,
            hidden: items.filter((a) => a.decision === 'hidden').length,
            all: items.length,
          };
          const shown = items.filter((a) => filter === 'all' || a.decision === filter || touched.has(keyOf(a)));
          return (
            <>
              <div className="field field--inline">
                <label htmlFor={filterId}>Tonen</label>
                <select
                  id={filterId}
                  value={filter}
                  onChange={(e) => {
                    setFilter(e.target.value as Filter);
                    setTouched(new Set());
                    setLimit(PAGE);
                  }}
                >
                  {(Object.keys(filterNames) as Filter[]).map((f) => (
                    <option key={f} value={f}>
                      {filterNames[f]} ({counts[f]})
                    </option>
                  ))}
                </select>
              </div>
              {shown.length === 0 && <p>Geen open antwoorden in deze selectie.</p>}
              <ol className="answers">
                {shown.slice(0, limit).map((answer) => (
                  <OpenAnswerItem key={keyOf(answer)} roundId={round.id} answer={answer} onSaved={replace} />
                ))}
              </ol>
              {shown.length > limit && (
                <p>
                  <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
                    Meer tonen ({shown.length - limit} over)
                  </button>
                </p>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
