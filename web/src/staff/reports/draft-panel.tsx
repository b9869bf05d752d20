import { exclusionsText, type ReportJudgement } from '@driehoek/shared';
import { CriterionJudgement } from './criterion-judgement';
import { DraftBand } from './draft-band';
import { PublishControls } from './publish-controls';
import { QuotesPicker } from './quotes-picker';
import { ReportLinks } from './report-links';
import { criterionTitle, type DraftView } from './report-view-types';
import { SummaryForm } from './summary-form';

export type DraftPanelProps = {
  view: DraftView;
  /** Shows a view the server answered (a publication, a retraction). */
  onView: (view: DraftView) => void;
  /** Asks the server for the draft again: the to-do list and the changes since publication follow every save. */
  reload: () => Promise<void>;
  /** The round's status moved (published or retracted). */
  onRoundChange?: () => void;
};

/**
 * The researcher's draft: whether and when it was published and what changed since, what is still to do, publishing,
 * and the judgement (summary, a verdict per criterion, quotes) that readers see beside the figures.
 */
export function DraftPanel({ view, onView, reload, onRoundChange }: DraftPanelProps) {
  const judged = (judgement: ReportJudgement) => {
    onView({ ...view, judgement });
    void reload();
  };
  const published = (next: DraftView) => {
    onView(next);
    onRoundChange?.();
  };
  return (
    <div className="report-draft">
      <DraftBand published={view.published} />
      <ReportLinks roundId={view.round.id} published={view.published !== null} />
      <section aria-labelledby="report-todo">
        <h3 id="report-todo">Nog te doen</h3>
        {view.todo.length === 0 ? (
          <p>Niets meer: het rapport is klaar om te publiceren.</p>
        ) : (
          <ul className="report-todo">
            {view.todo.map((t) => (
              <li key={t.key}>{t.text}</li>
            ))}
          </ul>
        )}
      </section>
      {exclusionsText(view.exclusions) && (
        <p className="hint">
          Uitgesloten door u: {exclusionsText(view.exclusions)}. Het rapport noemt alleen dit aantal; welke en waarom
          ziet u onder Respons.
        </p>
      )}
      <PublishControls view={view} onPublication={published} />
      <SummaryForm roundId={view.round.id} summary={view.judgement.summary} onSaved={judged} />
      <section aria-labelledby="report-criteria">
        <h3 id="report-criteria">Oordeel per criterium</h3>
        <p className="hint">
          Het berekende niveau blijft staan. Stelt u een ander niveau vast, dan zien lezers beide, met uw reden.
        </p>
        {view.report.overall.map((o) => (
          <CriterionJudgement
            key={o.criterion}
            roundId={view.round.id}
            overall={o}
            title={criterionTitle(view.criterionNames, o.criterion)}
            judgement={view.judgement}
            onSaved={judged}
          />
        ))}
      </section>
      <QuotesPicker roundId={view.round.id} quotes={view.judgement.quotes} onSaved={judged} />
    </div>
  );
}
