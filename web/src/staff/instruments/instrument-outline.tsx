import type { OutlineRow } from '@driehoek/shared';

const KIND_NL: Record<string, string> = {
  scored: 'telt mee',
  background: 'achtergrond',
  open: 'open vraag',
  'warm-up': 'opwarmer',
  fact: 'feit',
  context: 'context',
};

const scoreText = (score: OutlineRow['options'][number]['score']): string => {
  if (score === null) return '—';
  if (score === 'dk') return 'telt niet (weet ik niet)';
  if (score === 'ns') return 'telt niet';
  return score.toFixed(1);
};

/**
 * The questionnaire read as a method: per question what it measures (criterion), who is asked it (route), and what
 * each answer scores, so a researcher can check a level's meaning before a round pins the version.
 */
export function InstrumentOutline({ rows }: { rows: ReadonlyArray<OutlineRow> }) {
  const questions = rows.filter((r) => r.kind !== null);
  return (
    <section className="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading">Opbouw en scoring</h2>
      <p className="hint">
        Per vraag: het criterium, wie de vraag krijgt en welk niveau elk antwoord telt. Een vraag die iemand niet
        krijgt, telt voor die persoon niet mee (niet als “weet ik niet”).
      </p>
      <ol className="outline__list">
        {questions.map((r) => (
          <li key={r.name} className="outline__item">
            <p className="outline__title">
              <strong>{r.title}</strong>
            </p>
            <p className="outline__facts">
              {r.criterion ? `${r.criterion} · ` : ''}
              {r.kind ? KIND_NL[r.kind] : ''}
              {r.route ? ` · alleen voor: ${r.route}` : ' · voor iedereen'}
            </p>
            {r.options.length > 0 && (r.kind === 'scored' || r.options.some((o) => o.pointsTo.length > 0)) && (
              <table className="outline__options">
                <thead>
                  <tr>
                    <th scope="col">Antwoord</th>
                    <th scope="col">{r.kind === 'scored' ? 'Niveau' : 'Wijst naar'}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.options.map((o) => (
                    <tr key={o.value}>
                      <td>{o.label}</td>
                      <td>{r.kind === 'scored' ? scoreText(o.score) : o.pointsTo.join(', ') || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {r.changeNote && (
              <p className="outline__note" lang="en">
                <span lang="nl">Veranderd sinds de vorige versie (toelichting in het Engels):</span> {r.changeNote}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
