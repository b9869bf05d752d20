import { AgreementsInputSchema, api, pathOf } from '@driehoek/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agreementsFixture, meetingDeck } from '../../test-support/meeting-data';
import { apiError, mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { ids } from '../../test-support/staff-data';
import PresentationPage from './presentation-page';

const server = mockApi();
const roundId = ids.round;
const team = { email: 'ikc@example.nl', name: 'Ilse', role: 'ikc' } as const;

function serve(deck = meetingDeck(), agreements: ReturnType<typeof agreementsFixture> | null = null) {
  server.use(
    http.get(pathOf(api.meetings.deck, { roundId }), () => HttpResponse.json(deck)),
    http.get(pathOf(api.meetings.agreements, { roundId }), () => HttpResponse.json({ agreements })),
  );
}

const counter = () => screen.getByText(/^Dia \d+ van 3$/).textContent;
const agreedItems = () =>
  within(screen.getByRole('region', { name: 'Afspraken uit de terugkoppeling' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the feedback meeting presentation', () => {
  it('walks through the slides with the keys a presenter and a clicker use, announcing each', async () => {
    serve();
    renderStaff(<PresentationPage roundId={roundId} />, { me: team });
    expect(await screen.findByRole('heading', { level: 2, name: 'Ouderbetrokkenheid bij Hoofdgebouw' })).toBeTruthy();
    expect(counter()).toBe('Dia 1 van 3');
    press('ArrowRight');
    expect(counter()).toBe('Dia 2 van 3');
    const shown = screen.getByRole('region', { name: 'Dia 2 van 3' });
    expect(within(shown).getByRole('heading', { level: 2 }).textContent).toBe('De driehoek: zo kijkt ieder ernaar');
    expect(screen.getByText('Dia 2 van 3: De driehoek: zo kijkt ieder ernaar').getAttribute('aria-live')).toBe(
      'polite',
    );
    const steps: Array<[string, string]> = [
      ['End', 'Dia 3 van 3'],
      ['PageDown', 'Dia 3 van 3'],
      ['PageUp', 'Dia 2 van 3'],
      ['Home', 'Dia 1 van 3'],
      ['ArrowLeft', 'Dia 1 van 3'],
      [' ', 'Dia 2 van 3'],
    ];
    for (const [key, expected] of steps) {
      press(key);
      expect(`${key}: ${counter()}`).toBe(`${key}: ${expected}`);
    }
    fireEvent.click(screen.getByRole('button', { name: '← Vorige' }));
    expect(counter()).toBe('Dia 1 van 3');
  });

  it('draws the triangle from the server’s picture, with the rows in words for a screen reader', async () => {
    serve();
    renderStaff(<PresentationPage roundId={roundId} />, { me: team });
    await screen.findByText('Dia 1 van 3');
    press('ArrowRight');
    const img = screen.getByRole('img', { name: /^De driehoek/ });
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(screen.getByText('C2 Inspraak in beleid: niveau 1.0 (ouders 1.0, medewerkers 3.0)')).toBeTruthy();
    expect(screen.getByText('C7 Open dossier: niveau geen')).toBeTruthy();
  });

  it('toggles the presenter notes with N, but not while typing in a field', async () => {
    serve();
    renderStaff(<PresentationPage roundId={roundId} />);
    await screen.findByText('Dia 1 van 3');
    expect(screen.queryByText('Doel van dit overleg: prioriteiten kiezen.')).toBeNull();
    press('n');
    const notes = screen.getByRole('complementary', { name: 'Notities voor de presentator' });
    expect(within(notes).getByText('Doel van dit overleg: prioriteiten kiezen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Notities (N)' }).getAttribute('aria-pressed')).toBe('true');
    press('ArrowRight');
    expect(screen.getByText('Verschillen tussen de kanten zijn geen fout.')).toBeTruthy();
    press('N', screen.getByLabelText('Notitie'));
    press('ArrowRight', screen.getByLabelText('Notitie'));
    expect(counter()).toBe('Dia 2 van 3');
    expect(screen.queryByRole('complementary', { name: 'Notities voor de presentator' })).not.toBeNull();
    press('N');
    expect(screen.queryByRole('complementary', { name: 'Notities voor de presentator' })).toBeNull();
  });

  it('asks the browser for full screen on the slides, and offers the PowerPoint and the PDF', async () => {
    serve();
    const requested: Element[] = [];
    const original = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function (this: Element) {
      requested.push(this);
      return Promise.resolve();
    };
    try {
      renderStaff(<PresentationPage roundId={roundId} />, { me: team });
      await screen.findByText('Dia 1 van 3');
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: 'Volledig scherm' }));
      });
      expect(requested).toHaveLength(1);
      expect(requested[0]?.querySelector('[aria-roledescription="dia"]')).not.toBeNull();
    } finally {
      Element.prototype.requestFullscreen = original;
    }
    expect(screen.getByRole('link', { name: 'PowerPoint downloaden' }).getAttribute('href')).toBe(
      pathOf(api.meetings.pptx, { roundId }),
    );
    expect(screen.getByRole('link', { name: 'PDF downloaden' }).getAttribute('href')).toBe(
      pathOf(api.meetings.pdf, { roundId }),
    );
  });

  it('leaves the PDF out where the server cannot make one', async () => {
    serve(meetingDeck({ pdfAvailable: false }));
    renderStaff(<PresentationPage roundId={roundId} />, { me: team });
    await screen.findByText('Dia 1 van 3');
    expect(screen.queryByRole('link', { name: 'PDF downloaden' })).toBeNull();
  });

  it('lets the researcher record the agreements, in order, with the CSRF header', async () => {
    serve();
    const sent: unknown[] = [];
    server.use(
      http.put(pathOf(api.meetings.saveAgreements, { roundId }), async ({ request }) => {
        expect(request.headers.get('x-driehoek-csrf')).toBe('1');
        const body = AgreementsInputSchema.parse(await request.json());
        sent.push(body);
        return HttpResponse.json(agreementsFixture({ ...body, note: body.note }));
      }),
    );
    renderStaff(<PresentationPage roundId={roundId} />);
    const form = await screen.findByRole('form', { name: 'Afspraken vastleggen' });
    fireEvent.change(within(form).getByLabelText('Datum van de terugkoppeling'), { target: { value: '2027-01-20' } });
    fireEvent.change(within(form).getByLabelText('Prioriteit 1'), { target: { value: 'C7' } });
    fireEvent.change(within(form).getByLabelText('Prioriteit 2 (niet verplicht)'), { target: { value: 'C2' } });
    fireEvent.change(within(form).getByLabelText('Notitie'), { target: { value: 'Eerst het open dossier.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Afspraken opslaan' }));
    expect(await screen.findByText('Afspraken opgeslagen.')).toBeTruthy();
    expect(sent).toEqual([{ metOn: '2027-01-20', priorities: ['C7', 'C2'], note: 'Eerst het open dossier.' }]);
    expect(agreedItems()).toEqual(['C7 Open dossier', 'C2 Inspraak in beleid']);
    expect(screen.getByRole('link', { name: 'Naar het plan van aanpak' }).getAttribute('href')).toBe(
      `/app/rondes/${roundId}/plan`,
    );
  });

  it('shows a refusal beside the field it names', async () => {
    serve();
    server.use(
      http.put(pathOf(api.meetings.saveAgreements, { roundId }), () =>
        apiError(400, 'validation', 'priorities: kies minstens één criterium als prioriteit', 'priorities'),
      ),
    );
    renderStaff(<PresentationPage roundId={roundId} />);
    const form = await screen.findByRole('form', { name: 'Afspraken vastleggen' });
    fireEvent.click(within(form).getByRole('button', { name: 'Afspraken opslaan' }));
    const select = within(form).getByLabelText('Prioriteit 1');
    expect(await within(form).findAllByText(/^kies minstens één criterium als prioriteit$/i)).not.toHaveLength(0);
    expect(select.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the IKC team what was agreed, without a form', async () => {
    serve(meetingDeck(), agreementsFixture());
    renderStaff(<PresentationPage roundId={roundId} />, { me: team });
    expect(await screen.findByText(/Vastgelegd op 20 januari 2027 door Ria Onderzoeker/)).toBeTruthy();
    expect(agreedItems()).toEqual(['C7 Open dossier', 'C2 Inspraak in beleid']);
    expect(screen.queryByRole('form', { name: 'Afspraken vastleggen' })).toBeNull();
  });

  it('says why there is nothing to present before publication', async () => {
    server.use(
      http.get(pathOf(api.meetings.deck, { roundId }), () =>
        apiError(409, 'conflict', 'Het rapport van deze ronde is nog niet gepubliceerd.'),
      ),
      http.get(pathOf(api.meetings.agreements, { roundId }), () => HttpResponse.json({ agreements: null })),
    );
    renderStaff(<PresentationPage roundId={roundId} />, { me: team });
    expect((await screen.findByRole('alert')).textContent).toContain('nog niet gepubliceerd');
  });
});
