import type { Overview } from '@driehoek/shared';
import { LEVEL_COLOURS, ROUND_KIND_NL } from '@driehoek/shared';

/** The shared level colours as Excel's ARGB. */
const LEVEL_FILL: Record<string, string> = Object.fromEntries(
  Object.entries(LEVEL_COLOURS).map(([level, colour]) => [level, `FF${colour.slice(1).toUpperCase()}`]),
);

type OverviewLocation = Overview['ikcs'][number]['locations'][number];

const roundText = ({ round, pending }: OverviewLocation) => {
  const shown = round ? `${ROUND_KIND_NL[round.kind]} ${round.opensOn} – ${round.closesOn} (gepubliceerd)` : '';
  const later = pending
    ? `${ROUND_KIND_NL[pending.kind]} ${pending.opensOn} – ${pending.closesOn}: nog niet gepubliceerd`
    : '';
  return [shown, later].filter(Boolean).join('; ') || 'nog geen gepubliceerd rapport';
};

/** The overview as a workbook: levels with their colour and text, movement, and plan status per location and IKC. */
export async function renderOverviewXlsx(overview: Overview): Promise<Uint8Array> {
  // Loaded on first use: exceljs takes a quarter of a second to load, and most processes never write a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Driehoek';
  const criteriaHeaders = overview.criteria.map((c) => `${c.id} ${c.name}`);

  const levels = workbook.addWorksheet('niveaus', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  levels.addRow(['IKC', 'Locatie', 'Ronde', ...criteriaHeaders, 'Doelen', 'Acties klaar', 'Acties totaal', 'Te laat']);
  for (const ikc of overview.ikcs)
    for (const loc of ikc.locations) {
      const row = levels.addRow([
        ikc.name,
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
        if (fill) row.getCell(4 + i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      });
    }

  const movement = workbook.addWorksheet('beweging', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  movement.addRow(['IKC', 'Locatie', 'Vergeleken met', ...criteriaHeaders]);
  for (const ikc of overview.ikcs)
    for (const loc of ikc.locations)
      movement.addRow([
        ikc.name,
        loc.name,
        loc.baseline ? `ronde van ${loc.baseline.opensOn}` : 'geen eerdere ronde',
        ...loc.cells.map((c) => c.movement?.label ?? ''),
      ]);

  const plans = workbook.addWorksheet('plannen per IKC', { views: [{ state: 'frozen', ySplit: 1 }] });
  plans.addRow(['IKC', 'Plannen', 'Doelen', 'Acties klaar', 'Acties totaal', 'Te laat']);
  for (const ikc of overview.ikcs)
    plans.addRow([
      ikc.name,
      ikc.plan.plans,
      ikc.plan.goals,
      ikc.plan.actionsDone,
      ikc.plan.actionsTotal,
      ikc.plan.overdue,
    ]);

  for (const sheet of [levels, movement, plans]) {
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((col, i) => {
      col.width = i < 2 ? 28 : i === 2 ? 34 : 16;
    });
  }
  const notes = workbook.addWorksheet('toelichting');
  for (const line of [
    `${overview.organisation.name} — overzicht op ${overview.today}.`,
    'Per locatie de ronde met het laatst gepubliceerde rapport (het niveau van de onderzoeker waar die er een vaststelde). Niveaus: 1.0 eenrichtingsverkeer, 2.0 tweerichtingsverkeer, 3.0 samenwerking.',
    '"geen gegevens": geen enkel perspectief had genoeg respondenten (minimaal 5) voor cijfers; verborgen cijfers blijven verborgen.',
    'Beweging: niveau in de ronde ervoor → niveau in deze ronde. Plannen: het laatste plan van aanpak per locatie; gestopte acties tellen niet mee.',
  ])
    notes.addRow([line]);
  notes.getColumn(1).width = 120;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
