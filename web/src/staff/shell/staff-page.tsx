import { type Capability, can } from '@driehoek/shared';
import { lazy, Suspense } from 'react';
import { AccountPage } from '../accounts/account-page';
import { AuditPage } from '../accounts/audit-page';
import { UserPage } from '../accounts/user-page';
import { UsersPage } from '../accounts/users-page';
import { BackupsPage } from '../backups/backups-page';
import { MonitorPage } from '../monitor/monitor-page';
import { TeamHomePage } from '../reports/team-home-page';
import { BulkRoundsPage } from '../rounds/bulk-rounds-page';
import { FollowUpPage } from '../rounds/follow-up-page';
import { NewRoundPage } from '../rounds/new-round-page';
import { RoundPage } from '../rounds/round-page';
import { RoundsPage } from '../rounds/rounds-page';
import { WorklistPage } from '../rounds/worklist-page';
import { NEW, type StaffRoute } from '../router/staff-route';
import { IkcPage } from '../structure/ikc-page';
import { IkcsPage } from '../structure/ikcs-page';
import { ImportPage } from '../structure/import-page';
import { LocationPage } from '../structure/location-page';
import { LocationsPage } from '../structure/locations-page';
import { OrganisationPage } from '../structure/organisation-page';
import { OrganisationsPage } from '../structure/organisations-page';
import { PageHeading } from '../ui/page-heading';
import { useStaff } from './staff-context';

// SurveyJS is large: only the pages that render a form load it.
const VisitPage = lazy(() => import('../visits/visit-page'));
const InstrumentsPage = lazy(() => import('../instruments/instruments-page'));
const PlanPage = lazy(() => import('../plans/plan-page').then((m) => ({ default: m.PlanPage })));
const MunicipalityPage = lazy(() => import('../overview/municipality-page'));
const IkcReportPage = lazy(() => import('../ikc-reports/ikc-report-page'));
const PresentationPage = lazy(() => import('../meetings/presentation-page'));

const needs: Partial<Record<StaffRoute['page'], Capability>> = {
  organisations: 'structure.read',
  organisation: 'structure.read',
  structureImport: 'structure.write',
  ikcs: 'structure.read',
  ikc: 'structure.read',
  ikcReport: 'report.read',
  locations: 'structure.read',
  location: 'structure.read',
  newRound: 'rounds.write',
  rounds: 'rounds.read',
  round: 'rounds.read',
  bulkRounds: 'rounds.write',
  followUp: 'rounds.write',
  visit: 'visits.read',
  plan: 'report.read',
  meeting: 'meeting.read',
  municipality: 'overview.read',
  monitor: 'monitor.read',
  users: 'users.manage',
  user: 'users.manage',
  audit: 'audit.read',
  backups: 'backups.manage',
  instruments: 'instruments.read',
};

function Missing({ title, text }: { title: string; text: string }) {
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{text}</p>
    </>
  );
}

/** The page for a route, if the signed-in role may see it. */
export function StaffPage({ route, search }: { route: StaffRoute; search: URLSearchParams }) {
  const { me } = useStaff();
  const capability = needs[route.page];
  if (capability && !can(me.role, capability)) {
    return <Missing title="Geen toegang" text="Uw rol geeft geen toegang tot deze pagina." />;
  }
  switch (route.page) {
    case 'overview':
      // Each role's home leads to its work (issue 19).
      if (me.role === 'ikc') return <TeamHomePage />;
      if (me.role === 'municipality') {
        return (
          <Suspense fallback={<p role="status">Overzicht laden…</p>}>
            <MunicipalityPage />
          </Suspense>
        );
      }
      return <WorklistPage />;
    case 'monitor':
      return <MonitorPage />;
    case 'organisations':
      return <OrganisationsPage search={search} />;
    case 'organisation':
      return <OrganisationPage key={route.id} id={route.id === NEW ? undefined : route.id} />;
    case 'structureImport':
      return <ImportPage organisationId={route.organisationId} />;
    case 'ikcs':
      return <IkcsPage search={search} />;
    case 'ikc':
      return <IkcPage key={route.id} id={route.id === NEW ? undefined : route.id} search={search} />;
    case 'ikcReport':
      return (
        <Suspense fallback={<p role="status">Rapport laden…</p>}>
          <IkcReportPage key={route.ikcId} ikcId={route.ikcId} />
        </Suspense>
      );
    case 'locations':
      return <LocationsPage search={search} />;
    case 'location':
      return <LocationPage key={route.id} id={route.id === NEW ? undefined : route.id} search={search} />;
    case 'newRound':
      return <NewRoundPage locationId={route.locationId} />;
    case 'rounds':
      return <RoundsPage search={search} />;
    case 'round':
      return <RoundPage id={route.id} tab={route.tab} />;
    case 'bulkRounds':
      return <BulkRoundsPage search={search} />;
    case 'followUp':
      return <FollowUpPage roundId={route.roundId} />;
    case 'visit':
      return (
        <Suspense fallback={<p role="status">Formulier laden…</p>}>
          <VisitPage roundId={route.roundId} visitId={route.visitId} search={search} />
        </Suspense>
      );
    case 'plan':
      return (
        <Suspense fallback={<p role="status">Plan laden…</p>}>
          <PlanPage roundId={route.roundId} />
        </Suspense>
      );
    case 'meeting':
      return (
        <Suspense fallback={<p role="status">Presentatie laden…</p>}>
          <PresentationPage roundId={route.roundId} />
        </Suspense>
      );
    case 'municipality':
      return (
        <Suspense fallback={<p role="status">Overzicht laden…</p>}>
          <MunicipalityPage organisationId={route.organisationId} />
        </Suspense>
      );
    case 'users':
      return <UsersPage />;
    case 'user':
      return <UserPage key={route.id} id={route.id === NEW ? undefined : route.id} />;
    case 'audit':
      return <AuditPage search={search} />;
    case 'backups':
      return <BackupsPage />;
    case 'instruments':
      return (
        <Suspense fallback={<p role="status">Laden…</p>}>
          <InstrumentsPage />
        </Suspense>
      );
    case 'account':
      return <AccountPage />;
    default:
      return <Missing title="Pagina niet gevonden" text="Deze pagina bestaat niet. Kies een onderdeel in het menu." />;
  }
}
