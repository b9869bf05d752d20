import { type ReportView, ReportViewSchema, type Visit, VisitSchema } from '@driehoek/shared';
import { ids } from './staff-data';

// Report views as the server answers them, parsed by the shared contract so a changed contract breaks the tests.

export const VISIT_ID = '0b9a3c1e-4a1f-4a57-9d0e-1f2a3b4c5d07';

const reportRound = {
  id: ids.round,
  locationId: ids.location,
  location: 'Hoofdgebouw',
  ikc: 'IKC De Vlinder',
  organisation: 'Stichting Kindcentra Leeuwarden',
  kind: 'baseline',
  status: 'closed',
  name: 'Najaar 2026',
  opensOn: '2026-11-01',
  closesOn: '2026-12-15',
  modelVersion: 2,
  families: 120,
  pupils812: 80,
  professionals: 25,
};

const levels = [2, 1, 3, 2, null, 2, 1, 2, 3, 2] as const;

const report = {
  modelVersion: 2,
  instruments: [{ key: 'parents', version: 2, perspective: 'parents' }],
  respondents: { byPerspective: [], total: { suppressed: true } },
  criteria: [],
  items: [],
  overall: levels.map((level, i) => ({
    criterion: `C${i + 1}`,
    level,
    weightedMean: level,
    reportedMean: level,
    capped: false,
    explanation: {
      reasons: [],
      sentence: level === null ? 'Geen gegevens: te weinig antwoorden.' : `${level}.0: ouders ${level}.1 (n=40).`,
    },
  })),
  gaps: [],
  tags: [],
  mysteryGuest: { touchpoints: [], evidence: [] },
  openAnswers: [],
};

const criterionNames = [
  'Gedeelde visie',
  'Ouders praten mee',
  'Welkom voelen',
  'Samen verantwoordelijk',
  'Gelijkwaardige gesprekken',
  'Ouders onder elkaar',
  'Het dossier samen',
  'Doen wat ouders zeggen',
  'Afspraken op maat',
  'Duidelijke regels',
].map((name, i) => ({ id: `C${i + 1}`, name }));

const emptyJudgement = { summary: { strengths: '', improvements: '', advice: '' }, criteria: [], quotes: [] };

/** The researcher's draft of a closed round that was never published, with two things still to do. */
export function draftView(overrides: Partial<Extract<ReportView, { state: 'draft' }>> = {}) {
  return ReportViewSchema.parse({
    state: 'draft',
    criterionNames,
    round: reportRound,
    report,
    comparison: null,
    judgement: emptyJudgement,
    todo: [
      { key: 'open-answers', text: '3 open antwoorden niet beoordeeld' },
      { key: 'summary', text: 'geen samenvatting (sterke punten, verbeterpunten, advies)' },
    ],
    published: null,
    ...overrides,
  }) as Extract<ReportView, { state: 'draft' }>;
}

/** The publication as the IKC team reads it: a summary, and C2 set to 2.0 by the researcher. */
export function publishedView() {
  return ReportViewSchema.parse({
    state: 'published',
    criterionNames,
    round: { ...reportRound, status: 'reported' },
    report,
    comparison: null,
    judgement: {
      summary: {
        strengths: 'Ouders voelen zich welkom bij de voordeur.',
        improvements: 'Betrek ouders bij het beleid.',
        advice: '',
      },
      criteria: [
        {
          criterion: 'C2',
          interpretation: 'De ouderraad praat mee over het beleid.',
          adjustedLevel: 2,
          reason: 'de ouderraad is dit jaar opgericht',
          by: 'Ria Onderzoeker',
          at: '2027-01-10T10:00',
        },
      ],
      quotes: [],
    },
    publication: { version: 1, publishedAt: '2027-01-12T09:30', publishedBy: 'Ria Onderzoeker' },
  });
}

/** Before publication: counts only, the children below the minimum group size. */
export function unpublishedView() {
  return ReportViewSchema.parse({
    state: 'unpublished',
    round: reportRound,
    counts: [
      { audience: 'parents', complete: 41, partial: 6 },
      { audience: 'children', complete: null, partial: null },
    ],
  });
}

/** A phone visit with a note and two ticks, and the bit of its form the quotes picker reads. */
export function phoneVisit(): Visit {
  return VisitSchema.parse({
    id: VISIT_ID,
    roundId: ids.round,
    instrument: { key: 'mg-phone', version: 2 },
    visitedOn: '2026-11-20',
    answers: { mg_rater: 'A1', mg_notes: 'Vriendelijk, maar ik werd drie keer doorverbonden.', ph_answered: 'partly' },
    recordedBy: 'Ria Onderzoeker',
    updatedAt: '2026-11-20T10:00:00',
  });
}

export const phoneForm = {
  key: 'mg-phone',
  version: 2,
  perspective: 'mystery-guest',
  locales: ['nl'],
  outline: [],
  survey: {
    pages: [
      {
        elements: [
          { type: 'text', name: 'mg_rater', title: { default: 'Jouw code als observant' } },
          { type: 'comment', name: 'mg_notes', title: { default: 'Notities: wat viel op?' } },
          {
            type: 'radiogroup',
            name: 'ph_answered',
            title: { default: 'De telefoon werd opgenomen.' },
            choices: [
              { value: 'yes', text: { default: 'Ja' } },
              { value: 'partly', text: { default: 'Deels' } },
              { value: 'no', text: { default: 'Nee' } },
            ],
          },
        ],
      },
    ],
  },
};
