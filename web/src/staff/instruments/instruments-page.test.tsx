import { api, type InstrumentView } from '@driehoek/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import InstrumentsPage from './instruments-page';

const server = mockApi();

const parents: InstrumentView = {
  key: 'parents',
  version: 2,
  perspective: 'parents',
  locales: ['nl', 'ar'],
  survey: {
    pages: [
      {
        elements: [
          {
            type: 'radiogroup',
            name: 'p_c7_report',
            title: { default: 'Hoe gaat het met het rapport van uw kind?', ar: 'كيف يسير تقرير طفلك؟' },
            choices: [
              { value: '1', text: { default: 'Ik krijg het mee naar huis' } },
              { value: '3', text: { default: 'We bespreken het samen' } },
            ],
          },
        ],
      },
    ],
  },
  outline: [
    {
      name: 'p_c7_report',
      title: 'Hoe gaat het met het rapport van uw kind?',
      concept: 'parents.c7.report-discussed',
      kind: 'scored',
      criterion: 'C7',
      route: 'Ouders van een kind op de school (groep 1 tot en met 8)',
      options: [
        { value: '1', label: 'Ik krijg het mee naar huis', score: 1, pointsTo: [] },
        { value: '3', label: 'We bespreken het samen', score: 3, pointsTo: [] },
        { value: 'dk', label: 'Weet ik niet', score: 'dk', pointsTo: [] },
      ],
      tags: [],
      changeNote: 'Continues parents.c7.discussed-first for school parents only.',
    },
  ],
};

describe('the questionnaire preview', () => {
  it('shows beside the live form who is asked each question and what each answer scores', async () => {
    server.use(
      http.get(api.instruments.list.path, () =>
        HttpResponse.json({ items: [{ key: 'parents', version: 2, perspective: 'parents', locales: ['nl', 'ar'] }] }),
      ),
      http.get(api.instruments.get.path, () => HttpResponse.json(parents)),
    );
    renderStaff(<InstrumentsPage />);
    fireEvent.change(await screen.findByLabelText('Vragenlijst en versie'), { target: { value: 'parents@2' } });
    const outline = await screen.findByRole('region', { name: 'Opbouw en scoring' });
    expect(within(outline).getByText(/C7 · telt mee · alleen voor: Ouders van een kind op de school/)).toBeTruthy();
    const rows = within(outline)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'AntwoordNiveau',
      'Ik krijg het mee naar huis1.0',
      'We bespreken het samen3.0',
      'Weet ik niettelt niet (weet ik niet)',
    ]);
    expect(within(outline).getByText(/Continues parents\.c7\.discussed-first/)).toBeTruthy();
  });
});
