import { api, type Login, LoginSchema } from '@driehoek/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { linkId, me, monitor } from '../../test-support/fixtures';
import { apiError, mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { MonitorPage } from '../monitor/monitor-page';
import StaffApp from './staff-app';

const server = mockApi();

function signedOut() {
  server.use(http.get(api.accounts.me.path, () => apiError(401, 'unauthenticated', 'Niet ingelogd.')));
}

function fillLogin(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('staff app', () => {
  beforeEach(() => window.history.replaceState(null, '', '/app'));

  it('shows the server message when the login is refused', async () => {
    signedOut();
    server.use(
      http.post(api.accounts.login.path, () =>
        apiError(401, 'unauthenticated', 'E-mailadres of wachtwoord klopt niet.'),
      ),
    );
    render(<StaffApp />);

    await screen.findByRole('heading', { name: 'Inloggen bij Driehoek' });
    fillLogin('onderzoeker@example.nl', 'verkeerd');

    expect(await screen.findByText('E-mailadres of wachtwoord klopt niet.')).toBeTruthy();
    expect(within(screen.getByRole('alert')).getByText('E-mailadres of wachtwoord klopt niet.')).toBeTruthy();
  });

  it('says what is wrong with the form before asking the server', async () => {
    signedOut();
    render(<StaffApp />);

    await screen.findByRole('heading', { name: 'Inloggen bij Driehoek' });
    fillLogin('geen-adres', 'x');

    expect(await screen.findByText('vul een geldig e-mailadres in')).toBeTruthy();
  });

  it('logs in with the CSRF header and shows the monitor rows per location', async () => {
    signedOut();
    const logins: Array<{ body: Login; csrf: string | null }> = [];
    server.use(
      http.post(api.accounts.login.path, async ({ request }) => {
        logins.push({ body: LoginSchema.parse(await request.json()), csrf: request.headers.get('x-driehoek-csrf') });
        return HttpResponse.json(me);
      }),
      http.get(api.monitor.all.path, () => HttpResponse.json(monitor)),
    );
    window.history.replaceState(null, '', '/app/respons');
    render(<StaffApp />);

    await screen.findByRole('heading', { name: 'Inloggen bij Driehoek' });
    fillLogin('onderzoeker@example.nl', 'geheim-wachtwoord');

    expect(await screen.findByRole('heading', { level: 1, name: 'Responsmonitor' })).toBeTruthy();
    expect(logins).toEqual([{ body: { email: 'onderzoeker@example.nl', password: 'geheim-wachtwoord' }, csrf: '1' }]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Stichting Kindcentra Leeuwarden' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'IKC De Vlinder' })).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'Hoofdgebouw' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      [`${window.location.origin}/s/${linkId}`, 'Open', '1 nov 2026 – 15 dec 2026', '4', '17'],
      [`${window.location.origin}/s/Zyxwvutsrqponmlkjihgfe`, 'Open', '1 nov 2026 – 15 dec 2026', '0', '9'],
    ]);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader').textContent).toBe('Ouders');
    expect(within(table).getAllByRole('link')[0]?.getAttribute('href')).toBe(`/s/${linkId}`);
  });

  it('refreshes the monitor on an interval', async () => {
    let calls = 0;
    server.use(
      http.get(api.monitor.all.path, () => {
        calls += 1;
        const first = monitor.rows[0];
        if (!first) throw new Error('fixture has rows');
        return HttpResponse.json({ rows: [{ ...first, complete: 17 + calls }] });
      }),
    );
    renderStaff(<MonitorPage refreshMs={50} />);

    expect(await screen.findByRole('cell', { name: '18' })).toBeTruthy();
    expect(await screen.findByRole('cell', { name: '19' })).toBeTruthy();
  });

  it('skips the login form when the session is still valid, and logs out with the CSRF header', async () => {
    const logouts: Array<string | null> = [];
    server.use(
      http.get(api.accounts.me.path, () => HttpResponse.json(me)),
      http.get(api.monitor.all.path, () => HttpResponse.json({ rows: [] })),
      http.post(api.accounts.logout.path, ({ request }) => {
        logouts.push(request.headers.get('x-driehoek-csrf'));
        return new HttpResponse(null, { status: 204 });
      }),
    );
    window.history.replaceState(null, '', '/app/respons');
    render(<StaffApp />);

    expect(await screen.findByText('Er zijn nog geen rondes die u kunt zien.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /accountmenu/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));

    expect(await screen.findByRole('heading', { name: 'Inloggen bij Driehoek' })).toBeTruthy();
    expect(screen.getByText('U bent uitgelogd.')).toBeTruthy();
    expect(logouts).toEqual(['1']);
  });

  it('returns to the login form when the session expires while watching the monitor', async () => {
    server.use(
      http.get(api.accounts.me.path, () => HttpResponse.json(me)),
      http.get(api.monitor.all.path, () => apiError(401, 'unauthenticated', 'Niet ingelogd.')),
    );
    window.history.replaceState(null, '', '/app/respons');
    render(<StaffApp />);

    expect(await screen.findByText('Uw sessie is verlopen. Log opnieuw in.')).toBeTruthy();
  });
});
