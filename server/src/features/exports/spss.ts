import type { QuestionColumn } from './columns';
import { type ExportPlan, exclusionNote } from './export-plan';

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Text as it may stand in SPSS syntax: whitespace runs become one space and other control characters go (a form
 * feed or an escape in a question text would break the syntax file, or the terminal that shows it).
 */
const printable = (s: string): string => s.replace(/\s+/g, ' ').replace(CONTROL, '');

const quote = (s: string, max = 250): string => `'${printable(s).slice(0, max).replaceAll("'", "''")}'`;

const comment = (text: string): string => `* ${printable(text)}.`;

/** SPSS reads a numeric-coded option only when every value but "don't know" is a number. */
const isNumericCoded = (c: QuestionColumn): boolean =>
  c.options.length > 0 && c.options.every((o) => o.score === 'dk' || /^-?\d+(\.\d+)?$/.test(o.value));

function format(c: QuestionColumn): string {
  if (c.options.length > 0) return `A${Math.max(1, ...c.options.map((o) => Buffer.byteLength(o.value)))}`;
  return c.kind === 'fact' ? 'F8.2' : 'A2000';
}

/**
 * SPSS syntax that reads the CSV of the same export (`csvFile`, its download name): variable and value labels from
 * the pinned questionnaires (Dutch), "don't know" declared missing, and for scored items a numeric copy `<name>_n`
 * for means.
 */
export function spssSyntax(plan: ExportPlan, csvFile = 'responses.csv'): string {
  const { round, columns, model } = plan;
  const lines: string[] = [
    comment(
      `Driehoek: ruwe antwoorden van ${round.location} (${round.ikc}), ${round.kind === 'baseline' ? 'nulmeting' : 'vervolgmeting'} ${round.opensOn} tot en met ${round.closesOn}, scanmodel v${model.version}`,
    ),
    comment(
      'Eén regel per volledig ingevulde vragenlijst; het respondentnummer is een volgnummer en geen sleutel naar iemand',
    ),
    comment('Open antwoorden staan er alleen in als de onderzoeker ze heeft vrijgegeven'),
    comment(`Leest ${csvFile} uit dezelfde map; heet het bestand anders, pas dan /FILE hieronder aan`),
  ];
  const note = exclusionNote(plan);
  if (note) lines.push(comment(note));
  lines.push(
    '',
    `GET DATA /TYPE=TXT /FILE=${quote(csvFile)} /ENCODING='UTF8' /DELIMITERS=";" /QUALIFIER='"'`,
    '  /ARRANGEMENT=DELIMITED /FIRSTCASE=2 /VARIABLES=',
    '  respondent F8.0',
    '  audience A16',
    '  instrument A32',
    '  version F4.0',
    '  locale A8',
    '  date SDATE10',
    '  excluded F1.0',
    ...columns.map((c) => `  ${c.variable} ${format(c)}`),
    '.',
    '',
    'VARIABLE LABELS',
    "  respondent 'Respondentnummer (volgnummer in dit bestand)'",
    "  /audience 'Doelgroep'",
    "  /instrument 'Vragenlijst'",
    "  /version 'Versie van de vragenlijst'",
    "  /locale 'Taal van invullen'",
    "  /date 'Datum van invullen'",
    "  /excluded 'Uitgesloten door de onderzoeker (1 = ja, telt niet mee in de scores)'",
    ...columns.map((c) => `  /${c.variable} ${quote(c.text || c.question)}`),
    '.',
  );
  const labelled = columns.filter((c) => c.options.length > 0);
  if (labelled.length > 0) {
    lines.push('', 'VALUE LABELS');
    labelled.forEach((c, i) => {
      lines.push(`  ${i === 0 ? '' : '/'}${c.variable}`);
      for (const o of c.options) lines.push(`    ${quote(o.value, 8)} ${quote(o.label, 120)}`);
    });
    lines.push('.');
  }
  const withDk = labelled.filter((c) => c.options.some((o) => o.score === 'dk'));
  for (const c of withDk) {
    const dk = c.options.filter((o) => o.score === 'dk').map((o) => quote(o.value, 8));
    lines.push(`MISSING VALUES ${c.variable} (${dk.join(', ')}).`);
  }
  const scored = columns.filter((c) => c.kind === 'scored' && isNumericCoded(c));
  if (scored.length > 0) {
    lines.push(
      '',
      comment(
        'Numerieke kopieën van de gescoorde vragen voor gemiddelden; "weet ik niet" wordt -9 en telt als ontbrekend',
      ),
    );
    for (const c of scored) {
      const n = `${c.variable.slice(0, 62)}_n`;
      const dk = c.options.filter((o) => o.score === 'dk').map((o) => `${quote(o.value, 8)}=-9`);
      lines.push(`RECODE ${c.variable} ${dk.map((d) => `(${d}) `).join('')}(CONVERT) INTO ${n}.`);
      lines.push(`VARIABLE LABELS ${n} ${quote(c.text || c.question)}.`);
      const values = c.options.filter((o) => o.score !== 'dk').map((o) => `${o.value} ${quote(o.label, 120)}`);
      lines.push(`VALUE LABELS ${n} ${values.join(' ')} -9 'Weet ik niet / niet van toepassing'.`);
      lines.push(`MISSING VALUES ${n} (-9).`);
    }
  }
  lines.push('', 'EXECUTE.', '');
  return lines.join('\r\n');
}
