import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/msw';
import { RoundListSchema } from '../api-schemas';
import { renderStaff } from '../render-staff';
import { ids, location, round } from '../test-data';
import { LocationPage } from './location-page';

const api = mockApi();

describe('location page', () => {
  it('shows an IKC user the details read-only, and says when it shows only the newest rounds', async () => {
    api.use(
      http.get(`/api/locations/${ids.location}`, () => HttpResponse.json(location({ pupils812: null }))),
      http.get('/api/rounds', () =>
        HttpResponse.json(RoundListSchema.parse({ items: [round()], total: 201, page: 1, pageSize: 200 })),
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
    api.use(
      http.get(`/api/locations/${ids.location}`, () => HttpResponse.json(location())),
      http.get('/api/rounds', () =>
        HttpResponse.json(RoundListSchema.parse({ items: [], total: 0, page: 1, pageSize: 200 })),
      ),
      http.get('/api/ikcs', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 200 })),
    );
    renderStaff(<LocationPage id={ids.location} search={new URLSearchParams()} />);
    expect(await screen.findByLabelText('Naam van de locatie')).toBeTruthy();
    expect(screen.queryByText('Soort')).toBeNull();
  });
});
