import { api, can, formatDutchDate, type Round, type RoundStatus } from '@driehoek/shared';
import { call } from '../../api/client';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import './round-path.css';

export type StepState = 'done' | 'current' | 'next' | 'later';
export type PathStep = { key: string; name: string; state: StepState; details: string[] };
type Todo = ReadonlyArray<{ key: string; text: string }>;

const STATE_TEXT: Record<StepState, string> = { done: 'klaar', current: 'nu', next: 'volgende stap', later: 'later' };
/** What of the publish to-do list belongs to reviewing the draft (the rest is closing and responses). */
const REVIEW_KEYS = new Set(['open-answers', 'summary']);

/**
 * The path of a round: open → closed → draft reviewed → published → presented. `todo` is the draft's to-do list
 * (researchers only); without it a closed round's review is simply with the researcher.
 */
export function roundPathSteps(
  status: RoundStatus,
  todo: Todo | null,
  presented: { metOn: string } | null = null,
): PathStep[] {
  const reviewLeft = (todo ?? []).filter((t) => REVIEW_KEYS.has(t.key)).map((t) => t.text);
  const reviewed = status === 'reported' || (status === 'closed' && todo !== null && reviewLeft.length === 0);
  const step = (key: string, name: string, state: StepState, details: string[] = []): PathStep => ({
    key,
    name,
    state,
    details,
  });
  const before = status === 'draft' || status === 'open';
  return [
    step('open', 'Open', status === 'draft' ? 'next' : status === 'open' ? 'current' : 'done', [
      ...(status === 'draft' ? ['de ronde is nog in voorbereiding'] : []),
    ]),
    step('closed', 'Gesloten', before ? (status === 'open' ? 'next' : 'later') : 'done'),
    step(
      'reviewed',
      'Rapport beoordeeld',
      reviewed ? 'done' : status === 'closed' ? 'current' : 'later',
      status !== 'closed' || reviewed
        ? []
        : todo === null
          ? ['de onderzoeker beoordeelt de open antwoorden en schrijft de samenvatting']
          : reviewLeft,
    ),
    step(
      'published',
      'Gepubliceerd',
      status === 'reported' ? 'done' : reviewed ? 'current' : status === 'closed' ? 'next' : 'later',
    ),
    presented && status === 'reported'
      ? step('presented', 'Gepresenteerd', 'done', [`teruggekoppeld op ${formatDutchDate(presented.metOn)}`])
      : step('presented', 'Gepresenteerd', status === 'reported' ? 'next' : 'later', [
          'na de terugkoppeling met het team',
        ]),
  ];
}

/** The round's path at the top of its page; a researcher sees what the draft report still needs. */
export function RoundPath({ round, refresh }: { round: Round; refresh?: string }) {
  const { me } = useStaff();
  const researcher = can(me.role, 'report.publish');
  // Only a closed round's review step depends on the draft; asking for it scores the report, so only then.
  const draft = useLoad(
    () =>
      researcher && round.status === 'closed'
        ? call(api.reports.get, { params: { roundId: round.id } }).then((v) => (v.state === 'draft' ? v.todo : null))
        : Promise.resolve(null),
    [round, refresh, researcher],
  );
  // The meeting's agreements mark the round as presented; only those who may see the meeting can ask.
  const seesMeeting = can(me.role, 'meeting.read') && round.status === 'reported';
  const meeting = useLoad(
    () =>
      seesMeeting
        ? call(api.meetings.agreements, { params: { roundId: round.id } }).then((v) => v.agreements)
        : Promise.resolve(null),
    [round, refresh, seesMeeting],
  );
  const steps = roundPathSteps(round.status, draft.data ?? null, meeting.data ?? null);
  return (
    <ol className="round-path" aria-label="Verloop van de ronde">
      {steps.map((s) => (
        <li key={s.key} className={`round-path__step round-path__step--${s.state}`}>
          <span aria-current={s.state === 'current' ? 'step' : undefined}>
            <span className="round-path__name">{s.name}</span>{' '}
            <span className="round-path__state">({STATE_TEXT[s.state]})</span>
          </span>
          {s.details.length > 0 && (
            <ul className="round-path__details">
              {s.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          {researcher && s.state === 'current' && (s.key === 'reviewed' || s.key === 'published') && (
            <AppLink to={paths.round(round.id, 'rapport')}>
              {s.key === 'reviewed' ? 'Naar het rapport' : 'Naar het rapport om te publiceren'}
            </AppLink>
          )}
        </li>
      ))}
    </ol>
  );
}
