import { bandOf, type InstrumentFile, type Locale, routeExpression, type ScanModel } from '@driehoek/shared';
import { estimateSeconds } from '../estimate-time';
import { plainText, textIn } from '../localised';
import { choicesOf, surveyElements } from '../survey-elements';

/** One line of the CSV codebook: an option of a question, or the question itself when it has no options. */
export type CodebookRow = {
  instrument: string;
  version: number;
  perspective: string;
  page: string;
  question: string;
  concept: string;
  kind: string;
  criterion: string;
  tier: string;
  unit: string;
  tags: string;
  questionNl: string;
  questionEn: string;
  optionValue: string;
  optionNl: string;
  optionEn: string;
  level: string;
  /** The option's level on the 1.0–3.0 scale as a number; null for don't know, not scored and non-options. */
  optionLevel: number | null;
  /**
   * The whole level the option describes ("1.0", "2.0", "3.0") by the model's bands: for a `levels` item the
   * behaviour its text describes, for a tick the level one such observation is evidence for. Empty without a model,
   * for don't know and for unscored options.
   */
  describes: string;
  /** The answer scale of a scored item (`levels`, `frequency`, `share`, `faces`); empty when it has none. */
  scale: string;
  /** Key of the item's route; empty when everyone is asked it. */
  route: string;
  routeNl: string;
  routeEn: string;
  /** The SurveyJS condition that shows the item (`routeExpression` of its route); empty when unrouted. */
  routeCondition: string;
};

const formatLevel = (score: unknown): string => (typeof score === 'number' ? score.toFixed(2) : String(score ?? ''));

/**
 * Rows of the codebook of one instrument version, in questionnaire order. With the scan model's bands every scored
 * option also says which whole level it describes.
 */
export function codebookRows(instrument: InstrumentFile, model?: Pick<ScanModel, 'bands'>): CodebookRow[] {
  const en: Locale = instrument.locales.includes('en') ? 'en' : 'nl';
  const rows: CodebookRow[] = [];
  for (const placed of surveyElements(instrument.survey)) {
    const meta = instrument.items[placed.name];
    if (!meta) continue;
    const base = {
      instrument: instrument.key,
      version: instrument.version,
      perspective: instrument.perspective,
      page: placed.pageName,
      question: placed.name,
      concept: meta.concept,
      kind: meta.kind,
      criterion: meta.criterion ?? '',
      tier: meta.tier ? String(meta.tier) : '',
      unit: meta.unit ?? '',
      tags: meta.tags.join(' '),
      questionNl: plainText(textIn(placed.element.title, 'nl')),
      questionEn: plainText(textIn(placed.element.title, en)),
      scale: meta.scale ?? '',
      ...routeColumns(instrument, meta.route),
    };
    const choices = choicesOf(placed.element);
    if (choices.length === 0) {
      rows.push({ ...base, optionValue: '', optionNl: '', optionEn: '', level: '', optionLevel: null, describes: '' });
      continue;
    }
    for (const choice of choices) {
      const value = String(choice.value);
      const score = meta.scoring?.[value];
      const optionLevel = typeof score === 'number' ? score : null;
      rows.push({
        ...base,
        optionValue: value,
        optionNl: textIn(choice.text, 'nl'),
        optionEn: textIn(choice.text, en),
        level: meta.scoring ? formatLevel(score) : 'ns',
        optionLevel,
        describes: optionLevel !== null && model ? `${bandOf(model, optionLevel)}.0` : '',
      });
    }
  }
  return rows;
}

function routeColumns(instrument: InstrumentFile, key: string | undefined) {
  const route = key === undefined ? undefined : instrument.routes?.[key];
  return {
    route: key ?? '',
    routeNl: route?.label.nl ?? '',
    routeEn: route?.label.en ?? '',
    routeCondition: route ? routeExpression(route) : '',
  };
}

const CSV_COLUMNS: Array<[keyof CodebookRow, string]> = [
  ['instrument', 'instrument'],
  ['version', 'version'],
  ['perspective', 'perspective'],
  ['page', 'page'],
  ['question', 'question'],
  ['concept', 'concept'],
  ['kind', 'kind'],
  ['criterion', 'criterion'],
  ['tier', 'tier'],
  ['unit', 'unit'],
  ['tags', 'tags'],
  ['questionNl', 'question_nl'],
  ['questionEn', 'question_en'],
  ['optionValue', 'option_value'],
  ['optionNl', 'option_nl'],
  ['optionEn', 'option_en'],
  ['level', 'level'],
  ['describes', 'describes_level'],
  ['scale', 'scale'],
  ['route', 'route'],
  ['routeEn', 'route_label'],
  ['routeCondition', 'route_condition'],
];

const csvCell = (v: string | number | null): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const mdCell = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

function minutes(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** The Markdown and CSV codebook of one instrument version. Pure: the script writes what this returns. */
export function buildCodebook(instrument: InstrumentFile, model: ScanModel): { markdown: string; csv: string } {
  const rows = codebookRows(instrument, model);
  const csv = `${[CSV_COLUMNS.map(([, h]) => h).join(','), ...rows.map((r) => CSV_COLUMNS.map(([k]) => csvCell(r[k])).join(','))].join('\n')}\n`;

  const metas = Object.values(instrument.items);
  const scored = metas.filter((m) => m.kind === 'scored');
  const criterionName = new Map(model.criteria.map((c) => [c.id, `${c.name.nl} / ${c.name.en}`]));
  const lines: string[] = [
    `# Codebook: ${instrument.key} v${instrument.version}`,
    '',
    `<!-- Generated by surveys/scripts/codebook.ts from surveys/${instrument.key}/v${instrument.version}.json. Do not edit; run \`pnpm --filter @driehoek/surveys codebook\`. -->`,
    '',
    `- Perspective: **${instrument.perspective}**`,
    `- Languages: ${instrument.locales.join(', ')} (Dutch is the source)`,
    `- Questions: ${metas.length}, of which ${scored.length} scored`,
    `- Estimated time: ${minutes(estimateSeconds(instrument, model))} (${model.authoring.secondsPerItem} s per closed question, ${model.authoring.secondsPerOpenQuestion} s per open question${instrument.routes ? ', on the longest route' : ''})`,
    `- Scan model: v${model.version}`,
    '',
    '**How to read this.** Every scored option has a *level* on the scan model’s continuous scale from 1.00 (one-way: the IKC sends) through 2.00 (two-way sending) to 3.00 (collaboration). `dk` (don’t know / not applicable / not observed) is left out of every mean and its rate is reported; `ns` is not scored. *Describes* is the whole level (1.0, 2.0 or 3.0) an option stands for by the scan model’s bands: on the `levels` scale each option’s text describes behaviour at that level; on a frequency or share scale it is the level the answer counts as. A *concept* key stays the same in later versions of this instrument, so rounds stay comparable; a parent item and its professional mirror (tag `mirror`) share everything after the first part of the concept key. A *route* names who is asked an item; everyone else is not asked it.',
  ];
  if (instrument.perspective === 'mystery-guest') {
    const o = model.mysteryGuest.optionLevelOffset;
    lines.push(
      '',
      `**Ticks.** Each tick has a tier: 1 basic hygiene, 2 responsiveness, 3 partnership. An option’s level is max(1, tier + offset) with offsets yes ${o.yes}, partly ${o.partly}, no ${o.no}: “yes” on a tier-3 tick is evidence at 3.0. A visit’s level per criterion follows the staircase rule of the scan model (mean credit of at least ${model.mysteryGuest.passShare} at every tier up to the level); option levels explain a visit and are not averaged. The observer never sees tiers: they are in this codebook and the scoring metadata only. “${model.mysteryGuest.notObserved?.label.nl ?? 'niet waargenomen'}” (value \`${model.mysteryGuest.tickValues.notObserved}\`) is missing data, not “don’t know”.`,
    );
  }
  if (instrument.routes) {
    lines.push(
      '',
      '## Routes',
      '',
      'A routed item is shown only to the respondents its route applies to; scoring treats it as not asked for the others (neither an answer nor “don’t know”).',
      '',
      '| route | who | shown when | items |',
      '|---|---|---|---|',
    );
    for (const [key, route] of Object.entries(instrument.routes)) {
      const n = metas.filter((m) => m.route === key).length;
      lines.push(
        `| \`${key}\` | ${mdCell(route.label.nl)} / ${mdCell(route.label.en)} | \`${mdCell(routeExpression(route))}\` | ${n} |`,
      );
    }
  }
  lines.push('', '## Scored items per criterion', '', '| criterion | name | scored items |', '|---|---|---|');
  for (const c of model.criteria) {
    const n = scored.filter((m) => m.criterion === c.id).length;
    lines.push(`| ${c.id} | ${criterionName.get(c.id)} | ${n} |`);
  }
  lines.push('', '## Items', '');
  let page = '';
  for (const placed of surveyElements(instrument.survey)) {
    const meta = instrument.items[placed.name];
    if (placed.pageName !== page) {
      page = placed.pageName;
      lines.push(`### Page \`${page}\`: ${mdCell(textIn(placed.page.title, 'nl'))}`, '');
    }
    if (!meta) continue;
    const title = plainText(textIn(placed.element.title, 'nl'));
    const titleEn = plainText(textIn(placed.element.title, instrument.locales.includes('en') ? 'en' : 'nl'));
    const facts = [
      `concept \`${meta.concept}\``,
      `kind ${meta.kind}`,
      meta.criterion
        ? `criterion ${meta.criterion} (${model.criteria.find((c) => c.id === meta.criterion)?.name.en})`
        : '',
      meta.tier ? `tier ${meta.tier}` : '',
      meta.unit ? `unit ${meta.unit}` : '',
      meta.scale ? `scale ${meta.scale}` : '',
      meta.route
        ? `route \`${meta.route}\` (${mdCell(instrument.routes?.[meta.route]?.label.en ?? '?')})`
        : 'asked of everyone',
      meta.tags.length > 0 ? `tags ${meta.tags.map((t) => `\`${t}\``).join(' ')}` : '',
    ].filter(Boolean);
    lines.push(`**\`${placed.name}\`** — ${mdCell(title)}`, '', `*${mdCell(titleEn)}*`, '', facts.join(' · '), '');
    const options = rows.filter((r) => r.question === placed.name && r.optionValue !== '');
    if (options.length > 0) {
      lines.push('| value | option (nl) | option (en) | level | describes |', '|---|---|---|---|---|');
      for (const r of options)
        lines.push(
          `| ${mdCell(r.optionValue)} | ${mdCell(r.optionNl)} | ${mdCell(r.optionEn)} | ${r.level} | ${r.describes || '—'} |`,
        );
      lines.push('');
    }
  }
  return { markdown: `${lines.join('\n').trimEnd()}\n`, csv };
}
