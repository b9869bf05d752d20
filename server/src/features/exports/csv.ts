/** Excel reads a UTF-8 CSV correctly only with a byte-order mark. */
export const BOM = '\uFEFF';

/** Cells a spreadsheet would run as a formula start with one of these (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, semicolon-separated dialect. Text that a spreadsheet would read as a formula gets a leading
 * apostrophe; numbers are written as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvLine = (cells: ReadonlyArray<string | number | null | undefined>): string =>
  `${cells.map(csvCell).join(';')}\r\n`;
