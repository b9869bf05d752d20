import { api } from '@driehoek/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { round } from '../../test-support/staff-data';
import { RoundStatusPanel } from './round-status-panel';

const server = mockApi();

const buttonNames = () =>
  within(document.querySelector('.actions') as HTMLElement)
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('round status', () => {
  it('offers only the transitions the status allows; publishing lives under Rapport', () => {
    renderStaff(<RoundStatusPanel round={round({ status: 'closed' })} onChange={() => {}} />);
    expect(buttonNames()).toEqual(['Ronde heropenen']);
    expect(screen.getByText(/Het rapport publiceert u onder/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Rapport' }).getAttribute('href')).toBe(
      `/app/rondes/${round().id}/rapport`,
    );
  });

  it('offers no status button for a published round, only the way to retract under Rapport', () => {
    renderStaff(<RoundStatusPanel round={round({ status: 'reported' })} onChange={() => {}} />);
    expect(document.querySelector('.actions')).toBeNull();
    expect(screen.getByText(/Intrekken kan onder/)).toBeTruthy();
  });

  it('offers no transitions to a user who may only read rounds', () => {
    renderStaff(<RoundStatusPanel round={round({ status: 'open' })} onChange={() => {}} />, {
      me: { email: 'ikc@example.nl', name: 'Ilse', role: 'ikc' },
    });
    // The panel itself is there, with the round's status: only the buttons are missing.
    expect(screen.getByRole('heading', { name: 'Status' })).toBeTruthy();
    expect(document.querySelector('.status--open')?.textContent).toBe('Open');
    expect(screen.queryByRole('button', { name: 'Ronde sluiten' })).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('moves the round after confirmation', async () => {
    const onChange = vi.fn();
    const bodies: unknown[] = [];
    server.use(
      http.post(api.rounds.transition.path, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(round({ status: 'closed' }));
      }),
    );
    renderStaff(<RoundStatusPanel round={round({ status: 'open' })} onChange={onChange} />);

    fireEvent.click(screen.getByRole('button', { name: 'Ronde sluiten' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ronde sluiten' }));

    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ status: 'closed' })));
    expect(bodies).toEqual([{ to: 'closed' }]);
  });

  it("shows the server's reason when a transition is refused", async () => {
    server.use(
      http.post(api.rounds.transition.path, () =>
        apiError(409, 'conflict', 'to: de ronde is intussen door iemand anders gewijzigd; laad opnieuw', 'to'),
      ),
    );
    renderStaff(<RoundStatusPanel round={round({ status: 'draft' })} onChange={() => {}} />);

    expect(buttonNames()).toEqual(['Ronde openen']);
    fireEvent.click(screen.getByRole('button', { name: 'Ronde openen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ronde openen' }));

    expect(
      await screen.findByText('Niet gelukt: de ronde is intussen door iemand anders gewijzigd; laad opnieuw'),
    ).toBeTruthy();
  });
});
