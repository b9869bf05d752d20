import { SetPasswordSchema } from '@driehoek/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { me } from '../../test/fixtures';
import { apiError, mockApi } from '../../test/msw';
import StaffApp from '../staff-app';

const api = mockApi();
const token = 'dit-is-een-token-van-ruim-twintig-tekens';

function fill(password: string, repeat: string) {
  fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Nieuw wachtwoord nog een keer'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }));
}

describe('set-password page', () => {
  it('sends the token from the fragment with the new password and signs the user in', async () => {
    const bodies: unknown[] = [];
    api.use(
      http.get('/api/session/me', () => apiError(401, 'unauthenticated', 'Niet ingelogd.')),
      http.post('/api/session/password/set', async ({ request }) => {
        bodies.push(SetPasswordSchema.parse(await request.json()));
        return HttpResponse.json(me);
      }),
      http.get('/api/monitor', () => HttpResponse.json({ rows: [] })),
    );
    window.history.replaceState(null, '', `/app/wachtwoord#${token}`);
    render(<StaffApp />);

    fill('een-lang-wachtwoord', 'een-ander-wachtwoord');
    expect(await screen.findAllByText('De twee wachtwoorden zijn niet gelijk.')).not.toHaveLength(0);
    fill('een-lang-wachtwoord', 'een-lang-wachtwoord');

    expect(await screen.findByRole('heading', { level: 1, name: 'Responsmonitor' })).toBeTruthy();
    expect(bodies).toEqual([{ token, password: 'een-lang-wachtwoord' }]);
    expect(window.location.pathname).toBe('/app');
    expect(window.location.hash).toBe('');
  });

  it('shows the server message when the link has expired', async () => {
    api.use(
      http.get('/api/session/me', () => apiError(401, 'unauthenticated', 'Niet ingelogd.')),
      http.post('/api/session/password/set', () =>
        apiError(400, 'validation', 'token: deze link is verlopen of al gebruikt; vraag een nieuwe aan', 'token'),
      ),
    );
    window.history.replaceState(null, '', `/app/wachtwoord#${token}`);
    render(<StaffApp />);

    fill('een-lang-wachtwoord', 'een-lang-wachtwoord');

    expect(await screen.findByText('De link: Deze link is verlopen of al gebruikt; vraag een nieuwe aan')).toBeTruthy();
  });
});
