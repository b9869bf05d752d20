import { type Overview, OverviewSchema, type Plan, PlanSchema } from '@driehoek/shared';

export const ROUND_ID = '11111111-1111-4111-8111-111111111111';
export const PLAN_ID = '22222222-2222-4222-8222-222222222222';
export const GOAL_ID = '33333333-3333-4333-8333-333333333333';
export const ACTION_ID = '44444444-4444-4444-8444-444444444444';
export const ORG_ID = '55555555-5555-4555-8555-555555555555';

const names = [
  'Gedeelde visie',
  'Inspraak in beleid',
  'Welkom',
  'Samen leren',
  'Gelijkwaardige gesprekken',
  'Verantwoordelijk voor elkaar',
  'Open dossier',
  'Open voor feedback',
  'Afgesproken aanwezigheid',
  'Duidelijke regels',
];
const levels = [2, 1, 3, 2, 3, 2, 1, 2, 3, null] as const;

const suggestionC7 = {
  key: 'c7-l1-record-start-conversation',
  criterion: 'C7',
  level: 1,
  title: 'Leg wat ouders in het startgesprek vertellen vast in het dossier',
  why: 'Wat ouders over hun kind weten, hoort naast de toetsgegevens in het dossier.',
  moves: ['C7', 'C5'],
  form: 'form:start-conversation',
  askedFor: ['Wat mijn kind nodig heeft en hoe het gaat'],
} as const;

const criteria = names.map((name, i) => {
  const level = levels[i] ?? null;
  return {
    criterion: `C${i + 1}`,
    name,
    level,
    label: level === null ? 'geen gegevens' : `${level}.0`,
    mean: level,
    sentence:
      level === null
        ? 'Geen gegevens: geen enkel perspectief heeft genoeg antwoorden.'
        : `${level}.0: ouders en professionals.`,
    gap: null,
    gapFlagged: false,
    parentNeeds:
      i === 6
        ? [{ question: 'Waarover wilt u meer weten?', label: 'Wat mijn kind nodig heeft en hoe het gaat', share: 0.4 }]
        : [],
    suggestions: i === 6 ? [suggestionC7] : [],
  };
});

/** A plan with one goal (C7) and one overdue action, as the server answers it. */
export function planFixture(overrides: Partial<Plan> = {}): Plan {
  const action = {
    id: ACTION_ID,
    goalId: GOAL_ID,
    libraryKey: null,
    title: 'Inzagemoment per groep plannen',
    description: '',
    owner: 'Directeur',
    startsOn: null,
    dueOn: '2027-01-15',
    status: 'planned',
    form: null,
    updatedAt: '2026-11-23T12:00:00',
  };
  return PlanSchema.parse({
    id: PLAN_ID,
    title: 'Plan van aanpak Locatie Noord 2026',
    round: {
      id: ROUND_ID,
      name: null,
      kind: 'baseline',
      status: 'closed',
      opensOn: '2026-11-09',
      closesOn: '2026-12-21',
    },
    location: { id: '66666666-6666-4666-8666-666666666666', name: 'Locatie Noord' },
    ikc: { id: '77777777-7777-4777-8777-777777777777', name: 'IKC De Driehoek' },
    organisation: { id: ORG_ID, name: 'Gemeente Leeuwarden' },
    libraryVersion: 1,
    tenMinuteRoundsStay: null,
    tenMinuteFact: { answered: 10, kept: 0.6, replaced: 0.4, noStartConversations: 0 },
    goals: [
      {
        id: GOAL_ID,
        criterion: 'C7',
        ambition: 3,
        goal: 'Ouders kennen het dossier van hun kind.',
        knoster: {
          vision: 'Het dossier is van ouders en IKC samen.',
          skills: 'Training gespreksvoering.',
          incentives: 'Minder misverstanden.',
          resources: 'Twee uur per groep.',
          actionPlan: '',
        },
        knosterFindings: [],
        findings: { ...criteria[6], suggestions: undefined, parentNeeds: undefined },
        actions: [action],
        progress: null,
      },
    ],
    criteria,
    warnings: [
      {
        code: 'workload',
        severity: 'warning',
        message:
          'Extra werkdruk: het plan voegt startgesprekken toe, en volgens de meeste medewerkers blijven de vaste tienminutengesprekken bestaan.',
        evidence: [
          '60% van de 10 medewerkers die het wisten, zegt dat de vaste tienminutengesprekken (deels) blijven.',
        ],
      },
    ],
    overdue: [
      {
        actionId: ACTION_ID,
        goalId: GOAL_ID,
        title: action.title,
        owner: 'Directeur',
        dueOn: '2027-01-15',
        daysLate: 5,
      },
    ],
    updates: [],
    followUp: null,
    editable: true,
    committee: { decisions: [], comments: [], mayDecide: false, mayComment: true },
    createdAt: '2026-11-23T12:00:00',
    updatedAt: '2026-11-23T12:00:00',
    ...overrides,
  });
}

/** The committee's decision in force on the fixture's plan, as the overview shows it. */
const DECISION = {
  id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  subject: 'Subsidieaanvraag 2027',
  outcome: 'granted',
  amountCents: 1_250_000,
  decidedOn: '2027-01-12',
} as const;

export function overviewFixture(): Overview {
  const cells = (lv: Array<1 | 2 | 3 | null>, moves = false) =>
    lv.map((level, i) => ({
      criterion: `C${i + 1}`,
      level,
      label: level === null ? 'geen gegevens' : `${level}.0`,
      movement:
        moves && level !== null
          ? {
              before: 1,
              after: level,
              levelChange: level - 1,
              label: `1.0 → ${level}.0 (${level > 1 ? 'omhoog' : 'gelijk'})`,
            }
          : null,
    }));
  return OverviewSchema.parse({
    organisation: { id: ORG_ID, name: 'Gemeente Leeuwarden' },
    criteria: names.map((name, i) => ({ id: `C${i + 1}`, name })),
    today: '2027-01-20',
    total: 1,
    page: 1,
    pageSize: 25,
    locations: { matching: 2, total: 2 },
    refresh: { stale: 0, rows: 1 },
    ikcs: [
      {
        id: '77777777-7777-4777-8777-777777777777',
        name: 'IKC De Driehoek',
        locationCount: 2,
        locationTotal: 2,
        published: 1,
        pending: 0,
        // Noord's levels [2, 1, 3, 2, 3, 2, 2, 2, 3, 3]; Zuid has none.
        levels: [2, 1, 3, 2, 3, 2, 2, 2, 3, 3].map((level, i) => ({
          criterion: `C${i + 1}`,
          1: level === 1 ? 1 : 0,
          2: level === 2 ? 1 : 0,
          3: level === 3 ? 1 : 0,
          none: 1,
        })),
        plan: { plans: 1, goals: 2, actionsDone: 1, actionsTotal: 3, overdue: 1 },
        decision: { ...DECISION, location: { id: '66666666-6666-4666-8666-666666666666', name: 'Locatie Noord' } },
        locations: [
          {
            id: '66666666-6666-4666-8666-666666666666',
            name: 'Locatie Noord',
            round: {
              id: ROUND_ID,
              name: null,
              kind: 'follow_up',
              status: 'closed',
              opensOn: '2027-10-01',
              closesOn: '2027-10-28',
            },
            baseline: { id: '88888888-8888-4888-8888-888888888888', opensOn: '2026-10-01' },
            cells: cells([2, 1, 3, 2, 3, 2, 2, 2, 3, 3], true),
            plan: {
              id: PLAN_ID,
              title: 'Plan',
              roundId: ROUND_ID,
              goals: 2,
              actionsDone: 1,
              actionsTotal: 3,
              overdue: 1,
              decision: DECISION,
            },
          },
          {
            id: '99999999-9999-4999-8999-999999999999',
            name: 'Locatie Zuid',
            round: null,
            baseline: null,
            cells: cells([null, null, null, null, null, null, null, null, null, null]),
            plan: null,
          },
        ],
      },
    ],
  });
}
