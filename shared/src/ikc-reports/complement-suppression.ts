import { suppressGroups } from '../scoring/who-we-heard';

/**
 * Which groups to hide, when their total is shown elsewhere: `suppressGroups` hides every group below the minimum
 * and then the next smallest while the hidden ones together are fewer than the minimum (one hidden group would
 * follow from the total by subtraction). Groups in `alwaysHidden` (those that are never shown, or already hidden at
 * a coarser level) count as hidden from the start, and the same rule then runs over the union.
 */
export function hideWithComplement<K extends string>(
  groups: ReadonlyArray<{ key: K; count: number }>,
  min: number,
  alwaysHidden: ReadonlySet<K> = new Set(),
): Set<K> {
  const hidden = new Set<K>(alwaysHidden);
  for (const g of suppressGroups(
    groups.map((x) => ({ value: x.key, label: x.key, count: x.count })),
    min,
  ))
    if (g.suppressed) hidden.add(g.value as K);
  const hiddenTotal = () => groups.reduce((n, g) => n + (hidden.has(g.key) ? g.count : 0), 0);
  while (hiddenTotal() > 0 && hiddenTotal() < min) {
    const next = groups
      .filter((g) => !hidden.has(g.key) && g.count > 0)
      .sort((a, b) => a.count - b.count || a.key.localeCompare(b.key))[0];
    if (!next) break;
    hidden.add(next.key);
  }
  return hidden;
}
