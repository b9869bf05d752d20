import { bandOf, type CriterionId, type LocationReport, type NormKey, type ScanModel } from '@driehoek/shared';
import { fmtMean, fmtPercent, levelName, PERSPECTIVE_NL } from './labels';

export type Finding = { criterion: CriterionId | null; text: string };
export type Findings = { strengths: Finding[]; improvements: Finding[] };

export type FindingsInput = Pick<LocationReport, 'overall' | 'criteria' | 'gaps' | 'mysteryGuest'>;

const NORM_NL: Record<NormKey, { what: string; unit: string }> = {
  phoneAnswerSeconds: { what: 'de telefoon werd opgenomen na', unit: 'seconden' },
  emailReplyHours: { what: 'de e-mail werd beantwoord na', unit: 'uur' },
  emailReplyWorkingDays: { what: 'de e-mail werd beantwoord na', unit: 'werkdagen' },
};

const list = (parts: string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;

/**
 * Strengths and points for improvement in plain Dutch, read from the report by fixed rules:
 * - strength: a criterion at 3.0; parents who already experience 3.0 (mean at or above the level-3 evidence mark) on
 *   a criterion below 3.0; a mystery-guest visit that reached 3.0 at a touchpoint;
 * - improvement: a criterion at 1.0 (with the next step from the rubric); a flagged professional–parent gap; a
 *   criterion that would reach 3.0 but lacks parent or mystery-guest evidence; a high don't-know rate; a measured
 *   fact that misses its public-service norm; a scenario in which the mystery guest was helped less well than in the
 *   standard one (unequal treatment).
 */
export function findingsOf(
  report: FindingsInput,
  model: ScanModel,
  touchpointName: (instrumentKey: string) => string = (k) => k,
): Findings {
  const strengths: Finding[] = [];
  const improvements: Finding[] = [];
  const evidenceMark = model.level3.evidenceAtLeast;

  for (const criterion of model.criteria) {
    const id = criterion.id;
    const overall = report.overall.find((o) => o.criterion === id);
    const cells = report.criteria.filter((c) => c.criterion === id);
    const parents = cells.find((c) => c.perspective === 'parents');

    if (overall?.level === 3) {
      const evidence = overall.explanation.reasons.find((r) => r.kind === 'evidence');
      const carried =
        evidence?.kind === 'evidence' && evidence.carriedBy.length > 0
          ? `; gedragen door ${list(evidence.carriedBy.map((c) => `${PERSPECTIVE_NL[c.perspective]} (${fmtMean(c.mean)})`))}`
          : '';
      strengths.push({
        criterion: id,
        text: `${criterion.name.nl} staat op niveau 3.0 — ${levelName(model, 3)}${carried}.`,
      });
    } else if (parents && !parents.suppressed && parents.mean >= evidenceMark) {
      strengths.push({
        criterion: id,
        text: `Ouders ervaren bij ‘${criterion.name.nl}’ al samenwerking (gemiddeld ${fmtMean(parents.mean)}, n=${parents.n}), ook al staat het criterium als geheel nog niet op 3.0.`,
      });
    }

    if (overall?.level === 1) {
      improvements.push({
        criterion: id,
        text: `${criterion.name.nl} staat op niveau 1.0 — ${levelName(model, 1)}. Een volgende stap (niveau 2.0): ${lowerFirst(criterion.rubric['2'].nl)}`,
      });
    }
    const gap = report.gaps.find((g) => g.criterion === id);
    if (gap?.available && gap.flagged) {
      improvements.push({
        criterion: id,
        text: `${criterion.name.nl}: ${gap.sentence}. Een verschil van een niveau of meer: bespreek met ouders waar het vandaan komt.`,
      });
    }
    const cap = overall?.explanation.reasons.find((r) => r.kind === 'cap');
    const wouldReach3 = overall?.weightedMean != null && bandOf(model, overall.weightedMean) === 3;
    if (
      cap?.kind === 'cap' &&
      wouldReach3 &&
      cap.because.includes('no-evidence') &&
      !cap.because.includes('large-gap')
    ) {
      improvements.push({
        criterion: id,
        text: `${criterion.name.nl} zou gemiddeld op 3.0 uitkomen, maar ouders en mystery guest zien nog geen samenwerking (onder ${evidenceMark.toFixed(2)}); daarom blijft het niveau 2.0.`,
      });
    }
    for (const cell of cells) {
      if (cell.suppressed || !cell.dontKnowFlag || cell.dontKnowRate === null) continue;
      improvements.push({
        criterion: id,
        text: `${criterion.name.nl}: ${fmtPercent(cell.dontKnowRate)} van de antwoorden van ${PERSPECTIVE_NL[cell.perspective]} is "weet ik niet". Dat ze het niet weten, is zelf een bevinding: maak zichtbaar wat hier gebeurt.`,
      });
    }
  }

  for (const touchpoint of report.mysteryGuest.touchpoints) {
    const where = touchpointName(touchpoint.instrumentKey);
    const top = touchpoint.visits.filter((v) => v.tierReached === 3).length;
    if (top > 0) {
      strengths.push({
        criterion: null,
        text: `${where}: ${top === 1 ? 'een bezoek' : `${top} bezoeken`} van de mystery guest ${top === 1 ? 'liet' : 'lieten'} samenwerking zien (niveau 3.0 bereikt).`,
      });
    }
    for (const visit of touchpoint.visits) {
      for (const fact of visit.facts) {
        if (fact.norm?.met !== false || fact.norm.value === null) continue;
        const norm = NORM_NL[fact.norm.key];
        improvements.push({
          criterion: fact.criterion,
          text: `${where}: ${norm.what} ${round(fact.norm.value)} ${norm.unit}; de norm is ten hoogste ${round(fact.norm.limit)} ${norm.unit}.`,
        });
      }
    }
  }
  // Equal treatment (issue 16.4): a family in another scenario helped less well than in the standard one.
  for (const f of report.mysteryGuest.scenarios ?? []) {
    if (f.direction !== 'worse') continue;
    improvements.push({
      criterion: f.kind === 'tick' ? f.criterion : null,
      text: `Gelijke behandeling: ${lowerFirst(f.sentence)} Zorg dat elk gezin dezelfde ontvangst krijgt.`,
    });
  }
  return { strengths, improvements };
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const round = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));
