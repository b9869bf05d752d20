import { api, LocationPageSchema } from '@driehoek/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { me } from '../../test-support/fixtures';
import { mockApi } from '../../test-support/msw';
import { location } from '../../test-support/staff-data';
import StaffApp from '../shell/staff-app';

const server = mockApi();

describe('locations list', () => {
  beforeEach(() => window.history.replaceState(null, '', '/app/locaties'));

  it('sends search and page to the server, and keeps them in the address', async () => {
    const queries: Array<Record<string, string>> = [];
    server.use(
      http.get(api.accounts.me.path, () => HttpResponse.json(me)),
      http.get(api.structure.locations.path, ({ request }) => {
        const query = Object.fromEntries(new URL(request.url).searchParams);
        queries.push(query);
        return HttpResponse.json(
          LocationPageSchema.parse({
            items: [location({ name: `Locatie op pagina ${query.page}` })],
            total: 60,
            page: Number(query.page),
            pageSize: Number(query.pageSize),
          }),
        );
      }),
    );
    render(<StaffApp />);

    await screen.findByRole('link', { name: 'Locatie op pagina 1' });
    fireEvent.change(screen.getByLabelText('Zoek locaties'), { target: { value: 'noord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await screen.findByRole('table', { name: 'Locaties met “noord”' });
    expect(screen.getByText(/Pagina 1 van 3/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByRole('link', { name: 'Locatie op pagina 2' });

    expect(queries).toEqual([
      { page: '1', pageSize: '25', archived: 'exclude' },
      { q: 'noord', page: '1', pageSize: '25', archived: 'exclude' },
      { q: 'noord', page: '2', pageSize: '25', archived: 'exclude' },
    ]);
    expect(window.location.search).toBe('?q=noord&pagina=2');
  });
});
