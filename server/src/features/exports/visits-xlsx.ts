import {
  SETTLEMENT_HEADER,
  settlementRows,
  VISIT_CODEBOOK_HEADER,
  type VisitsExport,
  visitCodebook,
  visitHeader,
} from './visits-export';

/**
 * The visits as a workbook: "bezoeken" (one row per coding), "codeboek", "beslissingen" (the researcher's settled
 * ticks of double-coded visits) and "toelichting". A round has tens of visits, so the workbook is built in memory.
 */
export async function visitsWorkbook(plan: VisitsExport): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on first use: exceljs takes a quarter of a second to load, and most processes never write a workbook.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const visits = workbook.addWorksheet('bezoeken', { views: [{ state: 'frozen', ySplit: 1 }] });
  visits.addRow(visitHeader(plan));
  for (const row of plan.rows) visits.addRow(row);
  const codebook = workbook.addWorksheet('codeboek');
  codebook.addRow(VISIT_CODEBOOK_HEADER);
  for (const row of visitCodebook(plan)) codebook.addRow(row);
  const settled = workbook.addWorksheet('beslissingen');
  settled.addRow(SETTLEMENT_HEADER);
  for (const row of settlementRows(plan)) settled.addRow(row);
  const notes = workbook.addWorksheet('toelichting');
  for (const line of [
    `Bezoeken van de mystery guest bij ${plan.round.location} (${plan.round.ikc}), ronde ${plan.round.opensOn} tot en met ${plan.round.closesOn}.`,
    'Eén regel per vastgelegd bezoek. Twee observanten die één bezoek coderen, gebruiken dezelfde bezoekcode: hun regels horen bij één bezoek (kolom coding), het rapport telt ze als één bezoek met een kappa.',
    'Waar de coderingen verschillen, beslist de onderzoeker; die beslissingen staan op het blad "beslissingen" en tellen in het rapport.',
    `De waarde "${plan.model.mysteryGuest.tickValues.notObserved}" bij een waarneming betekent "niet waargenomen": ontbrekende gegevens, geen "weet ik niet".`,
    'De betekenis van elke kolom en waarde staat op het blad "codeboek".',
  ])
    notes.addRow([line]);
  return new Uint8Array(await workbook.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
