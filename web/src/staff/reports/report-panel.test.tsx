import { api, type ReportView } from '@driehoek/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { draftView, phoneForm, phoneVisit, publishedView, unpublishedView } from '../../test-support/report-data';
import { round } from '../../test-support/staff-data';
import { ReportPanel } from './report-panel';

const server = mockApi();
const ikc = { email: 'ikc@example.nl', name: 'Ilse', role: 'ikc' } as const;

/** The report view, and what every Rapport tab asks besides: PDF availability, visits and their forms. */
function serve(view: ReportView, visits = [phoneVisit()]) {
  server.use(
    http.get(api.reports.get.path, () => HttpResponse.json(view)),
    http.get(api.reports.pdfAvailable.path, () => HttpResponse.json({ available: false })),
    http.get(api.visits.list.path, () => HttpResponse.json({ items: visits })),
    http.get(api.instruments.get.path, () => HttpResponse.json(phoneForm)),
  );
}

const region = (name: RegExp | string) => screen.getByRole('region', { name });

describe('the researcher’s draft report', () => {
  it('shows the draft band and what is still to do, and saves the summary', async () => {
    serve(draftView());
    const bodies: unknown[] = [];
    server.use(
      http.put(api.reports.summary.path, async ({ request }) => {
        const body = (await request.json()) as Record<string, string>;
        bodies.push(body);
        return HttpResponse.json({ summary: body, criteria: [], quotes: [] });
      }),
    );
    renderStaff(<ReportPanel round={round({ status: 'closed' })} />);
    expect(await screen.findByText('Concept — niet gepubliceerd')).toBeTruthy();
    const todo = region('Nog te doen');
    expect(within(todo).getByText('3 open antwoorden niet beoordeeld')).toBeTruthy();
    expect(within(todo).getByText(/geen samenvatting/)).toBeTruthy();

    const summary = region('Samenvatting');
    fireEvent.change(within(summary).getByLabelText('Wat goed gaat'), { target: { value: 'Een warm welkom.' } });
    fireEvent.change(within(summary).getByLabelText('Advies'), { target: { value: 'Start met startgesprekken.' } });
    fireEvent.click(within(summary).getByRole('button', { name: 'Samenvatting opslaan' }));
    expect(await within(summary).findByText('Samenvatting opgeslagen.')).toBeTruthy();
    expect(bodies).toEqual([{ strengths: 'Een warm welkom.', improvements: '', advice: 'Start met startgesprekken.' }]);
  });

  it('shows the server’s message beside the reason when a level is set without one', async () => {
    serve(draftView());
    const sent: unknown[] = [];
    server.use(
      http.put(api.reports.judgeCriterion.path, async ({ request, params }) => {
        sent.push([params.criterion, await request.json()]);
        return apiError(
          400,
          'validation',
          'reason: schrijf waarom u een ander niveau vaststelt dan berekend',
          'reason',
        );
      }),
    );
    renderStaff(<ReportPanel round={round({ status: 'closed' })} />);
    const c2 = await screen.findByRole('region', { name: 'C2 Ouders praten mee' });
    expect(within(c2).getByText('1.0: ouders 1.1 (n=40).')).toBeTruthy();
    fireEvent.change(within(c2).getByLabelText(/Vastgesteld niveau/), { target: { value: '2' } });
    fireEvent.click(within(c2).getByRole('button', { name: 'Oordeel opslaan over C2 Ouders praten mee' }));

    const alert = within(c2).getByRole('alert');
    await vi.waitFor(() => expect(alert.textContent).toBe('Schrijf waarom u een ander niveau vaststelt dan berekend'));
    const reason = within(c2).getByLabelText(/^Reden/);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([['C2', { interpretation: '', adjustedLevel: 2, reason: '' }]]);
  });

  it('asks before publishing, names what is still open, and shows the publication after', async () => {
    serve(draftView());
    const onChange = vi.fn();
    let published = 0;
    server.use(
      http.post(api.reports.publish.path, () => {
        published++;
        return HttpResponse.json(
          draftView({
            round: { ...draftView().round, status: 'reported' },
            published: { version: 1, publishedAt: '2027-01-12T09:30', publishedBy: 'Ria Onderzoeker', changes: [] },
          }),
        );
      }),
    );
    renderStaff(<ReportPanel round={round({ status: 'closed' })} onChange={onChange} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Publiceren' }));
    const confirm = screen.getByRole('group', { name: 'Het rapport publiceren?' });
    expect(within(confirm).getByText('Nog niet alles is gedaan:')).toBeTruthy();
    expect(within(confirm).getByText('3 open antwoorden niet beoordeeld')).toBeTruthy();
    expect(published).toBe(0);

    fireEvent.click(within(confirm).getByRole('button', { name: 'Toch publiceren' }));
    expect(await screen.findByText(/^Gepubliceerd \(versie 1, .*, door Ria Onderzoeker\)$/)).toBeTruthy();
    expect(published).toBe(1);
    expect(onChange).toHaveBeenCalled();
    expect(screen.getByText('Het rapport is gepubliceerd (versie 1).')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Zoals lezers het zien/ }).getAttribute('href')).toBe(
      `/api/reports/${draftView().round.id}/html?version=published`,
    );
    expect(screen.getByRole('button', { name: 'Publicatie intrekken' })).toBeTruthy();
  });

  it('lists what changed since the publication, and retracts only with the reason the server accepts', async () => {
    serve(
      draftView({
        round: { ...draftView().round, status: 'reported' },
        todo: [],
        published: {
          version: 2,
          publishedAt: '2027-01-12T09:30',
          publishedBy: null,
          changes: ['C2: 1.0 → 2.0', 'de samenvatting is gewijzigd'],
        },
      }),
    );
    server.use(
      http.post(api.reports.retract.path, () =>
        apiError(
          400,
          'validation',
          'reason: schrijf in een paar woorden waarom de publicatie wordt ingetrokken',
          'reason',
        ),
      ),
    );
    renderStaff(<ReportPanel round={round({ status: 'reported' })} />);
    expect(await screen.findByText('Gewijzigd sinds publicatie:')).toBeTruthy();
    expect(screen.getByText('C2: 1.0 → 2.0')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw publiceren' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Publicatie intrekken' }));
    const form = screen.getByRole('form', { name: 'Publicatie intrekken' });
    fireEvent.change(within(form).getByLabelText(/Waarom trekt u/), { target: { value: 'te kort' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Publicatie intrekken' }));
    const alert = within(form).getByRole('alert');
    await vi.waitFor(() =>
      expect(alert.textContent).toBe('Schrijf in een paar woorden waarom de publicatie wordt ingetrokken'),
    );
    expect(
      within(form)
        .getByLabelText(/Waarom trekt u/)
        .getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('offers the visits’ notes and ticks as quotes and saves the chosen ones', async () => {
    serve(draftView());
    const bodies: unknown[] = [];
    server.use(
      http.put(api.reports.quotes.path, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({
          summary: { strengths: '', improvements: '', advice: '' },
          criteria: [],
          quotes: [
            {
              visitId: phoneVisit().id,
              question: 'mg_notes',
              touchpoint: 'Telefoon',
              visitedOn: '2026-11-20',
              title: 'Notities: wat viel op?',
              text: 'Vriendelijk, maar ik werd drie keer doorverbonden.',
            },
          ],
        });
      }),
    );
    renderStaff(<ReportPanel round={round({ status: 'closed' })} />);
    const visit = await screen.findByRole('group', { name: 'Telefoon, bezoek van 20 nov 2026' });
    expect(within(visit).queryByText(/A1/)).toBeNull();
    expect(within(visit).getByText('Waarnemingen (1)')).toBeTruthy();
    expect(within(visit).getByLabelText(/De telefoon werd opgenomen\. — Deels/)).toBeTruthy();
    fireEvent.click(within(visit).getByLabelText(/drie keer doorverbonden/));
    fireEvent.click(screen.getByRole('button', { name: 'Citaten opslaan' }));
    expect(await screen.findByText('1 citaat opgeslagen.')).toBeTruthy();
    expect(bodies).toEqual([{ quotes: [{ visitId: phoneVisit().id, question: 'mg_notes' }] }]);
  });
});

describe('a round below the minimum group size', () => {
  it('says so in one sentence above the report and beside the exports, instead of promising all answers', async () => {
    const view = draftView();
    const respondents = {
      byPerspective: [{ suppressed: true as const, perspective: 'parents' as const }],
      total: { suppressed: true as const },
    };
    const criteria = view.report.criteria.map((c) => ({
      suppressed: true as const,
      criterion: c.criterion,
      perspective: c.perspective,
    }));
    serve(
      {
        ...view,
        report: {
          ...view.report,
          criteria,
          respondents,
          overall: view.report.overall.map((o) => ({ ...o, level: null })),
        },
      },
      [],
    );
    renderStaff(<ReportPanel round={round({ status: 'closed' })} />);
    const sentences = await screen.findAllByText(/^Te weinig antwoorden om over te rapporteren: /);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]?.textContent).toMatch(/bleven onder de 5 volledig ingevulde vragenlijsten/);
    expect(screen.getByText(/Daarom staan er in de bestanden geen antwoorden van die groepen\.$/)).toBeTruthy();
    expect(screen.queryByText(/wel alle antwoorden/)).toBeNull();
  });

  it('shows the IKC team the sentence instead of a table of hidden levels', async () => {
    const view = publishedView();
    if (view.state !== 'published') throw new Error('fixture is a publication');
    const criteria = view.report.criteria.map((c) => ({
      suppressed: true as const,
      criterion: c.criterion,
      perspective: c.perspective,
    }));
    const respondents = {
      byPerspective: [{ suppressed: true as const, perspective: 'parents' as const }],
      total: { suppressed: true as const },
    };
    serve(
      {
        ...view,
        report: {
          ...view.report,
          criteria,
          respondents,
          overall: view.report.overall.map((o) => ({ ...o, level: null })),
        },
      },
      [],
    );
    renderStaff(<ReportPanel round={round({ status: 'reported' })} />, { me: ikc });
    expect(
      await screen.findByText(/^Te weinig antwoorden om over te rapporteren: ouders bleven onder de 5/),
    ).toBeTruthy();
    expect(screen.getByText(/^Gepubliceerd \(versie 1, /)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Niveaus per criterium' })).toBeNull();
  });

  it('promises the exports only the answers of groups large enough to show', async () => {
    serve(draftView());
    renderStaff(<ReportPanel round={round({ status: 'closed' })} />);
    expect(await screen.findByText(/wel alle antwoorden van elke groep die groot genoeg is om te tonen/)).toBeTruthy();
    expect(screen.queryByText(/^Te weinig antwoorden/)).toBeNull();
  });
});

describe('the report as the IKC team sees it', () => {
  it('shows the publication: its stamp, the summary and the researcher’s level beside the computed one', async () => {
    serve(publishedView());
    renderStaff(<ReportPanel round={round({ status: 'reported' })} />, { me: ikc });
    expect(await screen.findByText(/^Gepubliceerd \(versie 1, .*, door Ria Onderzoeker\)$/)).toBeTruthy();
    const summary = region('Samenvatting van de onderzoeker');
    expect(within(summary).getByText('Ouders voelen zich welkom bij de voordeur.')).toBeTruthy();
    expect(within(summary).queryByRole('heading', { name: 'Advies' })).toBeNull();
    const c2 = screen.getByRole('rowheader', { name: 'C2 Ouders praten mee' }).closest('tr') as HTMLElement;
    expect(within(c2).getByText('2.0')).toBeTruthy();
    expect(within(c2).getByText('vastgesteld door de onderzoeker')).toBeTruthy();
    expect(
      within(c2).getByText(
        'Vastgesteld 2.0 door de onderzoeker, berekend 1.0 — reden: de ouderraad is dit jaar opgericht',
      ),
    ).toBeTruthy();
    expect(within(c2).getByText('1.0: ouders 1.1 (n=40).')).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Rapport openen/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /publiceren/i })).toBeNull();
    expect(screen.queryByLabelText('Wat goed gaat')).toBeNull();
  });

  it('shows counts only before publication, a small group without a number', async () => {
    serve(unpublishedView());
    renderStaff(<ReportPanel round={round({ status: 'closed' })} />, { me: ikc });
    expect(await screen.findByText('Het rapport is nog niet gepubliceerd')).toBeTruthy();
    const parents = screen.getByRole('rowheader', { name: 'Ouders' }).closest('tr') as HTMLElement;
    expect(
      within(parents)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['41', '6']);
    const children = screen.getByRole('rowheader', { name: 'Kinderen' }).closest('tr') as HTMLElement;
    expect(
      within(children)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['minder dan 5', 'minder dan 5']);
    expect(screen.queryByText(/Niveaus per criterium/)).toBeNull();
    expect(screen.queryByRole('link', { name: /^Rapport openen/ })).toBeNull();
  });
});
