/** Excel reads a UTF-8 CSV correctly only with a byte-order mark. */
export const BOM = '\uFEFF';

/** Cells a spreadsheet would run as a formula start with one of these (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * The same characters right after a comma, tab or line break: a spreadsheet that opens our semicolon file with the
 * comma as separator splits the cell there, and the piece after the comma would start a formula.
 */
const FORMULA_AFTER_SEPARATOR = /([,\t\r\n])([=+\-@])/g;

/**
 * One CSV cell, semicolon-separated dialect. Text that a spreadsheet would read as a formula gets an apostrophe
 * before the formula character, at the start and after every comma, tab or line break; numbers are written as
 * they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const guarded = value.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  const safe = FORMULA_START.test(guarded) ? `'${guarded}` : guarded;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvLine = (cells: ReadonlyArray<string | number | null | undefined>): string =>
  `${cells.map(csvCell).join(';')}\r\n`;
