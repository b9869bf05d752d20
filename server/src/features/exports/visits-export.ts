import { emailReplyFact, type InstrumentFile, type ScanModel, TOUCHPOINT_NL, visitContext } from '@driehoek/shared';
import { codebookRows, loadScanModel } from '@driehoek/surveys';
import type { AppDeps, SessionUser } from '../../platform/context';
import type { Sql } from '../../platform/db';
import { roundInScope } from '../../platform/scope';
import { findReportRound, type ReportRound } from '../reports/queries';
import { listSettlements, type StoredSettlement } from '../visits/queries';
import { type VisitExportRow, visitFormsOfRound, visitRowsCursor } from './queries';

/** Context questions every mystery-guest form carries: fixed columns of the export, found by concept. */
const CONTEXT_CONCEPTS = {
  time: 'mg.context.time',
  channel: 'mg.context.channel',
  scenario: 'mg.context.scenario',
  rater: 'mg.context.rater',
  visitCode: 'mg.context.visit-code',
} as const;
const contextConcepts = new Set<string>(Object.values(CONTEXT_CONCEPTS));

/** The columns before the forms' own questions. */
export const VISIT_FIXED_COLUMNS = [
  'visit',
  'visit_code',
  'coding',
  'touchpoint',
  'version',
  'date',
  'time',
  'channel',
  'scenario',
  'rater',
  'reply_working_days',
  'norm_met',
] as const;

/** One question of one form version as a column: `<form>_v<version>_<question>`, a valid SPSS name. */
export type VisitColumn = {
  variable: string;
  instrument: string;
  version: number;
  question: string;
  kind: string;
  concept: string;
  criterion: string;
  tier: string;
  unit: string;
  text: string;
  options: Array<{ value: string; label: string }>;
};

export type VisitsExport = {
  round: ReportRound;
  model: ScanModel;
  columns: VisitColumn[];
  /** The mystery-guest forms the round's visits were recorded on, by `key@version`. */
  files: ReadonlyMap<string, InstrumentFile>;
  settlements: StoredSettlement[];
};

/** One cell of an export row. */
export type VisitCell = string | number | null;

const variableName = (key: string, version: number, question: string) =>
  `${key}_v${version}_${question}`
    .replace(/[^A-Za-z0-9_]/g, '_')
    .replace(/^[^A-Za-z]/, 'v$&')
    .slice(0, 64);

function formColumns(file: InstrumentFile): VisitColumn[] {
  const columns = new Map<string, VisitColumn>();
  for (const row of codebookRows(file)) {
    if (contextConcepts.has(row.concept)) continue;
    let column = columns.get(row.question);
    if (!column) {
      column = {
        variable: variableName(file.key, file.version, row.question),
        instrument: file.key,
        version: file.version,
        question: row.question,
        kind: row.kind,
        concept: row.concept,
        criterion: row.criterion,
        tier: row.tier,
        unit: row.unit,
        text: row.questionNl,
        options: [],
      };
      columns.set(row.question, column);
    }
    if (row.optionValue !== '') column.options.push({ value: row.optionValue, label: row.optionNl });
  }
  return [...columns.values()];
}

const touchpointOrder = (key: string) => {
  const i = Object.keys(TOUCHPOINT_NL).indexOf(key);
  return i === -1 ? 99 : i;
};

function answerOf(file: InstrumentFile, answers: Record<string, unknown>, concept: string): string | null {
  const name = Object.keys(file.items).find((n) => file.items[n]?.concept === concept);
  const raw = name === undefined ? undefined : answers[name];
  return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : null;
}

function cellOf(value: unknown): string | number | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(String).join(',');
  return JSON.stringify(value);
}

/**
 * The measured facts as the report judges them: working days to the first personal email reply, and whether the
 * phone or email norm was met (1, 0, empty when not measured or not a phone or email form). From model v2.
 */
function measured(file: InstrumentFile, answers: Record<string, unknown>, model: ScanModel) {
  const named = model.mysteryGuest.measuredFacts;
  if (!named) return { replyDays: null, normMet: null };
  const nameOf = (concept: string) => Object.keys(file.items).find((n) => file.items[n]?.concept === concept);
  const seconds = nameOf(named.phoneAnswerSeconds);
  if (seconds) {
    const raw = answers[seconds];
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : Number.NaN;
    return {
      replyDays: null,
      normMet: Number.isFinite(value) ? Number(value <= model.mysteryGuest.norms.phoneAnswerSeconds) : null,
    };
  }
  const sent = nameOf(named.emailSentAt);
  const replied = nameOf(named.emailRepliedAt);
  const meta = replied ? file.items[replied] : undefined;
  if (!sent || !replied || !meta) return { replyDays: null, normMet: null };
  const fact = emailReplyFact(replied, meta, answers[sent], answers[replied], model);
  const met = fact.norm?.met;
  return { replyDays: fact.value, normMet: met === null || met === undefined ? null : Number(met) };
}

/** The question holding the visit code of each form, by `key@version`: what the cursor numbers codings by. */
function codeQuestions(files: ReadonlyMap<string, InstrumentFile>): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [key, file] of files) {
    const name = Object.keys(file.items).find((n) => file.items[n]?.concept === CONTEXT_CONCEPTS.visitCode);
    if (name) names[key] = name;
  }
  return names;
}

/**
 * What the visits export of a round holds, decided before any visit is read, for researchers (the route checks
 * `review.write`). Visits are the researcher's own observations, not respondents' answers: no minimum group
 * applies; the codings of a double-coded visit are rows of their own, told apart by `coding`, with the settled
 * decisions on a sheet of their own.
 */
export async function planVisitsExport(deps: AppDeps, user: SessionUser, roundId: string): Promise<VisitsExport> {
  await roundInScope(deps.sql, user, roundId);
  const round = await findReportRound(deps.sql, roundId);
  if (!round) throw new Error(`round ${roundId} in scope but not loadable`);
  const model = loadScanModel(round.modelVersion);
  const files = new Map<string, InstrumentFile>();
  for (const form of await visitFormsOfRound(deps.sql, roundId)) {
    const file = deps.catalog.get(form.key, form.version);
    if (file?.perspective === 'mystery-guest') files.set(`${file.key}@${file.version}`, file);
  }
  const forms = [...files.values()].sort(
    (a, b) => touchpointOrder(a.key) - touchpointOrder(b.key) || a.key.localeCompare(b.key) || a.version - b.version,
  );
  return {
    round,
    model,
    columns: forms.flatMap(formColumns),
    files,
    settlements: await listSettlements(deps.sql, roundId),
  };
}

/** One stored coding as a row of the export; `number` is its place in the file. */
function visitRow(plan: VisitsExport, visit: VisitExportRow, number: number): VisitCell[] {
  const file = plan.files.get(`${visit.instrumentKey}@${visit.version}`);
  const context = file ? visitContext(file, visit.answers) : { scenario: null, rater: null, visitCode: null };
  const facts = file ? measured(file, visit.answers, plan.model) : { replyDays: null, normMet: null };
  return [
    number,
    context.visitCode,
    context.visitCode === null ? null : visit.coding,
    visit.instrumentKey,
    visit.version,
    visit.visitedOn,
    file ? answerOf(file, visit.answers, CONTEXT_CONCEPTS.time) : null,
    file ? answerOf(file, visit.answers, CONTEXT_CONCEPTS.channel) : null,
    context.scenario,
    context.rater,
    facts.replyDays,
    facts.normMet,
    ...plan.columns.map((c) =>
      c.instrument === visit.instrumentKey && c.version === visit.version ? cellOf(visit.answers[c.question]) : null,
    ),
  ];
}

/**
 * The rows of the visits sheet and CSV in batches, one row per stored coding: touchpoint order, then date and the
 * order they were stored in. Read through a cursor, so a round of any size is never held in memory.
 */
export async function* visitRows(sql: Sql, plan: VisitsExport): AsyncGenerator<VisitCell[][]> {
  let number = 0;
  const batches = visitRowsCursor(sql, plan.round.id, {
    codeQuestions: codeQuestions(plan.files),
    touchpoints: Object.keys(TOUCHPOINT_NL),
  });
  for await (const batch of batches) yield batch.map((visit) => visitRow(plan, visit, ++number));
}

/** The header row of the visits sheet and CSV. */
export const visitHeader = (plan: VisitsExport): string[] => [
  ...VISIT_FIXED_COLUMNS,
  ...plan.columns.map((c) => c.variable),
];

/** The codebook: the fixed columns first, then every form question with its options. */
export function visitCodebook(plan: VisitsExport): Array<Array<string | number>> {
  const { mysteryGuest } = plan.model;
  const notObserved = mysteryGuest.tickValues.notObserved;
  const fixed: Array<[string, string]> = [
    ['visit', 'Volgnummer van de regel'],
    [
      'visit_code',
      'Bezoekcode: regels met dezelfde code en hetzelfde formulier zijn één bezoek, door meer observanten gecodeerd',
    ],
    ['coding', 'Welke codering van het bezoek (1 = eerste, 2 = tweede); leeg zonder bezoekcode'],
    [
      'touchpoint',
      `Contactpunt (formulier): ${Object.entries(TOUCHPOINT_NL)
        .map(([k, v]) => `${k} = ${v}`)
        .join(', ')}`,
    ],
    ['version', 'Versie van het formulier'],
    ['date', 'Datum van het bezoek'],
    ['time', 'Tijdstip waarop het contact begon (bij e-mail: verzonden)'],
    ['channel', 'Kanaal (opties per formulier, zie de vraag mg_channel in het formulier)'],
    [
      'scenario',
      'Scenario: standard = standaard, little-dutch = ouder met weinig Nederlands, child-support = kind dat extra ondersteuning nodig heeft',
    ],
    ['rater', 'Code van de observant'],
    [
      'reply_working_days',
      'Werkdagen tot het eerste persoonlijke antwoord op de e-mail (ma–vr, zonder Nederlandse feestdagen); leeg: niet gemeten of geen antwoord',
    ],
    [
      'norm_met',
      `Norm gehaald (1) of niet (0): telefoon binnen ${mysteryGuest.norms.phoneAnswerSeconds} seconden opgenomen, e-mail binnen ${mysteryGuest.norms.emailReplyWorkingDays ?? '—'} werkdagen beantwoord; leeg: niet gemeten`,
    ],
  ];
  return [
    ...fixed.map(([variable, text]) => [variable, text, '', '', '', '', '', '', '', '']),
    ...plan.columns.map((c) => [
      c.variable,
      c.text,
      c.instrument,
      c.version,
      c.kind,
      c.concept,
      c.criterion,
      c.tier,
      c.unit,
      c.options
        .map(
          (o) => `${o.value}=${o.value === notObserved && c.tier !== '' ? 'niet waargenomen (ontbrekend)' : o.label}`,
        )
        .join(' | '),
    ]),
  ];
}

export const SETTLEMENT_HEADER = ['touchpoint', 'visit_code', 'question', 'decision', 'settled_by', 'settled_at'];

export const VISIT_CODEBOOK_HEADER = [
  'variable',
  'question',
  'touchpoint',
  'version',
  'kind',
  'concept',
  'criterion',
  'tier',
  'unit',
  'options',
];

/** The settled decisions: one row per decided tick. */
export function settlementRows(plan: VisitsExport): Array<Array<string | null>> {
  return plan.settlements.flatMap((s) =>
    Object.entries(s.answers).map(([question, value]) => [
      s.instrumentKey,
      s.visitCode,
      question,
      typeof value === 'string' ? value : null,
      s.settledBy,
      s.settledAt,
    ]),
  );
}
