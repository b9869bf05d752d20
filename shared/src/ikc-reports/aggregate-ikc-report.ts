import type { IkcLocationSplit, IkcReport } from '../contracts/ikc-reports';
import type { ScanModel } from '../model/scan-model';
import { effectiveLevels } from '../reports/publication';
import { criterionGaps } from '../scoring/gaps';
import { overallLevels } from '../scoring/overall-level';
import type { IkcChosen } from './choose-locations';
import { asCriterionScores, concatGuestVisits, poolCriteria, poolRespondents } from './pool-cells';

export type AggregateIkcInput = {
  ikc: IkcReport['ikc'];
  /** The model the chosen locations share; null when none is included. */
  model: ScanModel | null;
  included: ReadonlyArray<IkcChosen>;
  notIncluded: IkcReport['notIncluded'];
  splits: ReadonlyArray<IkcLocationSplit>;
  notes: ReadonlyArray<string>;
};

/**
 * The IKC report from the locations' publications alone: pooled cells, respondents pooled with the same hiding as a
 * location's total, the overall level per criterion by the location report's own rules (gaps, evidence, the tier
 * rule over the pooled visits), and per location its effective published level beside it. Nothing is read that a
 * reader of the location reports could not already see, so laying the reports side by side reveals nothing new.
 */
export function aggregateIkcReport(input: AggregateIkcInput): IkcReport {
  const { model, included } = input;
  const sources = included.map((c) => ({
    locationId: c.locationId,
    location: c.location,
    report: c.publication.report,
  }));
  const criteria = model ? poolCriteria(sources, model) : [];
  const scores = asCriterionScores(criteria);
  const gaps = model ? criterionGaps(scores, model) : [];
  return {
    ikc: input.ikc,
    modelVersion: model?.version ?? null,
    locations: included.map((c) => ({
      locationId: c.locationId,
      location: c.location,
      roundId: c.publication.round.id,
      round: {
        kind: c.publication.round.kind,
        name: c.publication.round.name,
        opensOn: c.publication.round.opensOn,
        closesOn: c.publication.round.closesOn,
      },
      publication: { version: c.publication.publication.version, publishedAt: c.publication.publication.publishedAt },
      levels: effectiveLevels(c.publication.report.overall, c.publication.judgement),
    })),
    notIncluded: input.notIncluded,
    respondents: model ? poolRespondents(sources, model) : { byPerspective: [], total: { suppressed: true } },
    criteria,
    overall: model ? overallLevels(scores, [], gaps, model, concatGuestVisits(sources)) : [],
    gaps,
    splits: [...input.splits],
    notes: [...input.notes],
  };
}
