import { api, pathOf, RoundPageSchema } from '@driehoek/shared';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { ids, location, round } from '../../test-support/staff-data';
import { LocationPage } from './location-page';

const server = mockApi();

describe('location page', () => {
  it('shows an IKC user the details read-only, and says when it shows only the newest rounds', async () => {
    server.use(
      http.get(pathOf(api.structure.location, { id: ids.location }), () =>
        HttpResponse.json(location({ pupils812: null })),
      ),
      http.get(api.rounds.list.path, () =>
        HttpResponse.json(RoundPageSchema.parse({ items: [round()], total: 201, page: 1, pageSize: 200 })),
      ),
    );
    renderStaff(<LocationPage id={ids.location} search={new URLSearchParams()} />, {
      me: { email: 'ikc@example.nl', name: 'Iris IKC', role: 'ikc' },
    });

    await screen.findByRole('heading', { name: 'Gegevens' });
    const facts = (term: string) => screen.getByText(term).nextElementSibling?.textContent;
    expect(facts('Soort')).toBe('School en kinderopvang');
    expect(facts('Gezinnen')).toBe('120');
    expect(facts('Leerlingen van ongeveer 8–12 jaar')).toBe('niet ingevuld');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /archiveer/i })).toBeNull();
    await screen.findByRole('table', { name: 'Rondes van Hoofdgebouw: de nieuwste 1 van 201' });
  });

  it('gives a researcher the form instead', async () => {
    server.use(
      http.get(pathOf(api.structure.location, { id: ids.location }), () => HttpResponse.json(location())),
      http.get(api.rounds.list.path, () =>
        HttpResponse.json(RoundPageSchema.parse({ items: [], total: 0, page: 1, pageSize: 200 })),
      ),
      http.get(api.structure.ikcs.path, () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 200 })),
    );
    renderStaff(<LocationPage id={ids.location} search={new URLSearchParams()} />);
    expect(await screen.findByLabelText('Naam van de locatie')).toBeTruthy();
    expect(screen.queryByText('Soort')).toBeNull();
  });
});
