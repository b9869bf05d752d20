import { api, type Capability, can, type Round, roundTitle } from '@driehoek/shared';
import { lazy, Suspense } from 'react';
import { call } from '../../api/client';
import { DistributionPanel } from '../distribution/distribution-panel';
import { ReminderNotice } from '../distribution/reminder-notice';
import { ExclusionsPanel } from '../exclusions/exclusions-panel';
import { DeletionControl } from '../lifecycle/deletion-control';
import { MeetingLink } from '../meetings/meeting-link';
import { OpenAnswersPanel } from '../open-answers/open-answers-panel';
import { ReportPanel } from '../reports/report-panel';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { paths, type RoundTab } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { SummariesPanel } from '../summaries/summaries-panel';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { VisitsPanel } from '../visits/visits-panel';
import { RoundPath } from './round-path';
import { RoundSeriesPanel } from './round-series';
import { RoundStatusPanel } from './round-status-panel';

const RoundMonitorPanel = lazy(() => import('../monitor/round-monitor-panel'));

const tabs: ReadonlyArray<{ tab: RoundTab; label: string; capability: Capability }> = [
  { tab: 'status', label: 'Status en data', capability: 'rounds.read' },
  { tab: 'verspreiding', label: 'Verspreiding', capability: 'rounds.read' },
  { tab: 'respons', label: 'Respons', capability: 'monitor.read' },
  { tab: 'bezoeken', label: 'Mystery guest', capability: 'visits.read' },
  { tab: 'open-antwoorden', label: 'Open antwoorden', capability: 'review.write' },
  { tab: 'rapport', label: 'Rapport', capability: 'report.read' },
  { tab: 'samenvattingen', label: 'Samenvattingen', capability: 'report.read' },
];

/** A round: its status and dates, distribution, response, mystery-guest visits, open answers and report, as tabs. */
export function RoundPage({ id, tab }: { id: string; tab: RoundTab }) {
  const { me } = useStaff();
  const loaded = useLoad(() => call(api.rounds.get, { params: { id } }), [id]);
  const visible = tabs.filter((t) => can(me.role, t.capability));
  const current = visible.find((t) => t.tab === tab) ?? visible[0];
  return (
    <LoadState loaded={loaded}>
      {(round: Round) => (
        <>
          <p className="breadcrumb">
            <AppLink to={paths.rounds()}>Rondes</AppLink> ›{' '}
            <AppLink to={paths.location(round.locationId)}>
              {round.location} ({round.ikc})
            </AppLink>
          </p>
          <PageHeading title={`${roundTitle(round)} — ${round.location}`}>
            {roundTitle(round)} <span className="heading-sub">{round.location}</span>
          </PageHeading>
          <RoundPath round={round} refresh={current?.tab} />
          <MeetingLink round={round} />
          <ReminderNotice round={round} />
          <nav aria-label="Onderdelen van de ronde" className="tabs">
            <ul>
              {visible.map((t) => (
                <li key={t.tab}>
                  <AppLink to={paths.round(round.id, t.tab)} aria-current={t.tab === current?.tab ? 'page' : undefined}>
                    {t.label}
                  </AppLink>
                </li>
              ))}
            </ul>
          </nav>
          <section aria-label={current?.label} className="tab-panel">
            {current?.tab === 'status' && <RoundStatusPanel round={round} onChange={loaded.setData} />}
            {current?.tab === 'status' && <RoundSeriesPanel round={round} />}
            {current?.tab === 'status' && can(me.role, 'lifecycle.manage') && (
              <DeletionControl
                kind="round"
                id={round.id}
                onDeleted={() => navigate(paths.location(round.locationId), { replace: true })}
              />
            )}
            {current?.tab === 'verspreiding' && <DistributionPanel round={round} />}
            {current?.tab === 'respons' && (
              <Suspense fallback={<p role="status">Laden…</p>}>
                <RoundMonitorPanel round={round} />
              </Suspense>
            )}
            {current?.tab === 'respons' && can(me.role, 'responses.exclude') && <ExclusionsPanel round={round} />}
            {current?.tab === 'bezoeken' && <VisitsPanel round={round} />}
            {current?.tab === 'open-antwoorden' && <OpenAnswersPanel round={round} />}
            {current?.tab === 'rapport' && <ReportPanel round={round} onChange={loaded.reload} />}
            {current?.tab === 'samenvattingen' && <SummariesPanel round={round} />}
          </section>
        </>
      )}
    </LoadState>
  );
}
