import { type Agreements, AgreementsSchema, type MeetingDeck, MeetingDeckSchema } from '@driehoek/shared';
import { ids } from './staff-data';

// The feedback meeting as the server answers it, parsed by the shared contract so a changed contract breaks the tests.

/** Three slides: a title, the triangle and the questions, each with presenter notes. */
export function meetingDeck(overrides: Partial<MeetingDeck> = {}): MeetingDeck {
  return MeetingDeckSchema.parse({
    deck: {
      title: 'Terugkoppeling ouderbetrokkenheid — Hoofdgebouw',
      location: 'Hoofdgebouw',
      ikc: 'IKC De Vlinder',
      roundId: ids.round,
      publication: { version: 1, publishedAt: '2027-01-12T09:30' },
      slides: [
        {
          key: 'title',
          title: 'Ouderbetrokkenheid bij Hoofdgebouw',
          blocks: [{ type: 'text', text: 'IKC De Vlinder · Najaar 2026' }],
          notes: ['Doel van dit overleg: prioriteiten kiezen.'],
        },
        {
          key: 'triangle',
          title: 'De driehoek: zo kijkt ieder ernaar',
          blocks: [
            {
              type: 'triangle',
              perspectives: ['parents', 'professionals'],
              rows: [
                {
                  criterion: 'C2',
                  name: 'Inspraak in beleid',
                  level: 1,
                  marks: [
                    { perspective: 'parents', mean: 1.3, level: 1 },
                    { perspective: 'professionals', mean: 2.4, level: 3 },
                  ],
                },
                { criterion: 'C7', name: 'Open dossier', level: null, marks: [] },
              ],
            },
          ],
          notes: ['Verschillen tussen de kanten zijn geen fout.'],
        },
        {
          key: 'questions',
          title: 'Om over te praten',
          blocks: [
            {
              type: 'points',
              points: [
                {
                  criterion: null,
                  title: null,
                  text: 'Welke twee of drie criteria kiezen we als prioriteit voor het plan van aanpak?',
                },
              ],
            },
          ],
          notes: ['Laat eerst iedereen kort reageren.'],
        },
      ],
    },
    pictures: { triangle: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 620"></svg>' },
    pdfAvailable: true,
    ...overrides,
  });
}

export function agreementsFixture(overrides: Partial<Agreements> = {}): Agreements {
  return AgreementsSchema.parse({
    metOn: '2027-01-20',
    priorities: ['C7', 'C2'],
    note: 'Eerst het open dossier.',
    publicationVersion: 1,
    recordedBy: 'Ria Onderzoeker',
    recordedAt: '2027-01-21T10:00',
    ...overrides,
  });
}
