import { api, IkcPageSchema, type LocationInput, LocationInputSchema } from '@driehoek/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { ids } from '../../test-support/staff-data';
import { LocationForm } from './location-form';

const server = mockApi();

const ikcPage = IkcPageSchema.parse({
  items: [
    {
      id: ids.ikc,
      organisationId: ids.organisation,
      organisation: 'Stichting Kindcentra Leeuwarden',
      name: 'IKC De Vlinder',
      archived: false,
      locationCount: 2,
    },
  ],
  total: 1,
  page: 1,
  pageSize: 200,
});

describe('location form', () => {
  it("shows the server's message next to the field it names and keeps what was typed", async () => {
    const sent: LocationInput[] = [];
    server.use(
      http.get(api.structure.ikcs.path, () => HttpResponse.json(ikcPage)),
      http.post(api.structure.createLocation.path, async ({ request }) => {
        sent.push(LocationInputSchema.parse(await request.json()));
        return apiError(400, 'validation', 'ikcId: dit IKC is gearchiveerd', 'ikcId');
      }),
    );
    renderStaff(<LocationForm onSaved={() => {}} />);

    await screen.findByRole('option', { name: 'IKC De Vlinder (Stichting Kindcentra Leeuwarden)' });
    fireEvent.change(screen.getByLabelText('IKC'), { target: { value: ids.ikc } });
    fireEvent.change(screen.getByLabelText('Naam van de locatie'), { target: { value: 'Dependance Zuid' } });
    fireEvent.change(screen.getByLabelText('Gezinnen'), { target: { value: '85' } });
    fireEvent.click(screen.getByRole('button', { name: 'Locatie aanmaken' }));

    const ikc = screen.getByLabelText('IKC');
    await waitFor(() => expect(ikc.getAttribute('aria-invalid')).toBe('true'));
    const described = (ikc.getAttribute('aria-describedby') ?? '').split(' ');
    const messages = described.map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('Dit IKC is gearchiveerd');
    expect(screen.getByRole('alert').textContent).toContain('Dit IKC is gearchiveerd');
    expect((screen.getByLabelText('Naam van de locatie') as HTMLInputElement).value).toBe('Dependance Zuid');
    expect((screen.getByLabelText('Gezinnen') as HTMLInputElement).value).toBe('85');
    expect(sent).toEqual([expect.objectContaining({ ikcId: ids.ikc, name: 'Dependance Zuid', families: 85 })]);
  });

  it('says what is wrong with a count before asking the server', async () => {
    server.use(http.get(api.structure.ikcs.path, () => HttpResponse.json(ikcPage)));
    renderStaff(<LocationForm ikcId={ids.ikc} onSaved={() => {}} />);

    fireEvent.change(screen.getByLabelText('Naam van de locatie'), { target: { value: 'Noord' } });
    fireEvent.change(screen.getByLabelText('Medewerkers'), { target: { value: 'twintig' } });
    fireEvent.click(screen.getByRole('button', { name: 'Locatie aanmaken' }));

    expect(await screen.findAllByText('Moet een getal zijn')).not.toHaveLength(0);
    expect((screen.getByLabelText('Medewerkers') as HTMLInputElement).value).toBe('twintig');
  });
});
