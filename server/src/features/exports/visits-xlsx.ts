import type { Sql } from '../../platform/db';
import type { SheetWriter, WorkbookWriter } from './stream-xlsx';
import {
  SETTLEMENT_HEADER,
  settlementRows,
  VISIT_CODEBOOK_HEADER,
  type VisitsExport,
  visitCodebook,
  visitHeader,
  visitRows,
} from './visits-export';

/**
 * Writes the visits as sheets (see `xlsxStream`): "bezoeken" (one row per coding, from the cursor), "codeboek",
 * "beslissingen" (the researcher's settled ticks of double-coded visits) and "toelichting". Answers the number of
 * visit rows.
 */
export async function writeVisitsXlsx(
  workbook: WorkbookWriter,
  sql: Sql,
  plan: VisitsExport,
  paced: (sheet: SheetWriter) => Promise<void>,
): Promise<number> {
  const visits = workbook.addWorksheet('bezoeken', { views: [{ state: 'frozen', ySplit: 1 }] });
  visits.addRow(visitHeader(plan)).commit();
  let count = 0;
  for await (const batch of visitRows(sql, plan)) {
    for (const row of batch) visits.addRow(row).commit();
    count += batch.length;
    await paced(visits);
  }
  visits.commit();
  const codebook = workbook.addWorksheet('codeboek');
  codebook.addRow(VISIT_CODEBOOK_HEADER).commit();
  for (const row of visitCodebook(plan)) codebook.addRow(row).commit();
  codebook.commit();
  const settled = workbook.addWorksheet('beslissingen');
  settled.addRow(SETTLEMENT_HEADER).commit();
  for (const row of settlementRows(plan)) settled.addRow(row).commit();
  settled.commit();
  const notes = workbook.addWorksheet('toelichting');
  for (const line of [
    `Bezoeken van de mystery guest bij ${plan.round.location} (${plan.round.ikc}), ronde ${plan.round.opensOn} tot en met ${plan.round.closesOn}.`,
    'Eén regel per vastgelegd bezoek. Twee observanten die één bezoek coderen, gebruiken dezelfde bezoekcode: hun regels horen bij één bezoek (kolom coding), het rapport telt ze als één bezoek met een kappa.',
    'Waar de coderingen verschillen, beslist de onderzoeker; die beslissingen staan op het blad "beslissingen" en tellen in het rapport.',
    `De waarde "${plan.model.mysteryGuest.tickValues.notObserved}" bij een waarneming betekent "niet waargenomen": ontbrekende gegevens, geen "weet ik niet".`,
    'De betekenis van elke kolom en waarde staat op het blad "codeboek".',
  ])
    notes.addRow([line]).commit();
  notes.commit();
  return count;
}
