import type { Role } from '../contracts/accounts';

/** Roles that run the scan see raw counts; everyone else sees no count of a group below the minimum. */
export const seesRawCounts = (role: Role): boolean => role === 'admin' || role === 'researcher';

/**
 * Hides the counts of a group smaller than `minGroupSize` from roles that must not see small groups: both the
 * complete and the partial count, so neither can be recovered from the other or from a total.
 */
export function hideSmallCounts<T extends { complete: number | null; partial: number | null }>(
  row: T,
  role: Role,
  minGroupSize: number,
): T {
  if (seesRawCounts(role) || row.complete === null || row.complete >= minGroupSize) return row;
  return { ...row, complete: null, partial: null };
}
