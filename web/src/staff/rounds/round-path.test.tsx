import { api } from '@driehoek/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { draftView } from '../../test-support/report-data';
import { round } from '../../test-support/staff-data';
import { RoundPath, roundPathSteps } from './round-path';

const server = mockApi();

const states = (steps: ReturnType<typeof roundPathSteps>) => steps.map((s) => `${s.name}: ${s.state}`);
const stepTexts = () =>
  within(screen.getByRole('list', { name: 'Verloop van de ronde' }))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('round-path__step'))
    .map((li) => li.textContent);

describe('the path of a round', () => {
  it('marks each step done, now, next or later by the round’s status and the draft’s to-do list', () => {
    expect(states(roundPathSteps('open', null))).toEqual([
      'Open: current',
      'Gesloten: next',
      'Rapport beoordeeld: later',
      'Gepubliceerd: later',
      'Gepresenteerd: later',
    ]);
    expect(states(roundPathSteps('closed', [{ key: 'summary', text: 'geen samenvatting' }]))).toEqual([
      'Open: done',
      'Gesloten: done',
      'Rapport beoordeeld: current',
      'Gepubliceerd: next',
      'Gepresenteerd: later',
    ]);
    // Responses still missing is no part of reviewing: the review is done, publishing is what is left.
    expect(states(roundPathSteps('closed', [{ key: 'responses', text: 'geen antwoorden' }]))[3]).toBe(
      'Gepubliceerd: current',
    );
    expect(states(roundPathSteps('reported', null))).toEqual([
      'Open: done',
      'Gesloten: done',
      'Rapport beoordeeld: done',
      'Gepubliceerd: done',
      'Gepresenteerd: next',
    ]);
  });

  it('shows a researcher what the draft still needs, in words', async () => {
    server.use(http.get(api.reports.get.path, () => HttpResponse.json(draftView())));
    renderStaff(<RoundPath round={round({ status: 'closed' })} />);
    expect(await screen.findByText('3 open antwoorden niet beoordeeld')).toBeTruthy();
    expect(screen.getByText(/geen samenvatting/)).toBeTruthy();
    expect(stepTexts()).toEqual([
      'Open (klaar)',
      'Gesloten (klaar)',
      expect.stringMatching(/^Rapport beoordeeld \(nu\)3 open antwoorden niet beoordeeld/),
      'Gepubliceerd (volgende stap)',
      'Gepresenteerd (later)na de terugkoppeling met het team',
    ]);
    const current = document.querySelector('[aria-current="step"]');
    expect(current?.textContent).toBe('Rapport beoordeeld (nu)');
    expect(screen.getByRole('link', { name: 'Naar het rapport' }).getAttribute('href')).toBe(
      `/app/rondes/${round().id}/rapport`,
    );
  });

  it('shows the IKC team the path of a published round without asking for the draft', async () => {
    const asked: string[] = [];
    server.use(
      http.get(api.reports.get.path, () => {
        asked.push('report');
        return HttpResponse.json(draftView());
      }),
      http.get(api.meetings.agreements.path, () => {
        asked.push('agreements');
        return HttpResponse.json({ agreements: null });
      }),
    );
    renderStaff(<RoundPath round={round({ status: 'reported' })} />, {
      me: { email: 'ikc@example.nl', name: 'Ilse', role: 'ikc' },
    });
    await waitFor(() => expect(asked).toEqual(['agreements']));
    expect(stepTexts()).toEqual([
      'Open (klaar)',
      'Gesloten (klaar)',
      'Rapport beoordeeld (klaar)',
      'Gepubliceerd (klaar)',
      'Gepresenteerd (volgende stap)na de terugkoppeling met het team',
    ]);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('marks the round presented once the meeting’s agreements are recorded', async () => {
    server.use(
      http.get(api.meetings.agreements.path, () =>
        HttpResponse.json({
          agreements: {
            metOn: '2027-01-12',
            priorities: ['C5'],
            note: '',
            publicationVersion: 1,
            recordedBy: 'Ria Onderzoeker',
            recordedAt: '2027-01-12T16:00',
          },
        }),
      ),
    );
    renderStaff(<RoundPath round={round({ status: 'reported' })} />, {
      me: { email: 'ikc@example.nl', name: 'Ilse', role: 'ikc' },
    });
    expect(await screen.findByText('teruggekoppeld op 12 januari 2027')).toBeTruthy();
    expect(stepTexts().at(-1)).toBe('Gepresenteerd (klaar)teruggekoppeld op 12 januari 2027');
  });
});
