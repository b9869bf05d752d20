import { api, countOf, type PlanSummary, type Round, roundTitle } from '@driehoek/shared';
import { call } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { ReportPanel } from './report-panel';

/** The latest published round of each location, the newest first (by closing day). */
export function latestPerLocation(rounds: Round[]): Round[] {
  const latest = new Map<string, Round>();
  for (const r of rounds) {
    const seen = latest.get(r.locationId);
    if (!seen || r.closesOn > seen.closesOn) latest.set(r.locationId, r);
  }
  return [...latest.values()].sort(
    (a, b) => b.closesOn.localeCompare(a.closesOn) || a.location.localeCompare(b.location),
  );
}

function PlanCard({ round, plan }: { round: Round; plan: PlanSummary | undefined }) {
  return (
    <section aria-labelledby="home-plan" className="notice">
      <h2 id="home-plan">Plan van aanpak</h2>
      {plan ? (
        <p>
          {countOf(plan.goals, 'doel', 'doelen')}, {plan.actionsDone} van {plan.actionsTotal} acties klaar
          {plan.overdue > 0 && `, ${plan.overdue} te laat`}.
        </p>
      ) : (
        <p>Er is nog geen plan bij dit rapport. Kies in het plan de criteria waar u aan wilt werken.</p>
      )}
      <p>
        <AppLink to={paths.plan(round.id)}>{plan ? 'Naar het plan van aanpak' : 'Plan van aanpak maken'}</AppLink>
      </p>
    </section>
  );
}

/**
 * The IKC team's home: its latest published report and the plan made from it, on the first screen. Other
 * locations' latest reports are one link away; before any publication, the page says what comes.
 */
export function TeamHomePage() {
  const loaded = useLoad(async () => {
    const [rounds, plans] = await Promise.all([
      call(api.rounds.list, { query: { status: 'reported', page: 1, pageSize: 200 } }),
      call(api.plans.list, { query: {} }),
    ]);
    return { latest: latestPerLocation(rounds.items), plans: plans.items };
  }, []);
  return (
    <LoadState loaded={loaded}>
      {({ latest, plans }) => {
        const [round, ...others] = latest;
        if (!round) {
          return (
            <>
              <PageHeading title="Rapport en plan">Rapport en plan</PageHeading>
              <p>
                Er is nog geen gepubliceerd rapport. Zodra de onderzoeker het rapport van uw scan publiceert, opent
                Driehoek hier op dat rapport en het plan van aanpak.
              </p>
              <p>
                Hoeveel ouders, medewerkers en kinderen al meededen, ziet u in de{' '}
                <AppLink to={paths.monitor()}>responsmonitor</AppLink>.
              </p>
            </>
          );
        }
        return (
          <>
            <PageHeading title={`Rapport ${round.location}`}>
              Rapport {round.location}: {roundTitle(round)}
            </PageHeading>
            <p className="muted">
              {round.ikc}, ronde van {formatDay(round.opensOn)} tot en met {formatDay(round.closesOn)}.{' '}
              <AppLink to={paths.round(round.id)}>Meer over deze ronde</AppLink>
            </p>
            <PlanCard round={round} plan={plans.find((p) => p.roundId === round.id)} />
            <ReportPanel round={round} planLink={false} />
            {others.length > 0 && (
              <section aria-labelledby="home-others">
                <h2 id="home-others">Rapporten van andere locaties</h2>
                <ul className="link-list">
                  {others.map((r) => (
                    <li key={r.id}>
                      <AppLink to={paths.round(r.id, 'rapport')}>
                        {r.location}: {roundTitle(r)}
                      </AppLink>{' '}
                      (sloot na {formatDay(r.closesOn)})
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        );
      }}
    </LoadState>
  );
}
