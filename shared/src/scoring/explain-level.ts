import type { Perspective } from '../instruments/instrument-file';
import type { ScanModel } from '../model/scan-model';
import { formatLevel, formatMean, joinDutch, perspectiveName } from './labels';
import type { Level, LevelReason } from './report-schema';

type Reason<K extends LevelReason['kind']> = Extract<LevelReason, { kind: K }>;

const find = <K extends LevelReason['kind']>(reasons: ReadonlyArray<LevelReason>, kind: K) =>
  reasons.find((r): r is Reason<K> => r.kind === kind);

function perspectiveFigure(r: Reason<'perspective'>): string {
  const n = r.perspective === 'mystery-guest' ? `${r.n} ${r.n === 1 ? 'bezoek' : 'bezoeken'}` : `n=${r.n}`;
  return `${perspectiveName(r.perspective)} ${formatMean(r.mean)} (${n})`;
}

/** "ouders onder 2.33 blijven", "mystery guest onder 2.33 blijft". */
function belowClause(perspectives: ReadonlyArray<Perspective>, atLeast: number): string {
  const verb = perspectives.length === 1 && perspectives[0] === 'mystery-guest' ? 'blijft' : 'blijven';
  return `${joinDutch(perspectives.map(perspectiveName))} onder ${atLeast} ${verb}`;
}

/**
 * What the tier rule did to the mystery guest on this criterion, in words: counted as at least the other
 * perspectives, left out for lack of a yardstick, or left out because nothing was observable.
 */
function guestClause(reasons: ReadonlyArray<LevelReason>): string | undefined {
  const dropped = find(reasons, 'guest-dropped');
  const othersCount = reasons.some((r) => r.kind === 'perspective');
  if (dropped?.because === 'not-observable') {
    const where = dropped.visits === 1 ? 'bij het enige bezoek niet' : `bij geen van de ${dropped.visits} bezoeken`;
    return `de mystery guest kon dit criterium ${where} waarnemen en telt niet mee${othersCount ? ' (de gewichten van de andere perspectieven zijn herverdeeld)' : ''}`;
  }
  if (dropped && dropped.observedUpTo !== null)
    return `de mystery guest kon bij dit criterium hoogstens niveau ${formatLevel(dropped.observedUpTo)} waarnemen en haalde dat, maar telt niet mee: er is geen ander perspectief om die ondergrens aan af te meten`;
  const guest = reasons.find((r): r is Reason<'perspective'> => r.kind === 'perspective' && r.tierLimit !== undefined);
  const limit = guest?.tierLimit;
  if (!guest || !limit) return undefined;
  const tier = formatLevel(limit.observedUpTo);
  if (limit.visitsAtLeast === limit.visits)
    return `de mystery guest kon bij dit criterium hoogstens niveau ${tier} waarnemen en haalde dat; telt daarom mee als ${formatMean(guest.mean)}, niet lager dan de andere perspectieven (${(limit.othersMean ?? guest.mean).toFixed(2)}), en niet als bewijs voor 3.0`;
  const some = `${limit.visitsAtLeast} van de ${limit.visits} bezoeken van de mystery guest ${limit.visitsAtLeast === 1 ? 'kon' : 'konden'} bij dit criterium hoogstens niveau ${tier} waarnemen en ${limit.visitsAtLeast === 1 ? 'haalde' : 'haalden'} dat`;
  const one = limit.visitsAtLeast === 1;
  return limit.othersMean === null
    ? `${some}; ${one ? 'dat bezoek telt' : 'die bezoeken tellen'} niet mee: er is geen ander perspectief om ${one ? 'het' : 'ze'} aan af te meten`
    : `${some}; ${one ? 'dat bezoek telt' : 'die bezoeken tellen'} mee als niet lager dan de andere perspectieven (${limit.othersMean.toFixed(2)}) en niet als bewijs voor 3.0`;
}

/** Why 3.0 was not reached: the level-3 conditions that failed, or else the weighted mean below the top edge. */
function whyNotThree(reasons: ReadonlyArray<LevelReason>, model: Pick<ScanModel, 'bands' | 'gap'>): string[] {
  const causes: string[] = [];
  const shown = reasons.filter((r): r is Reason<'perspective'> => r.kind === 'perspective');
  const evidence = find(reasons, 'evidence');
  if (evidence && !evidence.met) {
    // A guest held by the tier rule is judged on its exact visits only, so it is worded apart.
    const limited = shown.find((r) => r.tierLimit !== undefined && evidence.from.includes(r.perspective))?.tierLimit;
    const present = shown
      .filter((r) => evidence.from.includes(r.perspective) && r.tierLimit === undefined)
      .map((r) => r.perspective);
    if (present.length > 0) causes.push(belowClause(present, evidence.atLeast));
    if (limited)
      causes.push(
        limited.evidenceMean === null
          ? 'de mystery guest 3.0 bij dit criterium niet kon waarnemen'
          : `de mystery guest zonder die ondergrenzen onder ${evidence.atLeast} blijft (${limited.evidenceMean.toFixed(2)})`,
      );
    if (present.length === 0 && !limited)
      causes.push(`er geen cijfers van ${evidence.from.map(perspectiveName).join(' of ')} zijn`);
  }
  const gap = find(reasons, 'gap');
  if (gap && !gap.met && gap.gap !== null)
    causes.push(
      `${perspectiveName(model.gap.from)} ${gap.gap.toFixed(2)} hoger scoren dan ${perspectiveName(model.gap.minus)} (grens ${gap.maxGap})`,
    );
  const weighted = find(reasons, 'weighted-mean');
  const topEdge = model.bands.edges[1];
  if (causes.length === 0 && weighted && weighted.mean < topEdge) {
    const what = shown.length > 1 ? 'het gewogen gemiddelde' : 'het gemiddelde';
    causes.push(`${what} (${weighted.mean.toFixed(2)}) onder ${topEdge} blijft`);
  }
  return causes;
}

/**
 * The plain Dutch sentence for an overall level, built only from its reasons, e.g.
 * "2.0: ouders 2.1 (n=64), professionals 2.6 (n=15); 3.0 niet gehaald omdat ouders onder 2.33 blijven". The cap is
 * said only where it lowered the level; the weighted mean only where it alone kept the level below 3.0; the tier
 * rule wherever it changed the mystery guest's part.
 */
export function explainLevel(
  level: Level | null,
  reasons: ReadonlyArray<LevelReason>,
  model: Pick<ScanModel, 'bands' | 'gap' | 'privacy'>,
): string {
  const hidden = reasons
    .filter((r): r is Reason<'perspective-suppressed'> => r.kind === 'perspective-suppressed')
    .map((r) => perspectiveName(r.perspective));
  const hiddenClause =
    hidden.length > 0
      ? `${joinDutch(hidden)} ${hidden.length === 1 ? 'telt' : 'tellen'} niet mee (minder dan ${model.privacy.minGroupSize} respondenten of geen antwoorden)`
      : undefined;
  const guest = guestClause(reasons);
  if (level === null)
    return ['Geen niveau: geen perspectief met cijfers voor dit criterium', hiddenClause, guest]
      .filter(Boolean)
      .join('; ');

  const figures = reasons.filter((r): r is Reason<'perspective'> => r.kind === 'perspective').map(perspectiveFigure);
  const clauses = [`${formatLevel(level)}: ${figures.join(', ')}`];
  if (hiddenClause) clauses.push(hiddenClause);
  if (guest) clauses.push(guest);
  const cap = find(reasons, 'cap');
  const weighted = find(reasons, 'weighted-mean');
  if (cap && weighted && weighted.mean >= model.bands.edges[1])
    clauses.push(`gewogen gemiddelde ${weighted.mean.toFixed(2)} begrensd op ${formatLevel(cap.capAt)}`);
  if (level === 3) {
    const carriers = (find(reasons, 'evidence')?.carriedBy ?? []).map(
      (c) => `${perspectiveName(c.perspective)} (${c.mean.toFixed(2)})`,
    );
    if (carriers.length > 0) clauses.push(`3.0 gedragen door ${joinDutch(carriers)}`);
  } else {
    const causes = whyNotThree(reasons, model);
    if (causes.length > 0) clauses.push(`3.0 niet gehaald omdat ${joinDutch(causes)}`);
  }
  return clauses.join('; ');
}
