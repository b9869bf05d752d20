import { api, type PrivacyStatement, PrivacyStatementSchema, pathOf } from '@driehoek/shared';
import { fireEvent, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { ids } from '../../test-support/staff-data';
import { PrivacyStatementPanel } from './privacy-statement-panel';

const server = mockApi();

const statement = (over: Partial<PrivacyStatement> = {}): PrivacyStatement =>
  PrivacyStatementSchema.parse({
    organisationId: ids.organisation,
    organisation: 'Gemeente Voorbeeld',
    publicPath: '/privacy/AbCdEfGhIjKlMnOpQrStUv',
    retentionDays: null,
    controller: '',
    contact: '',
    privacyOfficer: '',
    ownText: '',
    textLocale: 'nl',
    updatedAt: null,
    updatedBy: null,
    canEdit: true,
    ...over,
  });

describe('privacy statement panel', () => {
  it('lets the researcher fill in the organisation’s part, checks it first, and shows the server’s refusal by its field', async () => {
    const sent: unknown[] = [];
    let refuse = true;
    server.use(
      http.get(pathOf(api.privacy.get, { organisationId: ids.organisation }), () => HttpResponse.json(statement())),
      http.put(pathOf(api.privacy.save, { organisationId: ids.organisation }), async ({ request }) => {
        const body = (await request.json()) as Record<string, string>;
        sent.push(body);
        if (refuse) {
          refuse = false;
          return HttpResponse.json(
            { error: { code: 'validation', message: 'controller: bestaat al', field: 'controller' } },
            { status: 400 },
          );
        }
        return HttpResponse.json(statement({ ...body, updatedAt: '2026-11-23', updatedBy: 'Olga Onderzoeker' }));
      }),
    );
    renderStaff(<PrivacyStatementPanel organisationId={ids.organisation} />);
    const link = await screen.findByRole('link', { name: 'Bekijk de privacyverklaring' });
    expect(link.getAttribute('href')).toBe('/privacy/AbCdEfGhIjKlMnOpQrStUv');
    expect(screen.getByText(/nog niet aangevuld/)).toBeTruthy();

    // Checked before sending: the contact is required, and the message stands by the field.
    fireEvent.change(screen.getByLabelText('Verwerkingsverantwoordelijke'), {
      target: { value: 'Gemeente Voorbeeld' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Privacyverklaring opslaan' }));
    expect((await screen.findAllByText(/Vul in hoe ouders u bereiken/)).length).toBeGreaterThan(0);
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByLabelText(/Contact voor vragen/), { target: { value: 'privacy@voorbeeld.nl' } });
    fireEvent.change(screen.getByLabelText('Taal waarin u dit schrijft'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Privacyverklaring opslaan' }));
    expect((await screen.findAllByText(/bestaat al/i)).length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Privacyverklaring opslaan' }));
    expect(await screen.findByText('Privacyverklaring opgeslagen.')).toBeTruthy();
    expect(sent.at(-1)).toEqual({
      controller: 'Gemeente Voorbeeld',
      contact: 'privacy@voorbeeld.nl',
      privacyOfficer: '',
      ownText: '',
      textLocale: 'en',
    });
    expect(screen.getByText(/bijgewerkt op .* door Olga Onderzoeker/)).toBeTruthy();
  });

  it('shows an IKC user where the statement is, without a form', async () => {
    server.use(
      http.get(pathOf(api.privacy.get, { organisationId: ids.organisation }), () =>
        HttpResponse.json(statement({ canEdit: false, controller: 'Gemeente Voorbeeld', updatedAt: '2026-11-20' })),
      ),
    );
    renderStaff(<PrivacyStatementPanel organisationId={ids.organisation} />, {
      me: { email: 'ikc@example.nl', name: 'Iris IKC', role: 'ikc' },
    });
    await screen.findByRole('link', { name: 'Bekijk de privacyverklaring' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText(/Alleen een onderzoeker of beheerder van de hele organisatie/)).toBeTruthy();
  });
});
