import { api, pathOf } from '@driehoek/shared';
import { render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test-support/msw';
import { ORG_ID, overviewFixture } from '../../test-support/plan-data';
import { OverviewPage } from './overview-page';

const server = mockApi();

// Issue 19: full criterion names in the column headings, and "1 doel", not "1 doelen".
describe('the overview’s words', () => {
  it('names every criterion in full above its column and counts one goal in the singular', async () => {
    const overview = overviewFixture();
    const noord = overview.ikcs[0]?.locations?.[0];
    if (!noord?.plan) throw new Error('fixture has Locatie Noord with a plan');
    noord.plan.goals = 1;
    server.use(http.get(pathOf(api.overview.get, { organisationId: ORG_ID }), () => HttpResponse.json(overview)));
    render(<OverviewPage organisationId={ORG_ID} />);
    const table = (await screen.findByRole('rowheader', { name: 'Locatie Noord' })).closest('table') as HTMLElement;
    const headings = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headings).toContain(`C5 ${overview.criteria[4]?.name}`);
    expect(headings.filter((h) => /^C\d+$/.test(h ?? ''))).toEqual([]);
    const row = screen.getByRole('rowheader', { name: 'Locatie Noord' }).closest('tr') as HTMLElement;
    expect(row.textContent).toContain('1 doel, 1/3 acties klaar');
    expect(row.textContent).not.toContain('1 doelen');
  });
});
