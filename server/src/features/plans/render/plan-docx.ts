import { ACTION_STATUS_NL, dutchDay, type Plan, type PlanGoal } from '@driehoek/shared';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  actionCounts,
  currentDecisionText,
  DECISION_COLUMNS,
  dateText,
  decisionRows,
  goalHeading,
  INTRO,
  knosterRows,
  SCALE_NOTE,
  statusText,
  tenMinuteText,
  whyText,
} from './plan-text';

const LEVEL_FILL: Record<string, string> = { '1': 'E9C9B5', '2': 'F2E2A8', '3': 'B9DCC0', none: 'F3F5F8' };
const HEADER_FILL = 'F3F5F8';
const WARN = 'B3541E';

const p = (text: string, options: { bold?: boolean; italics?: boolean; color?: string } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 80 } });

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });

function cell(content: string | Paragraph[], options: { fill?: string; bold?: boolean; width?: number } = {}) {
  return new TableCell({
    children: typeof content === 'string' ? [p(content, { bold: options.bold })] : content,
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
  });
}

function table(header: string[], rows: Array<Array<string | TableCell>>, widths?: number[]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) => cell(h, { fill: HEADER_FILL, bold: true, width: widths?.[i] })),
      }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: r.map((c, i) => (typeof c === 'string' ? cell(c, { width: widths?.[i] }) : c)),
          }),
      ),
    ],
  });
}

const levelCell = (label: string, value: number | null) =>
  cell(label, { fill: LEVEL_FILL[value === null ? 'none' : String(value)], bold: true });

function goalBlock(plan: Plan, g: PlanGoal) {
  const f = g.findings;
  const overdue = new Set(plan.overdue.map((o) => o.actionId));
  const blocks: Array<Paragraph | Table> = [
    heading(goalHeading(g), HeadingLevel.HEADING_2),
    heading('Waarom dit nodig is: wat de scan liet zien', HeadingLevel.HEADING_3),
    p(`Huidig niveau ${f.label}; ambitie ${g.ambition}.0.`, { bold: true }),
    p(f.sentence),
  ];
  if (f.gap) blocks.push(p(`${f.gapFlagged ? 'Groot verschil in beleving: ' : ''}${f.gap}.`));
  blocks.push(heading('Doel', HeadingLevel.HEADING_3));
  blocks.push(p(g.goal.trim() || 'Nog geen doel geschreven.', { italics: !g.goal.trim() }));
  blocks.push(heading(`Acties (${actionCounts(g)})`, HeadingLevel.HEADING_3));
  if (g.actions.length === 0) blocks.push(p('Nog geen acties.', { italics: true }));
  else
    blocks.push(
      table(
        ['Actie', 'Waarom het helpt', 'Eigenaar', 'Start', 'Gereed', 'Status'],
        g.actions.map((a) => [
          a.title,
          whyText(a),
          a.owner || '—',
          dateText(a.startsOn),
          dateText(a.dueOn),
          `${statusText(a)}${overdue.has(a.id) ? ' (te laat)' : ''}`,
        ]),
        [22, 36, 12, 10, 10, 10],
      ),
    );
  blocks.push(heading('Voorwaarden voor verandering (Knoster)', HeadingLevel.HEADING_3));
  blocks.push(
    table(
      ['Voorwaarde', 'Wat we doen'],
      knosterRows(g).map((r) => [
        cell(r.label, { bold: true }),
        cell([...(r.text ? [p(r.text)] : []), ...(r.missing ? [p(r.missing, { bold: true, color: WARN })] : [])]),
      ]),
      [25, 75],
    ),
  );
  if (g.progress) {
    blocks.push(heading('Voortgang in de vervolgmeting', HeadingLevel.HEADING_3));
    blocks.push(p(g.progress.sentence));
  }
  return blocks;
}

/** The plan of action as a Word document with the same content as the PDF, ready to paste into an application. */
export async function renderPlanDocx(plan: Plan, options: { generatedOn: string }): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [
    p('PLAN VAN AANPAK OUDERBETROKKENHEID', { bold: true, color: '1F6F8B' }),
    new Paragraph({ text: plan.title, heading: HeadingLevel.TITLE }),
    p(`${plan.location.name} · ${plan.ikc.name} · ${plan.organisation.name}`, { color: '5B6473' }),
    p(
      `Gebaseerd op de ${plan.round.kind === 'baseline' ? 'nulmeting' : 'vervolgmeting'}${plan.round.name ? ` ${plan.round.name}` : ''}, ${dutchDay(plan.round.opensOn)} tot en met ${dutchDay(plan.round.closesOn)}.`,
    ),
    ...(plan.followUp
      ? [p(`Vervolgmeting: ${dutchDay(plan.followUp.opensOn)} tot en met ${dutchDay(plan.followUp.closesOn)}.`)]
      : []),
    p(`Blijven de tienminutengesprekken bestaan? ${tenMinuteText(plan)}.`),
    p(`Besluit IKC-commissie: ${currentDecisionText(plan)}.`),
    p(`Gemaakt op ${dutchDay(options.generatedOn)}.`),
    p(INTRO),
    heading('Overzicht', HeadingLevel.HEADING_1),
  ];
  if (plan.goals.length === 0) children.push(p('Het plan heeft nog geen doelen.', { italics: true }));
  else
    children.push(
      table(
        ['Criterium', 'Nu', 'Ambitie', 'Acties'],
        plan.goals.map((g) => [
          `${g.criterion} ${g.findings.name}`,
          levelCell(g.findings.label, g.findings.level),
          levelCell(`${g.ambition}.0`, g.ambition),
          actionCounts(g),
        ]),
        [46, 16, 16, 22],
      ),
    );
  for (const w of plan.warnings) {
    children.push(p(w.message, { bold: true, color: WARN }));
    for (const e of w.evidence) children.push(p(e));
  }
  for (const g of plan.goals) children.push(...goalBlock(plan, g));
  if (plan.overdue.length > 0) {
    children.push(heading('Acties over de datum', HeadingLevel.HEADING_1));
    for (const o of plan.overdue)
      children.push(
        p(`${o.title} — ${o.owner || 'geen eigenaar'}, gereed ${dutchDay(o.dueOn)} (${o.daysLate} dagen te laat)`),
      );
  }
  if (plan.committee.decisions.length > 0) {
    children.push(heading('Besluiten van de IKC-commissie', HeadingLevel.HEADING_1));
    children.push(
      table(
        DECISION_COLUMNS,
        decisionRows(plan).map((d) => [d.decidedOn, d.subject, d.outcome, d.reason, d.by, d.state]),
        [13, 20, 17, 26, 12, 12],
      ),
    );
  }
  if (plan.updates.length > 0) {
    children.push(heading('Verloop', HeadingLevel.HEADING_1));
    children.push(
      table(
        ['Wanneer', 'Actie', 'Wijziging', 'Notitie', 'Door'],
        plan.updates
          .slice(0, 40)
          .map((u) => [
            dutchDay(u.at.slice(0, 10)),
            u.actionTitle,
            u.fromStatus
              ? `${ACTION_STATUS_NL[u.fromStatus]} → ${ACTION_STATUS_NL[u.toStatus]}`
              : `toegevoegd (${ACTION_STATUS_NL[u.toStatus]})`,
            u.note ?? '',
            u.by ?? '',
          ]),
        [14, 26, 18, 28, 14],
      ),
    );
  }
  children.push(p(SCALE_NOTE, { italics: true, color: '5B6473' }));
  const doc = new Document({
    creator: 'Driehoek',
    title: plan.title,
    description: 'Plan van aanpak ouderbetrokkenheid',
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
