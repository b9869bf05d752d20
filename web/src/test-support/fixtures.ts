import { type LinkView, LinkViewSchema, type Me, type Monitor, MonitorSchema } from '@driehoek/shared';

export const linkId = 'Abcdefghijklmnopqrstuv';

/** A two-page parents questionnaire in the instrument format: Dutch default strings plus English. */
export const surveyJson = {
  title: { default: 'Vragenlijst voor ouders', en: 'Questionnaire for parents' },
  showQuestionNumbers: 'off',
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'radiogroup',
          name: 'c5_asked_about_child',
          title: {
            default: 'De leerkracht vraagt mij wat ik weet over mijn kind.',
            en: 'The teacher asks me what I know about my child.',
          },
          choices: [
            { value: 1, text: { default: 'Nooit', en: 'Never' } },
            { value: 2, text: { default: 'Soms', en: 'Sometimes' } },
            { value: 3, text: { default: 'Vaak', en: 'Often' } },
          ],
        },
      ],
    },
    {
      name: 'p2',
      elements: [
        {
          type: 'comment',
          name: 'open_goes_well',
          title: { default: 'Wat gaat goed?', en: 'What goes well?' },
        },
      ],
    },
  ],
};

export function linkView(overrides: Partial<LinkView> = {}): LinkView {
  return LinkViewSchema.parse({
    linkId,
    audience: 'parents',
    instrument: { key: 'parents', version: 1 },
    locales: ['nl', 'en', 'ar'],
    survey: surveyJson,
    minutes: 4,
    organisation: 'Stichting Kindcentra Leeuwarden',
    ikc: 'IKC De Vlinder',
    location: 'Hoofdgebouw',
    round: { opensOn: '2026-11-01', closesOn: '2026-12-15' },
    requiresCode: false,
    ...overrides,
  });
}

export const me: Me = { email: 'onderzoeker@example.nl', name: 'Ria Onderzoeker', role: 'researcher' };

export const monitor: Monitor = MonitorSchema.parse({
  rows: [
    {
      roundId: 'r1',
      organisation: 'Stichting Kindcentra Leeuwarden',
      ikc: 'IKC De Vlinder',
      location: 'Hoofdgebouw',
      audience: 'parents',
      linkId,
      roundStatus: 'open',
      opensOn: '2026-11-01',
      closesOn: '2026-12-15',
      partial: 4,
      complete: 17,
    },
    {
      roundId: 'r1',
      organisation: 'Stichting Kindcentra Leeuwarden',
      ikc: 'IKC De Vlinder',
      location: 'Hoofdgebouw',
      audience: 'professionals',
      linkId: 'Zyxwvutsrqponmlkjihgfe',
      roundStatus: 'open',
      opensOn: '2026-11-01',
      closesOn: '2026-12-15',
      partial: 0,
      complete: 9,
    },
  ],
});
