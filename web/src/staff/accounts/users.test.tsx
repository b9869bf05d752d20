import { api, type InviteUser, InviteUserSchema, OrganisationPageSchema } from '@driehoek/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { me } from '../../test-support/fixtures';
import { mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { ids, user } from '../../test-support/staff-data';
import StaffApp from '../shell/staff-app';
import { UserForm } from './user-form';

const server = mockApi();

const organisations = OrganisationPageSchema.parse({
  items: [{ id: ids.organisation, name: 'Gemeente Leeuwarden', kind: 'municipality', archived: false, ikcCount: 3 }],
  total: 1,
  page: 1,
  pageSize: 200,
});

const roleOptions = () =>
  within(screen.getByLabelText('Rol'))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('users', () => {
  beforeEach(() => window.history.replaceState(null, '', '/app'));

  it('offers a researcher only the roles a researcher may grant', () => {
    renderStaff(<UserForm onInvited={() => {}} />);
    expect(roleOptions()).toEqual(['Kies een rol', 'IKC-team', 'Gemeente']);
  });

  it('offers an admin every role', () => {
    renderStaff(<UserForm onInvited={() => {}} />, { me: { ...me, role: 'admin' } });
    expect(roleOptions()).toEqual(['Kies een rol', 'Beheerder', 'Onderzoeker', 'IKC-team', 'Gemeente']);
  });

  it('shows the invitation link once, and not again after leaving the page', async () => {
    const invites: InviteUser[] = [];
    const invited = user({
      email: 'wethouder@example.nl',
      name: 'Wim Wethouder',
      role: 'municipality',
      hasPassword: false,
      managedByAdmin: false,
      scope: { organisationIds: [ids.organisation], ikcIds: [], locationIds: [] },
    });
    const url = 'http://localhost/app/wachtwoord#eenheelgeheimtokenvanveertigtekens';
    server.use(
      http.get(api.accounts.me.path, () => HttpResponse.json(me)),
      http.get(api.structure.organisations.path, () => HttpResponse.json(organisations)),
      http.get(api.accounts.users.path, () => HttpResponse.json({ items: [invited] })),
      http.post(api.accounts.invite.path, async ({ request }) => {
        invites.push(InviteUserSchema.parse(await request.json()));
        return HttpResponse.json(
          { user: invited, invitation: { delivery: 'link', url, expiresAt: '2026-11-30T12:00:00.000Z' } },
          { status: 201 },
        );
      }),
    );
    window.history.replaceState(null, '', '/app/gebruikers/nieuw');
    render(<StaffApp />);

    await screen.findByRole('heading', { level: 1, name: 'Gebruiker uitnodigen' });
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'wethouder@example.nl' } });
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Wim Wethouder' } });
    fireEvent.change(screen.getByLabelText('Rol'), { target: { value: 'municipality' } });
    await screen.findByRole('option', { name: 'Gemeente Leeuwarden' });
    fireEvent.change(screen.getByLabelText('Gemeente of organisatie'), { target: { value: ids.organisation } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    expect(await screen.findByText(url)).toBeTruthy();
    expect(screen.getByText(/U ziet de link maar één keer/)).toBeTruthy();
    expect(invites).toEqual([
      {
        email: 'wethouder@example.nl',
        name: 'Wim Wethouder',
        role: 'municipality',
        scope: { organisationIds: [ids.organisation], ikcIds: [], locationIds: [] },
      },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gebruikers' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Wim Wethouder' })).toBeTruthy();
    expect(screen.queryByText(url)).toBeNull();
  });

  it('says the invitation was emailed, and shows no link, when the server sent it', async () => {
    const invited = user({ email: 'team@example.nl', name: 'Tess Team', role: 'municipality', hasPassword: false });
    server.use(
      http.get(api.accounts.me.path, () => HttpResponse.json(me)),
      http.get(api.structure.organisations.path, () => HttpResponse.json(organisations)),
      http.post(api.accounts.invite.path, () =>
        HttpResponse.json(
          {
            user: invited,
            invitation: { delivery: 'email', to: 'team@example.nl', expiresAt: '2026-11-30T12:00:00.000Z' },
          },
          { status: 201 },
        ),
      ),
    );
    window.history.replaceState(null, '', '/app/gebruikers/nieuw');
    render(<StaffApp />);
    await screen.findByRole('heading', { level: 1, name: 'Gebruiker uitnodigen' });
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'team@example.nl' } });
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Tess Team' } });
    fireEvent.change(screen.getByLabelText('Rol'), { target: { value: 'municipality' } });
    await screen.findByRole('option', { name: 'Gemeente Leeuwarden' });
    fireEvent.change(screen.getByLabelText('Gemeente of organisatie'), { target: { value: ids.organisation } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(await screen.findByRole('heading', { name: 'E-mail verstuurd' })).toBeTruthy();
    expect(screen.getByText(/Tess Team krijgt een e-mail op team@example.nl/)).toBeTruthy();
    expect(screen.queryByText(/wachtwoord#/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Link kopiëren' })).toBeNull();
  });

  it('asks for a scope that fits the role before sending the invitation', async () => {
    let posted = false;
    server.use(
      http.get(api.structure.organisations.path, () => HttpResponse.json(organisations)),
      http.post(api.accounts.invite.path, () => {
        posted = true;
        return HttpResponse.json({});
      }),
    );
    renderStaff(<UserForm onInvited={() => {}} />);

    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'g@example.nl' } });
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'G' } });
    fireEvent.change(screen.getByLabelText('Rol'), { target: { value: 'municipality' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    expect(await screen.findAllByText('Kies precies één organisatie')).not.toHaveLength(0);
    expect(posted).toBe(false);
  });
});
