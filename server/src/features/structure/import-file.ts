import type { ImportCell, ImportTable } from '@driehoek/shared';
import { CsvError, parse } from 'csv-parse/sync';

/** A sheet read from an uploaded file, or the reason it cannot be read (in Dutch, for the researcher). */
export type ReadSheet =
  | { ok: true; format: 'csv' | 'xlsx'; table: ImportTable }
  | { ok: false; format: 'csv' | 'xlsx' | null; problem: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Reads the first sheet of an XLSX file or a CSV file, told apart by their bytes (an XLSX is a zip), not by the
 * name a browser sends. A CSV may be UTF-8 (with or without BOM) or Windows-1252 as older Excel saves it, separated
 * by semicolons (Dutch Excel), commas or tabs.
 */
export async function readSheet(bytes: Uint8Array): Promise<ReadSheet> {
  if (bytes.length === 0) return { ok: false, format: null, problem: 'Het bestand is leeg.' };
  if (startsWith(bytes, OLE)) {
    return {
      ok: false,
      format: null,
      problem:
        'Dit is een oud Excel-bestand (.xls). Sla het op als Excel-werkmap (.xlsx) of als CSV en probeer opnieuw.',
    };
  }
  return startsWith(bytes, ZIP) ? readXlsx(bytes) : readCsv(bytes);
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel's "CSV" on Dutch Windows is Windows-1252, where every byte is a character.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The separator the header line uses most, outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

function readCsv(bytes: Uint8Array): ReadSheet {
  const text = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (err) {
    const line = err instanceof CsvError && typeof err.lines === 'number' ? ` bij regel ${err.lines}` : '';
    const quote = err instanceof CsvError && err.code === 'CSV_QUOTE_NOT_CLOSED';
    return {
      ok: false,
      format: 'csv',
      problem: `Het CSV-bestand is niet te lezen${line}${quote ? ': een aanhalingsteken (") wordt niet gesloten' : ''}. Sla het opnieuw op als CSV vanuit Excel of een ander rekenprogramma.`,
    };
  }
  // Row numbers as a spreadsheet shows the file: one row per record, blank lines included.
  return { ok: true, format: 'csv', table: records.map((cells, i) => ({ number: i + 1, cells })) };
}

async function readXlsx(bytes: Uint8Array): Promise<ReadSheet> {
  // Loaded on first use, like the exports: exceljs takes a quarter of a second to load.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      format: 'xlsx',
      problem: 'Het Excel-bestand is niet te lezen. Sla het opnieuw op als Excel-werkmap (.xlsx) of als CSV.',
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, format: 'xlsx', problem: 'Het Excel-bestand heeft geen werkblad.' };
  const table: Array<{ number: number; cells: ImportCell[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: ImportCell[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(cellValue(row.getCell(i).value));
    table.push({ number, cells });
  });
  return { ok: true, format: 'xlsx', table };
}

/** What a researcher sees in a cell: rich text as its text, a formula as its result, a date as YYYY-MM-DD. */
function cellValue(value: unknown): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((t: { text?: string }) => t.text ?? '').join('');
    if ('result' in v) return cellValue(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if ('text' in v) return cellValue(v.text);
    if ('error' in v) return String(v.error);
  }
  return null;
}
