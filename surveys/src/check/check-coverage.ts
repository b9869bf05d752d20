import {
  type CriterionId,
  CriterionIdSchema,
  conceptSuffix,
  type InstrumentFile,
  type Perspective,
  type ScanModel,
} from '@driehoek/shared';
import { coverageMatrix, coverageMatrixProblems } from './coverage-matrix';
import type { Problem } from './problem';

/** The newest version of every instrument key, with the path it was read from. */
export type LatestInstrument = { file: string; instrument: InstrumentFile };

const scoredItems = (instrument: InstrumentFile) =>
  Object.entries(instrument.items).filter(([, m]) => m.kind === 'scored');

/**
 * Coverage rules of the scan model on the latest versions: each criterion measured by enough perspectives (and, from
 * model v2, the coverage matrix of `coverageMatrixProblems`), enough scored items per criterion for reliability,
 * required tags present, and mirror items paired. The per-perspective rules (item counts, tags) come from
 * `rulesFor` of the perspective's newest file, so a perspective still at version 1 keeps the rules of model v1;
 * the matrix uses the latest model.
 */
export function checkCoverage(
  latest: ReadonlyArray<LatestInstrument>,
  model: ScanModel,
  rulesFor: (instrument: InstrumentFile) => ScanModel = () => model,
): Problem[] {
  const problems: Problem[] = [];
  const byPerspective = new Map<Perspective, LatestInstrument[]>();
  for (const entry of latest) {
    const list = byPerspective.get(entry.instrument.perspective) ?? [];
    list.push(entry);
    byPerspective.set(entry.instrument.perspective, list);
  }
  const counts = new Map<Perspective, Map<CriterionId, number>>();
  for (const [perspective, entries] of byPerspective) {
    const perCriterion = new Map<CriterionId, number>();
    for (const { instrument } of entries)
      for (const [, meta] of scoredItems(instrument))
        if (meta.criterion) perCriterion.set(meta.criterion, (perCriterion.get(meta.criterion) ?? 0) + 1);
    counts.set(perspective, perCriterion);
  }

  for (const criterion of CriterionIdSchema.options) {
    const measuredBy = [...counts].filter(([, m]) => (m.get(criterion) ?? 0) > 0).map(([p]) => p);
    if (measuredBy.length < model.coverage.minPerspectivesPerCriterion)
      problems.push({
        file: 'coverage',
        at: criterion,
        message: `measured by ${measuredBy.length} perspective(s) (${measuredBy.join(', ') || 'none'}); at least ${model.coverage.minPerspectivesPerCriterion} needed`,
      });
    for (const [perspective, min] of Object.entries(model.coverage.minScoredItemsPerCriterion)) {
      const n = counts.get(perspective as Perspective)?.get(criterion) ?? 0;
      const newest = newestOf(byPerspective.get(perspective as Perspective));
      if (newest && !(perspective in rulesFor(newest.instrument).coverage.minScoredItemsPerCriterion)) continue;
      const file = newest?.file ?? perspective;
      if (n < (min ?? 0))
        problems.push({
          file,
          at: criterion,
          message: `${n} scored item(s) for ${criterion}; at least ${min} needed so reliability can be computed`,
        });
    }
  }

  problems.push(
    ...coverageMatrixProblems(
      coverageMatrix(
        latest.map((l) => l.instrument),
        model,
      ),
      model,
    ),
  );

  const perspectives = new Set([
    ...byPerspective.keys(),
    ...(Object.keys(model.coverage.requiredTags) as Perspective[]),
  ]);
  for (const perspective of perspectives) {
    const entries = byPerspective.get(perspective) ?? [];
    const newest = newestOf(entries);
    const tags = (newest ? rulesFor(newest.instrument) : model).coverage.requiredTags[perspective];
    const present = new Set(
      entries.flatMap(({ instrument }) => Object.values(instrument.items).flatMap((m) => m.tags)),
    );
    for (const tag of tags ?? [])
      if (!present.has(tag))
        problems.push({ file: newest?.file ?? perspective, message: `no item carries the required tag ${tag}` });
  }

  problems.push(...checkMirrors(byPerspective.get('parents') ?? [], byPerspective.get('professionals') ?? []));
  return problems;
}

/** The entry with the highest version (of several mystery-guest forms, the newest form). */
const newestOf = (entries: ReadonlyArray<LatestInstrument> | undefined): LatestInstrument | undefined =>
  entries?.reduce<LatestInstrument | undefined>(
    (best, e) => (!best || e.instrument.version > best.instrument.version ? e : best),
    undefined,
  );

/** Every mirror item has exactly one counterpart on the other side with the same criterion and scoring. */
function checkMirrors(parents: LatestInstrument[], professionals: LatestInstrument[]): Problem[] {
  const problems: Problem[] = [];
  const mirrors = (entries: LatestInstrument[]) =>
    entries.flatMap(({ file, instrument }) =>
      Object.entries(instrument.items)
        .filter(([, m]) => m.tags.includes('mirror'))
        .map(([name, meta]) => ({ file, name, meta, suffix: conceptSuffix(meta.concept) })),
    );
  const left = mirrors(parents);
  const right = mirrors(professionals);
  for (const [side, other, otherName] of [
    [left, right, 'professionals'],
    [right, left, 'parents'],
  ] as const) {
    for (const item of side) {
      const matches = other.filter((o) => o.suffix === item.suffix);
      if (matches.length !== 1) {
        problems.push({
          file: item.file,
          at: item.name,
          message: `mirror item has ${matches.length} counterparts with concept suffix ${item.suffix} in ${otherName}; needs exactly 1`,
        });
        continue;
      }
      const [match] = matches;
      if (side === left && match) {
        if (match.meta.criterion !== item.meta.criterion)
          problems.push({
            file: item.file,
            at: item.name,
            message: `mirror ${match.name} measures ${match.meta.criterion}, not ${item.meta.criterion}`,
          });
        if (JSON.stringify(match.meta.scoring) !== JSON.stringify(item.meta.scoring))
          problems.push({
            file: item.file,
            at: item.name,
            message: `mirror ${match.name} scores its options differently`,
          });
      }
    }
  }
  return problems;
}
