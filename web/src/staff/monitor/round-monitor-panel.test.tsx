import { api, type RoundMonitor, RoundMonitorSchema } from '@driehoek/shared';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { ids, round } from '../../test-support/staff-data';
import RoundMonitorPanel from './round-monitor-panel';

const server = mockApi();

const monitor = (complete: number): RoundMonitor =>
  RoundMonitorSchema.parse({
    roundId: ids.round,
    audiences: [
      {
        audience: 'parents',
        partial: 3,
        complete,
        responseRate: complete / 120,
        denominator: 120,
        perDay: [],
        flags: ['48 nieuwe antwoorden in één minuut via deze link.'],
      },
      {
        audience: 'professionals',
        partial: 0,
        complete: 4,
        responseRate: null,
        denominator: null,
        perDay: [],
        flags: [],
      },
    ],
  });

describe('round response monitor', () => {
  it('shows counts, the rate against the denominator, and traffic flags as a warning, refreshed', async () => {
    let calls = 0;
    server.use(
      http.get(api.rounds.monitor.path, () => {
        calls += 1;
        return HttpResponse.json(monitor(calls === 1 ? 30 : 66));
      }),
    );
    renderStaff(<RoundMonitorPanel round={round()} refreshMs={300} />);

    const table = await screen.findByRole('table', { name: 'Respons per doelgroep' });
    expect((await within(table).findByText('25%')).parentElement?.textContent).toBe('25% (indicatief)');
    expect(within(table).getByText('onbekend: vul het aantal in bij de locatie')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(
      'Ouders: 48 nieuwe antwoorden in één minuut via deze link.',
    );
    expect(await within(table).findByText('55%')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wat houdt dubbel invullen tegen?' })).toBeTruthy();
  });
});
