import { api, RoundPageSchema } from '@driehoek/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { me } from '../../test-support/fixtures';
import { mockApi } from '../../test-support/msw';
import { round } from '../../test-support/staff-data';
import StaffApp from '../shell/staff-app';

const server = mockApi();

describe('rounds list', () => {
  beforeEach(() => window.history.replaceState(null, '', '/app/rondes?status=open'));

  it('sends search, status and page to the server, and keeps them in the address', async () => {
    const queries: Array<Record<string, string>> = [];
    server.use(
      http.get(api.accounts.me.path, () => HttpResponse.json(me)),
      http.get(api.rounds.list.path, ({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        queries.push(query);
        return HttpResponse.json(
          RoundPageSchema.parse({
            items: [round({ name: `Ronde op pagina ${query.page}` })],
            total: 60,
            page: Number(query.page),
            pageSize: Number(query.pageSize),
          }),
        );
      }),
    );
    render(<StaffApp />);

    await screen.findByRole('link', { name: 'Ronde op pagina 1' });
    fireEvent.change(screen.getByLabelText('Zoek rondes'), { target: { value: 'noord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await screen.findByRole('table', { name: 'Rondes: Open met “noord”' });
    expect(screen.getByText(/Pagina 1 van 3/)).toBeTruthy();
    // Rounds are not archived: no archive filter.
    expect(screen.queryByLabelText('Tonen')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByRole('link', { name: 'Ronde op pagina 2' });

    expect(queries).toEqual([
      { page: '1', pageSize: '25', status: 'open' },
      { q: 'noord', page: '1', pageSize: '25', status: 'open' },
      { q: 'noord', page: '2', pageSize: '25', status: 'open' },
    ]);
    expect(window.location.search).toBe('?status=open&q=noord&pagina=2');
  });
});
