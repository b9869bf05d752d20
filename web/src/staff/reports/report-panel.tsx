import { api, can, type Round, tooFewSentence } from '@driehoek/shared';
import { useEffect, useRef } from 'react';
import { call } from '../../api/client';
import { ExportLinks } from '../exports/export-links';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { DraftPanel } from './draft-panel';
import { PublishedView } from './published-view';
import { UnpublishedView } from './unpublished-view';
import './reports.css';

/** The scan model's `privacy.minGroupSize`, as the hint at the bottom of the tab names it. */
export const MIN_GROUP_SIZE = 5;

export type ReportPanelProps = {
  round: Round;
  /** Something the round page shows moved: the round's status, or what is still to do before publishing. */
  onChange?: () => void;
  /** Whether to end with the link to the round's plan; the IKC team's home shows the plan itself above. */
  planLink?: boolean;
};

/**
 * The Rapport tab, by who looks: researchers and admins work on the draft and publish it; the IKC team and the
 * municipality read the publication in force, or response counts only before there is one.
 */
export function ReportPanel({ round, onChange, planLink = true }: ReportPanelProps) {
  const { me } = useStaff();
  const loaded = useLoad(() => call(api.reports.get, { params: { roundId: round.id } }), [round.id]);
  const small =
    loaded.data && loaded.data.state !== 'unpublished' ? tooFewSentence(loaded.data.report, MIN_GROUP_SIZE) : null;
  const todo = loaded.data?.state === 'draft' ? loaded.data.todo.map((t) => t.key).join(' ') : undefined;
  const seen = useRef(todo);
  useEffect(() => {
    if (todo === undefined) return;
    if (seen.current !== undefined && seen.current !== todo) onChange?.();
    seen.current = todo;
  }, [todo, onChange]);

  return (
    <>
      <h2>Rapport</h2>
      {round.status === 'draft' && <p className="muted">Het rapport vult zich zodra er antwoorden zijn.</p>}
      {small && round.status !== 'draft' && (
        <div className="notice">
          <p>
            <strong>{small}</strong>
          </p>
        </div>
      )}
      <LoadState loaded={loaded}>
        {(view) => {
          if (view.state === 'published') return <PublishedView view={view} tooFew={small} />;
          if (view.state === 'unpublished') return <UnpublishedView view={view} />;
          return <DraftPanel view={view} onView={loaded.setData} reload={loaded.reload} onRoundChange={onChange} />;
        }}
      </LoadState>
      {planLink && (
        <>
          <h2>Plan van aanpak</h2>
          <p>Van bevindingen naar een plan: kies criteria, een ambitie en acties, en volg de voortgang.</p>
          <p>
            <AppLink to={paths.plan(round.id)}>Plan van aanpak bij deze ronde</AppLink>
          </p>
        </>
      )}
      <p className="hint">
        Het rapport toont geen cijfers van groepen kleiner dan 5 en open antwoorden alleen na beoordeling door de
        onderzoeker.
      </p>
      {can(me.role, 'review.write') && <ExportLinks roundId={round.id} tooFew={small} />}
    </>
  );
}
