import type { ExclusionCounts, PublishedReport, ReportJudgement, RoundReportView } from '../contracts/reports';
import type { CriterionId, Perspective } from '../instruments/instrument-file';
import type { Level, LocationReport, OverallLevel } from '../scoring/report-schema';
import { PERSPECTIVE_NL } from '../vocabulary';

/** A criterion's level as readers take it: the researcher's where they set one (with the reason), else computed. */
export type EffectiveLevel = {
  criterion: CriterionId;
  level: Level | null;
  computed: Level | null;
  adjusted: { level: Level; reason: string } | null;
};

export function effectiveLevels(
  overall: ReadonlyArray<Pick<OverallLevel, 'criterion' | 'level'>>,
  judgement: Pick<ReportJudgement, 'criteria'>,
): EffectiveLevel[] {
  return overall.map((o) => {
    const j = judgement.criteria.find((c) => c.criterion === o.criterion);
    const adjusted = j?.adjustedLevel ? { level: j.adjustedLevel, reason: j.reason ?? '' } : null;
    return { criterion: o.criterion, level: adjusted?.level ?? o.level, computed: o.level, adjusted };
  });
}

/** "vastgesteld 2.0 door de onderzoeker, berekend 1.0 — reden: …": an adjusted level never replaces one silently. */
export function adjustedSentence(e: EffectiveLevel): string | null {
  if (!e.adjusted) return null;
  const computed = e.computed === null ? 'geen berekend niveau' : `berekend ${e.computed}.0`;
  return `vastgesteld ${e.adjusted.level}.0 door de onderzoeker, ${computed} — reden: ${e.adjusted.reason}`;
}

/** What the report's overall levels become when the researcher's adjustments are applied (plan, overview). */
export function withAdjustedLevels(
  report: LocationReport,
  judgement: Pick<ReportJudgement, 'criteria'>,
): LocationReport {
  const levels = effectiveLevels(report.overall, judgement);
  return {
    ...report,
    overall: report.overall.map((o, i) => {
      const e = levels[i];
      if (!e?.adjusted) return o;
      return {
        ...o,
        level: e.adjusted.level,
        explanation: { ...o.explanation, sentence: `${adjustedSentence(e)}. ${o.explanation.sentence}` },
      };
    }),
  };
}

export type TodoInput = {
  status: 'draft' | 'open' | 'closed' | 'reported';
  openAnswersPending: number;
  judgement: Pick<ReportJudgement, 'summary'>;
  completeResponses: number;
  /** Perspectives whose responses changed by fewer than the minimum since an earlier publication. */
  smallChange?: SmallChange;
  /** The round's raw data was deleted (retention or request): nothing can be scored or published again. */
  rawDataDeleted?: boolean;
};

/**
 * A perspective whose scored responses (complete, not excluded) differ from an earlier publication's by 1 to
 * `min` − 1; `excluded`: how many of those differences are responses the researcher excluded since.
 */
export type SmallChange = {
  version: number;
  perspective: Perspective;
  changed: number;
  min: number;
  excluded?: number;
};

/**
 * Why a republication waits: two versions a few responses apart give those respondents' answers by subtraction.
 * An excluded response is such a difference too: the earlier version scored it, the new one would not.
 */
export function smallChangeText({ version, perspective, changed, min, excluded = 0 }: SmallChange): string {
  const one = changed === 1;
  const text = `Sinds publicatie ${version} ${one ? 'is 1 antwoord' : `zijn ${changed} antwoorden`} van ${PERSPECTIVE_NL[perspective]} veranderd, minder dan ${min}. Wie beide versies naast elkaar legt, kan zien wat ${one ? 'die respondent antwoordde' : 'die respondenten antwoordden'}. Publiceer opnieuw als er minstens ${min} antwoorden bij zijn gekomen.`;
  if (excluded === 0) return text;
  const which =
    excluded === 1
      ? 'Eén daarvan is een antwoord dat u hebt uitgesloten'
      : `${excluded} daarvan zijn antwoorden die u hebt uitgesloten`;
  return `${text} ${which}: antwoorden uitsluiten doet u daarom het best vóór de eerste publicatie. Telt u ${excluded === 1 ? 'het' : 'ze'} weer mee, dan vervalt dit bezwaar.`;
}

/** What the researcher has still to do before publishing, in Dutch; empty when the report is ready. */
export function publishTodo(input: TodoInput): Array<{ key: string; text: string }> {
  const todo: Array<{ key: string; text: string }> = [];
  if (input.rawDataDeleted)
    return [
      { key: 'raw-data', text: 'De ruwe gegevens van deze ronde zijn verwijderd: er valt niets meer te publiceren.' },
    ];
  if (input.status === 'draft' || input.status === 'open')
    todo.push({ key: 'close', text: 'De ronde is nog niet gesloten: sluit haar eerst.' });
  if (input.completeResponses === 0) todo.push({ key: 'responses', text: 'Er zijn nog geen volledige antwoorden.' });
  if (input.openAnswersPending > 0)
    todo.push({
      key: 'open-answers',
      text: `${input.openAnswersPending} open ${input.openAnswersPending === 1 ? 'antwoord' : 'antwoorden'} niet beoordeeld`,
    });
  if (input.smallChange) todo.push({ key: 'small-change', text: smallChangeText(input.smallChange) });
  const { strengths, improvements, advice } = input.judgement.summary;
  if (![strengths, improvements, advice].some((t) => t.trim().length > 0))
    todo.push({ key: 'summary', text: 'geen samenvatting (sterke punten, verbeterpunten, advies)' });
  return todo;
}

type Comparable = Pick<RoundReportView, 'report' | 'exclusions'> & { judgement: ReportJudgement };

const excludedTotal = (c: Comparable) => (c.exclusions ?? []).reduce((n, e) => n + e.count, 0);

/**
 * What differs between what was published and the draft now, in Dutch sentences: levels per criterion (computed or
 * set by the researcher), responses counted, open answers shown, the summary and interpretations. Empty when a
 * reader would see the same report.
 */
export function publicationChanges(published: Comparable, draft: Comparable): string[] {
  const out: string[] = [];
  const before = effectiveLevels(published.report.overall, published.judgement);
  const after = effectiveLevels(draft.report.overall, draft.judgement);
  for (const a of after) {
    const b = before.find((x) => x.criterion === a.criterion);
    const text = (l: Level | null) => (l === null ? 'geen niveau' : `${l}.0`);
    if (b?.level !== a.level) out.push(`${a.criterion}: ${text(b?.level ?? null)} → ${text(a.level)}`);
    else if (b.computed !== a.computed) out.push(`${a.criterion}: berekend ${text(b.computed)} → ${text(a.computed)}`);
  }
  for (const r of draft.report.respondents.byPerspective) {
    const p = published.report.respondents.byPerspective.find((x) => x.perspective === r.perspective);
    const count = (x: typeof r | undefined) => (x && !x.suppressed ? x.complete : null);
    if (count(p) !== count(r)) {
      const say = (n: number | null) => (n === null ? 'te weinig om te tonen' : `${n}`);
      out.push(`${PERSPECTIVE_NL[r.perspective]}: ${say(count(p))} → ${say(count(r))} volledige antwoorden`);
    }
  }
  if (excludedTotal(published) !== excludedTotal(draft))
    out.push(`uitgesloten antwoorden: ${excludedTotal(published)} → ${excludedTotal(draft)}`);
  const shown = (c: Comparable) => c.report.openAnswers.reduce((n, g) => n + (g.shown ? g.answers.length : 0), 0);
  if (shown(published) !== shown(draft)) out.push(`open antwoorden getoond: ${shown(published)} → ${shown(draft)}`);
  if (JSON.stringify(published.judgement.summary) !== JSON.stringify(draft.judgement.summary))
    out.push('de samenvatting is gewijzigd');
  const words = (c: Comparable) => JSON.stringify(c.judgement.criteria.map((j) => [j.criterion, j.interpretation]));
  if (words(published) !== words(draft)) out.push('een of meer interpretaties zijn gewijzigd');
  const quotes = (c: Comparable) => JSON.stringify(c.judgement.quotes.map((q) => [q.visitId, q.question, q.text]));
  if (quotes(published) !== quotes(draft)) out.push('de citaten van de mystery guest zijn gewijzigd');
  return out;
}

/**
 * "2 antwoorden (ouders: 2)": how many responses the researcher left out of a report, per audience; null when none.
 * Counts only: which and why stay with the research team (decision 0015).
 */
export function exclusionsText(exclusions: ExclusionCounts | undefined): string | null {
  const list = exclusions ?? [];
  const total = list.reduce((n, e) => n + e.count, 0);
  if (total === 0) return null;
  const parts = list.map((e) => `${PERSPECTIVE_NL[e.perspective]}: ${e.count}`).join(', ');
  return `${total} ${total === 1 ? 'antwoord' : 'antwoorden'} (${parts})`;
}

/** The snapshot a publication stores, from the draft at that moment. */
export function snapshotOf(
  draft: RoundReportView & { judgement: ReportJudgement },
  publication: PublishedReport['publication'],
): PublishedReport {
  return {
    round: { ...draft.round, status: 'reported' },
    report: draft.report,
    comparison: draft.comparison,
    ...(draft.exclusions && draft.exclusions.length > 0 ? { exclusions: draft.exclusions } : {}),
    judgement: draft.judgement,
    publication,
  };
}
