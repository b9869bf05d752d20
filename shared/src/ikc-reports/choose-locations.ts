import type { IkcExcludedLocation, IkcLocationRef } from '../contracts/ikc-reports';
import type { PublishedReport } from '../contracts/reports';

/** A location of the IKC with the publication in force of its latest published round, if any. */
export type IkcCandidate = IkcLocationRef & { publication: PublishedReport | null };
export type IkcChosen = IkcLocationRef & { publication: PublishedReport };

/**
 * Which locations the IKC report pools: those with a publication in force, scored with one scan model — the one most
 * of them use, the newest on a tie (figures on two models' scales do not add up). The others are listed with the
 * reason in Dutch.
 */
export function chooseLocations(candidates: ReadonlyArray<IkcCandidate>): {
  modelVersion: number | null;
  included: IkcChosen[];
  notIncluded: IkcExcludedLocation[];
} {
  const published = candidates.flatMap((c) => (c.publication ? [{ ...c, publication: c.publication }] : []));
  const uses = new Map<number, number>();
  for (const c of published)
    uses.set(c.publication.report.modelVersion, (uses.get(c.publication.report.modelVersion) ?? 0) + 1);
  const [modelVersion] = [...uses].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [null];
  const included = published.filter((c) => c.publication.report.modelVersion === modelVersion);
  const notIncluded = candidates.flatMap((c): IkcExcludedLocation[] => {
    const ref = { locationId: c.locationId, location: c.location };
    if (!c.publication) return [{ ...ref, reason: 'Er is nog geen gepubliceerd rapport van deze locatie.' }];
    const own = c.publication.report.modelVersion;
    if (own !== modelVersion)
      return [
        {
          ...ref,
          reason: `Het rapport is gemaakt met scanmodel versie ${own}, de andere locaties met versie ${modelVersion}: die cijfers tellen niet samen op.`,
        },
      ];
    return [];
  });
  return { modelVersion: modelVersion ?? null, included, notIncluded };
}
