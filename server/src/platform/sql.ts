/** Small SQL helpers every feature's queries share. */

/** `%term%` for ilike, with the user's own % and _ taken literally. */
export const likePattern = (q: string | undefined) => `%${(q ?? '').replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** The id an `insert … returning id` gave back; an insert that returns nothing is a bug, not a user error. */
export async function returningId(rows: Promise<{ id: string }[]>): Promise<string> {
  const [row] = await rows;
  if (!row) throw new Error('insert returned no id');
  return row.id;
}
