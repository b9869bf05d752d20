import type { Ambition, CriterionChoice, CriterionFinding } from '../contracts/plans';
import type { CriterionId } from '../instruments/instrument-file';
import type { Level, LocationReport, NeedsInventory } from '../scoring/report-schema';
import type { ActionLibrary, LibraryAction } from './action-library';
import { needsByAction, parentNeedsFor } from './parent-needs';

/** "2.0", or "geen gegevens" for a criterion without figures. */
export const levelText = (level: Level | null) => (level === null ? 'geen gegevens' : `${level}.0`);

/**
 * Per criterion of the model, what the (already suppressed) report says: level, explanation sentence and the
 * professionals–parents gap. These findings justify a goal in the plan and in a subsidy application.
 */
export function criterionFindings(
  report: Pick<LocationReport, 'overall' | 'gaps'>,
  model: { criteria: ReadonlyArray<{ id: CriterionId; name: { nl: string } }> },
): CriterionFinding[] {
  return model.criteria.map((c) => {
    const overall = report.overall.find((o) => o.criterion === c.id);
    const gap = report.gaps.find((g) => g.criterion === c.id);
    const level = overall?.level ?? null;
    return {
      criterion: c.id,
      name: c.name.nl,
      level,
      label: levelText(level),
      mean: overall?.reportedMean ?? null,
      sentence: overall?.explanation.sentence ?? 'Geen gegevens: geen enkel perspectief heeft genoeg antwoorden.',
      gap: gap?.available ? gap.sentence : null,
      gapFlagged: gap?.available ? gap.flagged : false,
    };
  });
}

/**
 * The library's actions for a criterion below the ambition, keyed by the criterion and its current level. Nothing
 * when the level already meets the ambition, and nothing when the report has no level (the team chooses its own).
 */
export function suggestActions(
  library: ActionLibrary,
  criterion: CriterionId,
  level: Level | null,
  ambition: Ambition,
): LibraryAction[] {
  if (level === null || level >= ambition) return [];
  return library.actions.filter((a) => a.criterion === criterion && a.level === level);
}

/**
 * Every criterion with the suggestions towards 3.0, the highest ambition: what a team chooses its goals from. Where
 * the parents' needs inventory points to a criterion, the needs stand beside it and the library actions they name
 * come first (also from the other level: the parents asked for it), each saying which needs asked for it.
 */
export function criterionChoices(
  findings: ReadonlyArray<CriterionFinding>,
  library: ActionLibrary,
  ambitions: Partial<Record<CriterionId, Ambition>> = {},
  needs?: NeedsInventory,
): CriterionChoice[] {
  return findings.map((f) => {
    const parentNeeds = parentNeedsFor(needs, f.criterion);
    const byAction = needsByAction(parentNeeds);
    const ambition = ambitions[f.criterion] ?? 3;
    const byLevel = suggestActions(library, f.criterion, f.level, ambition);
    const asked =
      f.level === null || f.level >= ambition
        ? []
        : library.actions.filter((a) => a.criterion === f.criterion && byAction.has(a.key) && !byLevel.includes(a));
    const suggestions = [...byLevel, ...asked]
      .map((a) => ({ ...a, askedFor: (byAction.get(a.key) ?? []).map((n) => n.label) }))
      .sort((a, b) => topShare(byAction, b.key) - topShare(byAction, a.key));
    return {
      ...f,
      parentNeeds: parentNeeds.map(({ question, label, share }) => ({ question, label, share })),
      suggestions,
    };
  });
}

const topShare = (byAction: Map<string, Array<{ share: number }>>, key: string) => byAction.get(key)?.[0]?.share ?? 0;
