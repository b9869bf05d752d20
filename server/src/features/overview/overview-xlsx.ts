import {
  decisionLine,
  LEVEL_COLOURS,
  type OverviewFilter,
  type OverviewIkc,
  type OverviewLocation,
  PLAN_STATE_NL,
  ROUND_KIND_NL,
} from '@driehoek/shared';
import type { Sql } from '../../platform/db';
// The exports' streaming workbook (ExcelJS' streaming writer, paced by what the client has taken): one way to
// stream a workbook in the app.
import type { SheetWriter, WorkbookWriter } from '../exports/stream-xlsx';
import { currentDecisions } from '../plans/committee-queries';
import { addPlan, type Criteria, emptyPlanSummary, toOverviewLocation } from './build-overview';
import { locationRowsCursor, type OverviewScope } from './queries';

/** The shared level colours as Excel's ARGB. */
const LEVEL_FILL: Record<string, string> = Object.fromEntries(
  Object.entries(LEVEL_COLOURS).map(([level, colour]) => [level, `FF${colour.slice(1).toUpperCase()}`]),
);

const roundText = ({ round, pending }: OverviewLocation) => {
  const gone = round?.rawDataDeletedOn ? `, ruwe antwoorden verwijderd op ${round.rawDataDeletedOn}` : '';
  const shown = round ? `${ROUND_KIND_NL[round.kind]} ${round.opensOn} – ${round.closesOn} (gepubliceerd${gone})` : '';
  const later = pending
    ? `${ROUND_KIND_NL[pending.kind]} ${pending.opensOn} – ${pending.closesOn}: nog niet gepubliceerd`
    : '';
  return [shown, later].filter(Boolean).join('; ') || 'nog geen gepubliceerd rapport';
};

/** What the filter kept, in words for the notes sheet; empty without a filter. */
function filterText(filter: OverviewFilter, criteria: Criteria): string {
  const parts = [
    filter.q ? `IKC-naam bevat "${filter.q}"` : '',
    filter.ikcId ? 'één IKC' : '',
    filter.criterion && filter.level
      ? `${filter.criterion} ${criteria.find((c) => c.id === filter.criterion)?.name ?? ''}: ${
          filter.level === 'none' ? 'geen gegevens' : `${filter.level}.0`
        }`
      : '',
    filter.plan ? `plan van aanpak: ${PLAN_STATE_NL[filter.plan]}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `Alleen locaties met: ${parts.join('; ')}.` : '';
}

export type OverviewXlsxInput = {
  sql: Sql;
  scope: OverviewScope;
  filter: OverviewFilter;
  organisation: { name: string };
  criteria: Criteria;
};

type IkcPlans = Pick<OverviewIkc, 'name' | 'plan' | 'decision'>;

/**
 * The overview as a workbook, written as the rows come from the cursor (ExcelJS' streaming writer, see `xlsxStream`):
 * "niveaus" (levels with their colour and text, round, plan status per location), "beweging" (movement), "plannen
 * per IKC" and "toelichting". The two location sheets each read the locations once: a sheet is written whole before
 * the next, or the zip would hold the later sheet in memory. What it keeps is one batch of locations and one small
 * plan summary per IKC. Answers the number of locations.
 */
export async function writeOverviewXlsx(
  workbook: WorkbookWriter,
  input: OverviewXlsxInput,
  paced: (sheet: SheetWriter) => Promise<void>,
): Promise<number> {
  const { sql, scope, filter, criteria } = input;
  const criteriaHeaders = criteria.map((c) => `${c.id} ${c.name}`);
  const widths = (n: number) => Array.from({ length: n }, (_, i) => ({ width: i < 2 ? 28 : i === 2 ? 34 : 16 }));
  const header = (sheet: SheetWriter, cells: string[]) => {
    const row = sheet.addRow(cells);
    row.font = { bold: true };
    row.commit();
  };

  const levels = workbook.addWorksheet('niveaus', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  levels.columns = widths(3 + criteria.length + 4);
  header(levels, ['IKC', 'Locatie', 'Ronde', ...criteriaHeaders, 'Doelen', 'Acties klaar', 'Acties totaal', 'Te laat']);
  const plans = new Map<string, IkcPlans>();
  let count = 0;
  for await (const batch of locationRowsCursor(sql, scope, filter)) {
    const decisions = await currentDecisions(
      sql,
      batch.flatMap((r) => (r.plan ? [r.plan.id] : [])),
    );
    for (const row of batch) {
      const loc = toOverviewLocation(row, criteria, decisions);
      const ikc = plans.get(row.ikcId) ?? { name: row.ikc, plan: emptyPlanSummary(), decision: null };
      addPlan(ikc, loc);
      plans.set(row.ikcId, ikc);
      const cells = levels.addRow([
        row.ikc,
        loc.name,
        roundText(loc),
        ...loc.cells.map((c) => c.label),
        loc.plan?.goals ?? null,
        loc.plan?.actionsDone ?? null,
        loc.plan?.actionsTotal ?? null,
        loc.plan?.overdue ?? null,
      ]);
      loc.cells.forEach((c, i) => {
        const fill = c.level === null ? undefined : LEVEL_FILL[String(c.level)];
        if (fill) cells.getCell(4 + i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      });
      cells.commit();
      count++;
    }
    await paced(levels);
  }
  levels.commit();

  const movement = workbook.addWorksheet('beweging', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  movement.columns = widths(3 + criteria.length);
  header(movement, ['IKC', 'Locatie', 'Vergeleken met', ...criteriaHeaders]);
  for await (const batch of locationRowsCursor(sql, scope, filter)) {
    for (const row of batch) {
      const loc = toOverviewLocation(row, criteria, new Map());
      movement
        .addRow([
          row.ikc,
          loc.name,
          loc.baseline ? `ronde van ${loc.baseline.opensOn}` : 'geen eerdere ronde',
          ...loc.cells.map((c) => c.movement?.label ?? ''),
        ])
        .commit();
    }
    await paced(movement);
  }
  movement.commit();

  const perIkc = workbook.addWorksheet('plannen per IKC', { views: [{ state: 'frozen', ySplit: 1 }] });
  perIkc.columns = widths(7);
  header(perIkc, ['IKC', 'Plannen', 'Doelen', 'Acties klaar', 'Acties totaal', 'Te laat', 'Besluit commissie']);
  for (const ikc of plans.values())
    perIkc
      .addRow([
        ikc.name,
        ikc.plan.plans,
        ikc.plan.goals,
        ikc.plan.actionsDone,
        ikc.plan.actionsTotal,
        ikc.plan.overdue,
        ikc.decision ? `${decisionLine(ikc.decision)}, ${ikc.decision.location.name}` : '',
      ])
      .commit();
  await paced(perIkc);
  perIkc.commit();

  const notes = workbook.addWorksheet('toelichting');
  notes.columns = [{ width: 120 }];
  for (const line of [
    `${input.organisation.name} — overzicht op ${scope.today}.`,
    filterText(filter, criteria),
    'Per locatie de ronde met het laatst gepubliceerde rapport (het niveau van de onderzoeker waar die er een vaststelde). Niveaus: 1.0 eenrichtingsverkeer, 2.0 tweerichtingsverkeer, 3.0 samenwerking.',
    '"geen gegevens": geen enkel perspectief had genoeg respondenten (minimaal 5) voor cijfers; verborgen cijfers blijven verborgen.',
    'Beweging: niveau in de ronde ervoor → niveau in deze ronde. Plannen: het laatste plan van aanpak per locatie; gestopte acties tellen niet mee.',
    'Besluit commissie: het meest recente besluit van de IKC-commissie dat geldt op een van de plannen van het IKC (een nieuwer besluit vervangt een eerder; de geschiedenis staat in het plan).',
  ])
    if (line) notes.addRow([line]).commit();
  notes.commit();
  return count;
}
