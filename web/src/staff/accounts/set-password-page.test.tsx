import { api, SetPasswordSchema } from '@driehoek/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { me } from '../../test-support/fixtures';
import { apiError, mockApi } from '../../test-support/msw';
import StaffApp from '../shell/staff-app';

const server = mockApi();
const token = 'dit-is-een-token-van-ruim-twintig-tekens';

function fill(password: string, repeat: string) {
  fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Nieuw wachtwoord nog een keer'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }));
}

describe('set-password page', () => {
  it('sends the token from the fragment with the new password and signs the user in', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get(api.accounts.me.path, () => apiError(401, 'unauthenticated', 'Niet ingelogd.')),
      http.post(api.accounts.setPassword.path, async ({ request }) => {
        bodies.push(SetPasswordSchema.parse(await request.json()));
        return HttpResponse.json(me);
      }),
      http.get(api.rounds.worklist.path, () =>
        HttpResponse.json({ closingSoon: [], closingWithinDays: 7, openAnswers: [], toPublish: [] }),
      ),
    );
    window.history.replaceState(null, '', `/app/wachtwoord#${token}`);
    render(<StaffApp />);

    fill('een-lang-wachtwoord', 'een-ander-wachtwoord');
    expect(await screen.findAllByText('De twee wachtwoorden zijn niet gelijk.')).not.toHaveLength(0);
    fill('een-lang-wachtwoord', 'een-lang-wachtwoord');

    expect(await screen.findByRole('heading', { level: 1, name: 'Wat er te doen is' })).toBeTruthy();
    expect(bodies).toEqual([{ token, password: 'een-lang-wachtwoord' }]);
    expect(window.location.pathname).toBe('/app');
    expect(window.location.hash).toBe('');
  });

  it('shows the server message when the link has expired', async () => {
    server.use(
      http.get(api.accounts.me.path, () => apiError(401, 'unauthenticated', 'Niet ingelogd.')),
      http.post(api.accounts.setPassword.path, () =>
        apiError(400, 'validation', 'token: deze link is verlopen of al gebruikt; vraag een nieuwe aan', 'token'),
      ),
    );
    window.history.replaceState(null, '', `/app/wachtwoord#${token}`);
    render(<StaffApp />);

    fill('een-lang-wachtwoord', 'een-lang-wachtwoord');

    expect(await screen.findByText('De link: Deze link is verlopen of al gebruikt; vraag een nieuwe aan')).toBeTruthy();
  });
});
