import { api, type BackupInfo, type BackupStatus, BackupStatusSchema } from '@driehoek/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { me } from '../../test-support/fixtures';
import { mockApi } from '../../test-support/msw';
import { renderStaff } from '../../test-support/render-staff';
import { parseStaffRoute, paths } from '../router/staff-route';
import { BackupsPage, formatSize } from './backups-page';

const server = mockApi();
const admin = { ...me, role: 'admin' as const };

const backup = (createdAt: string, file: string): BackupInfo => ({
  file,
  createdAt,
  reason: 'daily',
  bytes: 2_400_000,
  migrationLevel: 9,
  tables: [
    { name: 'rounds', rows: 3 },
    { name: 'responses', rows: 1250 },
  ],
  snapshotMs: 40,
});

const status = (items: BackupInfo[], stale: boolean): BackupStatus =>
  BackupStatusSchema.parse({
    database: 'embedded',
    automatic: true,
    folder: '/srv/driehoek/data/backups',
    keep: 7,
    items,
    stale,
  });

describe('the backups page', () => {
  it('shows the newest backup with its size and counts, and no warning while it is recent', async () => {
    server.use(
      http.get(api.backups.status.path, () =>
        HttpResponse.json(status([backup('2026-11-23T03:00:00Z', 'driehoek-20261123-030000.backup.gz')], false)),
      ),
    );
    renderStaff(<BackupsPage />, { me: admin });
    expect(await screen.findByText(/1\.253 rijen in 2 tabellen, waarvan 1\.250 antwoorden/)).toBeTruthy();
    expect(screen.getAllByText('2,4 MB').length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).toBeNull();
    const download = screen.getByRole('link', { name: 'Downloaden' });
    expect(download.getAttribute('href')).toBe('/api/backups/driehoek-20261123-030000.backup.gz');
  });

  it('warns in Dutch when the newest backup is older than two days, and makes one on request', async () => {
    let current = status([backup('2026-11-19T03:00:00Z', 'driehoek-20261119-030000.backup.gz')], true);
    const made = backup('2026-11-23T12:00:00Z', 'driehoek-20261123-120000.backup.gz');
    server.use(
      http.get(api.backups.status.path, () => HttpResponse.json(current)),
      http.post(api.backups.create.path, () => {
        current = status([made, ...current.items], false);
        return HttpResponse.json({ ...made, reason: 'manual' }, { status: 201 });
      }),
    );
    renderStaff(<BackupsPage />, { me: admin });
    const warning = await screen.findByRole('alert');
    expect(within(warning).getByText(/De laatste back-up is ouder dan twee dagen/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Nu een back-up maken' }));
    expect((await screen.findByRole('status')).textContent).toContain('Back-up gemaakt: driehoek-20261123-120000');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when there is no backup at all', async () => {
    server.use(http.get(api.backups.status.path, () => HttpResponse.json(status([], true))));
    renderStaff(<BackupsPage />, { me: admin });
    expect((await screen.findByRole('alert')).textContent).toContain('Er is nog geen back-up gemaakt.');
  });
});

describe('the page address', () => {
  it('is /app/back-ups', () => {
    expect(paths.backups()).toBe('/app/back-ups');
    expect(parseStaffRoute(paths.backups())).toEqual({ page: 'backups' });
  });
});

describe('formatSize', () => {
  it.each([
    [512, '1 kB'],
    [48_000, '48 kB'],
    [2_400_000, '2,4 MB'],
    [1_234_567_890, '1.234,6 MB'],
  ])('%d bytes → %s', (bytes, text) => expect(formatSize(bytes)).toBe(text));
});
