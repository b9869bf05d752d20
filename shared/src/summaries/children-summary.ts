import type { CriterionId } from '../instruments/instrument-file';
import type { Level } from '../scoring/report-schema';
import { perspectiveLevels, type SummaryPlan, type SummaryPublication, shownCount, workOn } from './summary-basis';
import { type ChildIcon, fillIn, type SummaryTexts } from './summary-texts';

export type ChildrenSummaryInput = {
  published: SummaryPublication;
  minGroupSize: number;
  texts: SummaryTexts;
  plan: SummaryPlan | null;
};

export type ChildTopic = { criterion: CriterionId; topic: string; icon: ChildIcon };

/** A class poster for groups 5–8, in Dutch: what the children said (only when enough of them did) and what happens next. */
export type ChildrenSummary = {
  title: string;
  place: { ikc: string; location: string };
  intro: string;
  said: {
    heading: string;
    /** `too-few`: the children's group is below the minimum; `none`: no children's questionnaire in the round. */
    state: 'shown' | 'too-few' | 'none';
    items: Array<ChildTopic & { level: Level; sentence: string }>;
    message: string | null;
  };
  doing: { heading: string; lead: string; items: ChildTopic[] };
  thanks: string;
  readAloud: string;
  stopReading: string;
};

/** Builds the children's summary of a publication (pure). */
export function childrenSummary(input: ChildrenSummaryInput): ChildrenSummary {
  const { published, minGroupSize, texts, plan } = input;
  const c = texts.children;
  const topic = (criterion: CriterionId): ChildTopic => ({
    criterion,
    topic: c.criteria[criterion]?.topic ?? criterion,
    icon: c.criteria[criterion]?.icon ?? 'bulb',
  });
  const { round, report } = published;

  const count = shownCount(report, 'children', minGroupSize);
  const items =
    count.state === 'shown'
      ? perspectiveLevels(report, 'children', minGroupSize)
          .sort((a, b) => b.mean - a.mean)
          .map((p) => ({ ...topic(p.criterion), level: p.level, sentence: c.levels[p.level] }))
      : [];
  const state = count.state === 'none' ? 'none' : items.length > 0 ? 'shown' : 'too-few';

  const next = workOn(published, plan, 4);
  const doing =
    next.source === 'plan'
      ? next.goals.map((g) => topic(g.criterion))
      : next.source === 'report'
        ? next.criteria.map(topic)
        : [];

  return {
    title: c.text.title ?? '',
    place: { ikc: round.ikc, location: round.location },
    intro: fillIn(c.text.intro ?? '', { ikc: round.ikc }),
    said: {
      heading: c.text.saidHeading ?? '',
      state,
      items,
      message: state === 'shown' ? null : state === 'none' ? (c.text.none ?? '') : (c.text.tooFew ?? ''),
    },
    doing: {
      heading: c.text.doHeading ?? '',
      lead: doing.length > 0 ? (c.text.doIntro ?? '') : (c.text.doNone ?? ''),
      items: doing,
    },
    thanks: c.text.thanks ?? '',
    readAloud: c.text.readAloud ?? '',
    stopReading: c.text.stopReading ?? '',
  };
}
