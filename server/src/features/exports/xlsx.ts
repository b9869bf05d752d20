import type { Sql } from '../../platform/db';
import { answerCell, FIXED_COLUMNS } from './columns';
import { type ExportPlan, exclusionNote } from './export-plan';
import { exportRowsCursor } from './queries';
import type { SheetWriter, WorkbookWriter } from './stream-xlsx';

/**
 * Writes the sheets as rows arrive from the cursor (see `xlsxStream`): "antwoorden" with one row per complete
 * response, "codeboek" with the questions and options, "toelichting" with the notes. Answers the number of rows.
 */
export async function writeResponsesXlsx(
  workbook: WorkbookWriter,
  sql: Sql,
  plan: ExportPlan,
  paced: (sheet: SheetWriter) => Promise<void>,
): Promise<number> {
  const answers = workbook.addWorksheet('antwoorden', { views: [{ state: 'frozen', ySplit: 1 }] });
  answers.addRow([...FIXED_COLUMNS, ...plan.columns.map((c) => c.variable)]).commit();
  let respondent = 0;
  if (plan.included.length > 0) {
    for await (const batch of exportRowsCursor(sql, plan.round.id, plan.included)) {
      for (const row of batch) {
        respondent++;
        const cells = plan.columns.map((c) =>
          c.audience === row.audience ? answerCell(c, row.answers, row.shareable) : null,
        );
        answers
          .addRow([
            respondent,
            row.audience,
            row.instrumentKey,
            row.instrumentVersion,
            row.locale,
            row.receivedOn,
            row.excluded ? 1 : 0,
            ...cells,
          ])
          .commit();
      }
      await paced(answers);
    }
  }
  answers.commit();

  const codebook = workbook.addWorksheet('codeboek');
  codebook
    .addRow(['variabele', 'vraag', 'doelgroep', 'vragenlijst', 'versie', 'soort', 'concept', 'criterium', 'opties'])
    .commit();
  for (const c of plan.columns) {
    const options = c.options.map((o) => `${o.value} = ${o.label} = ${o.score ?? ''}`).join(' | ');
    codebook
      .addRow([c.variable, c.text, c.audience, c.instrument, c.version, c.kind, c.concept, c.criterion, options])
      .commit();
  }
  codebook.commit();

  const notes = workbook.addWorksheet('toelichting');
  const lines = [
    `Ruwe antwoorden van ${plan.round.location} (${plan.round.ikc}), ronde ${plan.round.opensOn} tot en met ${plan.round.closesOn}.`,
    'Eén regel per volledig ingevulde vragenlijst; het respondentnummer is een volgnummer, geen sleutel naar iemand.',
    'Open antwoorden staan er alleen in als de onderzoeker ze heeft vrijgegeven (zo nodig ingekort of geanonimiseerd).',
    'De betekenis van elke waarde staat op het blad "codeboek"; "dk" is "weet ik niet / niet van toepassing".',
    'Kolom "excluded": 1 = door de onderzoeker uitgesloten (telt niet mee in de scores en het rapport), 0 = telt mee.',
    exclusionNote(plan),
  ];
  for (const line of lines) if (line) notes.addRow([line]).commit();
  notes.commit();
  return respondent;
}
