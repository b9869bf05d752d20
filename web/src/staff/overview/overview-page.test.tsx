import { api, pathOf } from '@driehoek/shared';
import { render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test-support/msw';
import { ORG_ID, overviewFixture } from '../../test-support/plan-data';
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
    expect(within(zuid).getByText('nog geen gesloten ronde')).toBeTruthy();
    const plans = screen.getByRole('rowheader', { name: 'IKC De Driehoek' }).closest('tr') as HTMLElement;
    expect(within(plans).getByText('1 van 3')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Overzicht downloaden (Excel)' }).getAttribute('href')).toBe(
      pathOf(api.overview.xlsx, { organisationId: ORG_ID }),
    );
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
