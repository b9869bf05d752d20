import { api, type ReminderStatus } from '@driehoek/shared';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { round } from '../../test-support/staff-data';
import { ReminderNotice, whenClosing } from './reminder-notice';

const server = mockApi();

const status = (due: boolean): ReminderStatus => ({
  due,
  daysLeft: 5,
  closesOn: '2026-12-15',
  target: 0.5,
  audiences: [
    {
      audience: 'parents',
      below: true,
      unknown: false,
      responseRate: 0.18,
      locales: ['nl', 'en', 'ar', 'tr', 'pl', 'uk'],
    },
    { audience: 'professionals', below: false, unknown: false, responseRate: 0.7, locales: ['nl'] },
  ],
});

describe('reminder on the round page', () => {
  it('says which audience is below target near closing and offers the kit in six languages', async () => {
    server.use(http.get(api.distribution.reminder.path, () => HttpResponse.json(status(true))));
    renderStaff(<ReminderNotice round={round()} />);
    const notice = await screen.findByRole('region', { name: 'Herinnering sturen?' });
    expect(notice.textContent).toContain('De ronde sluit over 5 dagen (15 december 2026)');
    expect(notice.textContent).toContain('onder het doel van 50%: ouders 18%.');
    const links = within(notice).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Nederlands',
      'Engels',
      'Arabisch',
      'Turks',
      'Pools',
      'Oekraïens',
    ]);
    expect(links[2]?.getAttribute('href')).toBe(`/api/distribution/${round().id}/parents/reminder/ar`);
  });

  it('says nothing when no reminder is due', async () => {
    let asked = false;
    server.use(
      http.get(api.distribution.reminder.path, () => {
        asked = true;
        return HttpResponse.json(status(false));
      }),
    );
    const { container } = renderStaff(<ReminderNotice round={round()} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toBe(true);
    expect(container.textContent).toBe('');
    expect(whenClosing(0)).toBe('vandaag');
    expect(whenClosing(1)).toBe('morgen');
  });
});
