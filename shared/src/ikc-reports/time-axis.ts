/** A response set recorded by an earlier publication. */
export type EarlierSet = { version: number; ids: ReadonlyArray<string> };

/** How a set of responses now differs from one an earlier publication showed. */
export type SmallDifference = { version: number; changed: number };

/**
 * The smallest difference of 1 to `min` − 1 responses (in one set and not the other) between any of `current` and
 * any earlier set, the earliest version on a tie; undefined when there is none. Every set is compared with every
 * earlier one, whatever group it was: a group that moved into the hidden rest, or the other way round, gives those
 * few responses by subtraction just the same.
 */
export function smallDifference(
  current: ReadonlyArray<ReadonlyArray<string>>,
  earlier: ReadonlyArray<EarlierSet>,
  min: number,
): SmallDifference | undefined {
  let smallest: SmallDifference | undefined;
  for (const e of earlier) {
    const before = new Set(e.ids);
    for (const ids of current) {
      const now = new Set(ids);
      let changed = 0;
      for (const id of now) if (!before.has(id)) changed++;
      for (const id of before) if (!now.has(id)) changed++;
      const better =
        !smallest || changed < smallest.changed || (changed === smallest.changed && e.version < smallest.version);
      if (changed > 0 && changed < min && better) smallest = { version: e.version, changed };
    }
  }
  return smallest;
}
