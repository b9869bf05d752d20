import { api, pathOf } from '@driehoek/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../../test-support/msw';
import { ORG_ID, overviewFixture, ROUND_ID } from '../../test-support/plan-data';
import { OverviewPage } from './overview-page';

const server = mockApi();

describe('the municipality overview page', () => {
  it('shows levels as colour and text, movement in words, and plan status per IKC', async () => {
    server.use(
      http.get(pathOf(api.overview.get, { organisationId: ORG_ID }), () => HttpResponse.json(overviewFixture())),
    );
    render(<OverviewPage organisationId={ORG_ID} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Overzicht Gemeente Leeuwarden' })).toBeTruthy();
    const noord = screen.getByRole('rowheader', { name: 'Locatie Noord' }).closest('tr') as HTMLElement;
    const cells = within(noord).getAllByRole('cell');
    // Round, ten criteria, plan.
    expect(cells).toHaveLength(12);
    expect(cells[1]?.className).toContain('plan-level--2');
    expect(cells[1]?.textContent).toContain('2.0');
    expect(cells[1]?.textContent).toContain('beweging 1.0 → 2.0 (omhoog)');
    expect(cells[11]?.textContent).toBe('2 doelen, 1/3 acties klaar, 1 te laat · commissie: toegekend');
    expect(
      within(cells[11] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe(`/app/rondes/${ROUND_ID}/plan`);
    const zuid = screen.getByRole('rowheader', { name: 'Locatie Zuid' }).closest('tr') as HTMLElement;
    expect(within(zuid).getAllByText('geen gegevens')).toHaveLength(10);
    expect(within(zuid).getByText('nog geen gepubliceerd rapport')).toBeTruthy();
    const plans = screen.getByRole('rowheader', { name: 'IKC De Driehoek' }).closest('tr') as HTMLElement;
    expect(within(plans).getByText('1 van 3')).toBeTruthy();
    // The committee's decision in force beside the plan status, with what it is about and where.
    expect(within(plans).getAllByRole('cell').at(-1)?.textContent).toBe(
      'Toegekend: € 12.500Subsidieaanvraag 2027, Locatie Noord, 12 jan 2027',
    );
    expect(screen.getByRole('link', { name: 'Overzicht downloaden (Excel)' }).getAttribute('href')).toBe(
      pathOf(api.overview.xlsx, { organisationId: ORG_ID }),
    );
  });

  it('marks the researcher’s levels and says which closed rounds are not published yet', async () => {
    const overview = overviewFixture();
    const [noord, zuid] = overview.ikcs[0]?.locations ?? [];
    if (!noord || !zuid) throw new Error('fixture has two locations');
    const cell = noord.cells[1];
    if (cell) cell.adjusted = true;
    const pending = {
      id: ROUND_ID,
      name: null,
      kind: 'follow_up',
      opensOn: '2028-10-01',
      closesOn: '2028-10-28',
    } as const;
    noord.pending = pending;
    zuid.pending = { ...pending, kind: 'baseline' };
    server.use(http.get(pathOf(api.overview.get, { organisationId: ORG_ID }), () => HttpResponse.json(overview)));
    render(<OverviewPage organisationId={ORG_ID} />);
    const legend = await screen.findByRole('list', { name: 'Legenda' });
    expect(within(legend).getByText(/\* vastgesteld door de onderzoeker/)).toBeTruthy();
    const noordRow = screen.getByRole('rowheader', { name: 'Locatie Noord' }).closest('tr') as HTMLElement;
    const cells = within(noordRow).getAllByRole('cell');
    expect(cells[2]?.textContent).toMatch(/^1\.0\*, vastgesteld door de onderzoeker/);
    expect(cells[1]?.textContent).not.toContain('vastgesteld');
    expect(cells[0]?.textContent).toContain('vervolgmeting 1 okt 2028: nog niet gepubliceerd');
    const zuidRow = screen.getByRole('rowheader', { name: 'Locatie Zuid' }).closest('tr') as HTMLElement;
    expect(within(zuidRow).getAllByRole('cell')[0]?.textContent).toBe('nulmeting 1 okt 2028, nog niet gepubliceerd');
  });

  it('loads a large IKC’s locations on demand, and sends filter, sort and page to the server', async () => {
    const overview = overviewFixture();
    const ikc = overview.ikcs[0];
    if (!ikc) throw new Error('fixture has an IKC');
    const locations = ikc.locations ?? [];
    ikc.locations = null;
    Object.assign(overview, { total: 60, pageSize: 25, refresh: { stale: 40, rows: 600 } });
    const asked: string[] = [];
    server.use(
      http.get(pathOf(api.overview.get, { organisationId: ORG_ID }), ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(overview);
      }),
      http.get(pathOf(api.overview.locations, { organisationId: ORG_ID, ikcId: ikc.id }), ({ request }) => {
        asked.push(`locations${new URL(request.url).search}`);
        return HttpResponse.json({ locations });
      }),
    );
    render(<OverviewPage organisationId={ORG_ID} />);
    await screen.findByRole('heading', { level: 1, name: 'Overzicht Gemeente Leeuwarden' });
    // The IKC's summary: per criterion how many locations at each level, the locations not rendered yet.
    const summary = screen.getByRole('rowheader', { name: '2 locaties' }).closest('tr') as HTMLElement;
    expect(within(summary).getAllByRole('cell')[1]?.textContent).toBe('1 1 op 2.0,1 1 op geen gegevens,');
    expect(screen.queryByRole('rowheader', { name: 'Locatie Noord' })).toBeNull();
    expect(screen.getByText('Pagina 1 van 3')).toBeTruthy();
    // The background job's progress after a new scoring revision.
    expect(screen.getByText(/nog 40 van 600 locaties/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Locaties tonen van IKC De Driehoek' }));
    expect(await screen.findByRole('rowheader', { name: 'Locatie Noord' })).toBeTruthy();
    expect(asked).toEqual(['?page=1&pageSize=25', 'locations']);

    fireEvent.change(screen.getByLabelText('Criterium'), { target: { value: 'C3' } });
    fireEvent.change(screen.getByLabelText('Niveau'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Plan van aanpak'), { target: { value: 'overdue' } });
    fireEvent.change(screen.getByLabelText('Sorteren op'), { target: { value: 'C3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toepassen' }));
    await screen.findByRole('button', { name: 'Locaties tonen van IKC De Driehoek' });
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    expect(asked[2]).toBe('?criterion=C3&level=1&plan=overdue&sort=C3&page=1&pageSize=25');
    expect(screen.getByRole('link', { name: 'Overzicht downloaden (Excel)' }).getAttribute('href')).toBe(
      `${pathOf(api.overview.xlsx, { organisationId: ORG_ID })}?criterion=C3&level=1&plan=overdue&sort=C3`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await vi.waitFor(() => expect(asked).toHaveLength(4));
    expect(asked[3]).toContain('page=2');
  });

  it('says when the retention period removed a round’s raw answers, beside the levels that stay', async () => {
    const overview = overviewFixture();
    const noord = overview.ikcs[0]?.locations?.[0];
    if (!noord?.round) throw new Error('fixture has a published round');
    noord.round = { ...noord.round, rawDataDeletedOn: '2028-11-30' };
    server.use(http.get(pathOf(api.overview.get, { organisationId: ORG_ID }), () => HttpResponse.json(overview)));
    render(<OverviewPage organisationId={ORG_ID} />);
    const row = (await screen.findByRole('rowheader', { name: 'Locatie Noord' })).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell')[0]?.textContent).toContain(
      'ruwe antwoorden verwijderd op 30 nov 2028 (bewaartermijn); de niveaus blijven',
    );
    const zuid = screen.getByRole('rowheader', { name: 'Locatie Zuid' }).closest('tr') as HTMLElement;
    expect(within(zuid).getAllByRole('cell')[0]?.textContent).not.toContain('verwijderd');
  });

  it('shows the server’s message when the organisation is out of scope', async () => {
    server.use(
      http.get(pathOf(api.overview.get, { organisationId: ORG_ID }), () =>
        apiError(404, 'not_found', 'Organisatie niet gevonden'),
      ),
    );
    render(<OverviewPage organisationId={ORG_ID} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Organisatie niet gevonden');
  });
});
