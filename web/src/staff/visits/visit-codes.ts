import type { Visit } from '@driehoek/shared';

/**
 * The question every mystery-guest form (v1 and v2) pairs two raters' codings of one visit with; scoring finds it by
 * its concept `mg.context.visit-code` (shared/src/scoring/visit-context.ts) and reads it trimmed and upper case.
 */
export const VISIT_CODE_QUESTION = 'mg_visit_code';
/** The observer's own code (`mg.context.rater`). */
export const RATER_QUESTION = 'mg_rater';

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;

/** The pairing code as scoring reads it; null when the visit has none. */
export const visitCodeOf = (answers: Readonly<Record<string, unknown>>): string | null =>
  text(answers[VISIT_CODE_QUESTION])?.toUpperCase() ?? null;

export const raterOf = (answers: Readonly<Record<string, unknown>>): string | null => text(answers[RATER_QUESTION]);

/**
 * The code a second coding of this visit gets: the visit's own, or one made from its id. Made from the id, two clicks
 * on "Tweede codering" give the same code, and no two visits share one by accident.
 */
export function codeForSecondCoding(visit: Pick<Visit, 'id' | 'answers'>): { code: string; isNew: boolean } {
  const own = text(visit.answers[VISIT_CODE_QUESTION]);
  if (own) return { code: own, isNew: false };
  return { code: `D-${visit.id.replaceAll('-', '').slice(0, 6).toUpperCase()}`, isNew: true };
}

/** The codings of one visit at one touchpoint: one, or several with the same code on the same form version. */
export type VisitGroup = { key: string; code: string | null; visits: Visit[] };

/** Groups one touchpoint's visits the way scoring does (same version and code), in the order of their first coding. */
export function groupCodings(visits: ReadonlyArray<Visit>): VisitGroup[] {
  const groups: VisitGroup[] = [];
  const byKey = new Map<string, VisitGroup>();
  for (const visit of visits) {
    const code = visitCodeOf(visit.answers);
    const key = code === null ? `id:${visit.id}` : `${visit.instrument.key}@${visit.instrument.version}#${code}`;
    const known = byKey.get(key);
    if (known) known.visits.push(visit);
    else {
      const group = { key, code, visits: [visit] };
      groups.push(group);
      byKey.set(key, group);
    }
  }
  return groups;
}
