import type { Perspective } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { criterionGaps } from './gaps';
import { overallLevels } from './overall-level';
import type { CriterionScore, ItemSummary, LocationReport, TagSummary } from './report-schema';
import { withCriteriaMeans } from './tag-summaries';

/**
 * Whether a group's figures may be shown. Respondent perspectives need `privacy.minGroupSize` complete respondents
 * at the location and in the figure itself; the mystery guest is the researcher, not a group of respondents, so a
 * single visit shows.
 */
function hides(small: ReadonlySet<Perspective>, min: number, perspective: Perspective, n: number): boolean {
  return perspective !== 'mystery-guest' && (small.has(perspective) || n < min);
}

/**
 * Gaps, overall levels and tag criteria means, derived from the figures in the report. Run after suppression, so no
 * derived figure can carry a hidden one. The mystery guest's visit evidence lets the tier rule see which visits are
 * lower bounds; without it the guest's figures count as they are.
 */
export function deriveLevels(
  report: Pick<LocationReport, 'criteria' | 'items' | 'tags'> & Partial<Pick<LocationReport, 'mysteryGuest'>>,
  model: ScanModel,
): Pick<LocationReport, 'gaps' | 'overall' | 'tags'> {
  const gaps = criterionGaps(report.criteria, model);
  const overall = overallLevels(report.criteria, report.items, gaps, model, report.mysteryGuest);
  return { gaps, overall, tags: withCriteriaMeans(report.tags, overall, model) };
}

/**
 * Hides every figure of a group below the model's minimum: a perspective with fewer complete respondents than
 * `privacy.minGroupSize` loses its counts, response rate, criterion and tag figures and item distributions (each
 * becomes `{ suppressed: true }`), as does any single figure resting on fewer respondents (for an item: fewer scored
 * answers, "weet ik niet" not counted) and every item of a hidden criterion; the total across
 * perspectives goes as soon as one perspective does (it would give the hidden count by subtraction); open answers
 * show only from `privacy.minOpenAnswers` complete respondents. Gaps, overall levels and tag means are then derived
 * again from what is left. Pure and idempotent.
 */
export function suppress(report: LocationReport, model: ScanModel): LocationReport {
  const min = model.privacy.minGroupSize;
  const small = new Set<Perspective>();
  const complete = new Map<Perspective, number>();
  for (const r of report.respondents.byPerspective) {
    if (r.suppressed || r.complete < min) small.add(r.perspective);
    else complete.set(r.perspective, r.complete);
  }
  const criteria = report.criteria.map(
    (c): CriterionScore =>
      c.suppressed || !hides(small, min, c.perspective, c.n)
        ? c
        : { criterion: c.criterion, perspective: c.perspective, suppressed: true },
  );
  // An item's figures rest on its scored answers ("weet ik niet" carries no level), and they belong to its
  // criterion: an item of a hidden criterion would give back what the criterion hides.
  const hiddenCriteria = new Set(criteria.filter((c) => c.suppressed).map((c) => `${c.perspective}/${c.criterion}`));
  const items = report.items.map(
    (i): ItemSummary =>
      i.suppressed ||
      (!hides(small, min, i.perspective, i.nScored) &&
        !(i.criterion !== null && hiddenCriteria.has(`${i.perspective}/${i.criterion}`)))
        ? i
        : {
            suppressed: true,
            perspective: i.perspective,
            instrumentKey: i.instrumentKey,
            item: i.item,
            concept: i.concept,
            criterion: i.criterion,
            tags: i.tags,
            tier: i.tier,
          },
  );
  const tags = report.tags.map(
    (t): TagSummary => ({
      ...t,
      perspectives: t.perspectives.map((p) =>
        p.suppressed || !hides(small, min, p.perspective, p.n) ? p : { suppressed: true, perspective: p.perspective },
      ),
    }),
  );
  const byPerspective = report.respondents.byPerspective.map((r) =>
    small.has(r.perspective) ? { suppressed: true as const, perspective: r.perspective } : r,
  );
  const total = small.size > 0 ? { suppressed: true as const } : report.respondents.total;
  const openAnswers = report.openAnswers.map((g) =>
    g.shown && (complete.get(g.perspective) ?? 0) < model.privacy.minOpenAnswers
      ? { shown: false as const, perspective: g.perspective }
      : g,
  );
  return {
    ...report,
    respondents: { byPerspective, total },
    criteria,
    items,
    openAnswers,
    ...deriveLevels({ criteria, items, tags, mysteryGuest: report.mysteryGuest }, model),
  };
}
