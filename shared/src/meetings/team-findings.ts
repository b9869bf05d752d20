import type { DeckPoint } from '../contracts/meetings';
import type { CriterionId } from '../instruments/instrument-file';
import { bandOf, type ScanModel } from '../model/scan-model';
import type { Gap, LocationReport, OverallLevel } from '../scoring/report-schema';
import { TOUCHPOINT_NL } from '../vocabulary';
import { levelMeaning, levelWord, lowerFirst } from './deck-words';

/** What the team findings read: the report with the levels readers take (the researcher's where set). */
export type FindingsReport = Pick<LocationReport, 'overall' | 'criteria' | 'gaps' | 'mysteryGuest'>;
type Model = Pick<ScanModel, 'criteria' | 'scale' | 'bands' | 'level3' | 'gap'>;

const nameOf = (model: Model, id: CriterionId): string => model.criteria.find((c) => c.id === id)?.name.nl ?? id;
const rubricOf = (model: Model, id: CriterionId, level: '2' | '3'): string =>
  model.criteria.find((c) => c.id === id)?.rubric[level].nl ?? '';

/** Criteria with a level, by the mean the level was read from (highest first, or lowest first). */
function ranked(overall: ReadonlyArray<OverallLevel>, order: 'high' | 'low'): OverallLevel[] {
  const sign = order === 'high' ? -1 : 1;
  return overall
    .filter((o) => o.level !== null)
    .sort(
      (a, b) =>
        sign * ((a.level ?? 0) - (b.level ?? 0)) ||
        sign * ((a.reportedMean ?? 0) - (b.reportedMean ?? 0)) ||
        Number(a.criterion.slice(1)) - Number(b.criterion.slice(1)),
    );
}

/** The first `max` points, one per criterion: a slide of three on one criterion says less than three on three. */
function firstDistinct(candidates: DeckPoint[], max: number): DeckPoint[] {
  const out: DeckPoint[] = [];
  for (const c of candidates) {
    if (out.length >= max) break;
    if (c.criterion !== null && out.some((o) => o.criterion === c.criterion)) continue;
    out.push(c);
  }
  return out;
}

/**
 * Up to `max` strengths in the team's words, strongest first: criteria at 3.0; criteria where parents already
 * experience collaboration; a touchpoint where the mystery guest was met as a partner; then the criteria closest to
 * 3.0. Only figures the report shows are read, so a hidden group can never surface here.
 */
export function teamStrengths(report: FindingsReport, model: Model, max = 3): DeckPoint[] {
  const candidates: DeckPoint[] = [];
  for (const o of ranked(report.overall, 'high')) {
    if (o.level !== 3) continue;
    candidates.push({
      criterion: o.criterion,
      title: nameOf(model, o.criterion),
      text: `Hier werken ouders en het IKC al samen (3.0). ${rubricOf(model, o.criterion, '3')}`,
    });
  }
  for (const o of ranked(report.overall, 'high')) {
    const parents = report.criteria.find((c) => c.criterion === o.criterion && c.perspective === 'parents');
    if (o.level === 3 || !parents || parents.suppressed || parents.mean < model.level3.evidenceAtLeast) continue;
    candidates.push({
      criterion: o.criterion,
      title: nameOf(model, o.criterion),
      text: 'Ouders ervaren hier al echte samenwerking, ook al staat het criterium als geheel nog niet op 3.0.',
    });
  }
  for (const touchpoint of report.mysteryGuest.touchpoints) {
    if (!touchpoint.visits.some((v) => v.tierReached === 3)) continue;
    const where = TOUCHPOINT_NL[touchpoint.instrumentKey] ?? touchpoint.instrumentKey;
    candidates.push({
      criterion: null,
      title: where,
      text: 'De mystery guest werd hier ontvangen als partner: er werd gevraagd en geluisterd, niet alleen verteld.',
    });
  }
  // The upper half of level 2 only: a criterion just above 1.0 is no strength to open a meeting with.
  const upperTwo = (model.bands.edges[0] + model.bands.edges[1]) / 2;
  for (const o of ranked(report.overall, 'high')) {
    if (o.level !== 2 || (o.reportedMean ?? 0) < upperTwo) continue;
    candidates.push({
      criterion: o.criterion,
      title: nameOf(model, o.criterion),
      text: `Op weg naar samenwerking (2.0): ${lowerFirst(levelMeaning(model, 2).split(',')[0] ?? '')}. Het staat dicht bij 3.0.`,
    });
  }
  return firstDistinct(candidates, max);
}

/** A flagged gap where professionals see more than parents experience. */
const wideGap = (g: Gap | undefined): g is Extract<Gap, { available: true }> =>
  g?.available === true && g.flagged && g.gap > 0;

/**
 * Up to `max` points for improvement, most urgent first: criteria at 1.0 with the next step; a gap of a level or
 * more between professionals and parents; a criterion kept from 3.0 because parents and the mystery guest do not yet
 * see it; then the criteria furthest from 3.0 with what 3.0 looks like.
 */
export function teamImprovements(report: FindingsReport, model: Model, max = 3): DeckPoint[] {
  const candidates: DeckPoint[] = [];
  for (const o of ranked(report.overall, 'low')) {
    if (o.level !== 1) continue;
    candidates.push({
      criterion: o.criterion,
      title: nameOf(model, o.criterion),
      text: `Nu nog ${levelWord(model, 1)} (1.0). Een volgende stap: ${lowerFirst(rubricOf(model, o.criterion, '2'))}`,
    });
  }
  for (const o of ranked(report.overall, 'low')) {
    const gap = report.gaps.find((g) => g.criterion === o.criterion);
    if (!wideGap(gap)) continue;
    candidates.push({
      criterion: o.criterion,
      title: nameOf(model, o.criterion),
      text: `Medewerkers zien ${bandOf(model, gap.fromMean)}.0, ouders ervaren ${bandOf(model, gap.minusMean)}.0: wij zien het rooskleuriger dan ouders.`,
    });
  }
  for (const o of ranked(report.overall, 'low')) {
    const cap = o.explanation.reasons.find((r) => r.kind === 'cap');
    if (cap?.kind !== 'cap' || !cap.because.includes('no-evidence') || o.level === 3) continue;
    candidates.push({
      criterion: o.criterion,
      title: nameOf(model, o.criterion),
      text: 'Wij zien hier samenwerking, maar ouders en de mystery guest merken er nog te weinig van.',
    });
  }
  for (const o of ranked(report.overall, 'low')) {
    if (o.level !== 2) continue;
    candidates.push({
      criterion: o.criterion,
      title: nameOf(model, o.criterion),
      text: `De stap naar 3.0: ${lowerFirst(rubricOf(model, o.criterion, '3'))}`,
    });
  }
  return firstDistinct(candidates, max);
}

/**
 * The gaps between professionals and parents worth talking about, widest first, in words: a gap of a level or more,
 * then half a level or more either way. Hidden or missing sides give no gap.
 */
export function teamGaps(report: Pick<LocationReport, 'gaps'>, model: Model, max = 5): DeckPoint[] {
  const half = model.gap.flagAt / 2;
  return report.gaps
    .flatMap((g) => (g.available && Math.abs(g.gap) >= half ? [g] : []))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || Number(a.criterion.slice(1)) - Number(b.criterion.slice(1)))
    .slice(0, max)
    .map((g) => {
      const from = bandOf(model, g.fromMean);
      const minus = bandOf(model, g.minusMean);
      const who = g.gap > 0 ? 'medewerkers zijn positiever dan ouders' : 'ouders zijn positiever dan medewerkers';
      const wide = Math.abs(g.gap) >= model.gap.flagAt ? ' Dat is een niveau of meer verschil.' : '';
      return {
        criterion: g.criterion,
        title: nameOf(model, g.criterion),
        text:
          from === minus
            ? `Beide rond ${from}.0, maar ${who}.${wide}`
            : `Medewerkers zien ${from}.0, ouders ervaren ${minus}.0: ${who}.${wide}`,
      };
    });
}
