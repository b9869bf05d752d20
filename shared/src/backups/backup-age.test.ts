import { describe, expect, it } from 'vitest';
import { isBackupStale } from './backup-age';

const now = new Date('2026-11-23T12:00:00Z');

describe('isBackupStale', () => {
  it.each([
    ['no backup at all', null, true],
    ['a backup of an hour ago', '2026-11-23T11:00:00Z', false],
    ['a backup of exactly two days ago', '2026-11-21T12:00:00Z', false],
    ['a backup of two days and a minute ago', '2026-11-21T11:59:00Z', true],
    ['a time that is no time', 'gisteren', true],
  ])('%s → stale %s', (_, at, stale) => {
    expect(isBackupStale(at, now)).toBe(stale);
  });
});
