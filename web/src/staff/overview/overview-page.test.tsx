import { api, pathOf } from '@driehoek/shared';
import { render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
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
    expect(cells[11]?.textContent).toBe('2 doelen, 1/3 acties klaar, 1 te laat');
    const zuid = screen.getByRole('rowheader', { name: 'Locatie Zuid' }).closest('tr') as HTMLElement;
    expect(within(zuid).getAllByText('geen gegevens')).toHaveLength(10);
    expect(within(zuid).getByText('nog geen gepubliceerd rapport')).toBeTruthy();
    const plans = screen.getByRole('rowheader', { name: 'IKC De Driehoek' }).closest('tr') as HTMLElement;
    expect(within(plans).getByText('1 van 3')).toBeTruthy();
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
