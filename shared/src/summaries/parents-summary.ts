import type { Locale } from '../contracts/common';
import type { CriterionId } from '../instruments/instrument-file';
import type { Level } from '../scoring/report-schema';
import {
  isRightToLeft,
  perspectiveLevels,
  type SummaryPlan,
  type SummaryPublication,
  shownCount,
  strongCriteria,
  workOn,
} from './summary-basis';
import { fillIn, type ParentTextKey, SUMMARY_LOCALES, type SummaryTexts, summaryDate } from './summary-texts';

export type ParentsSummaryInput = {
  published: SummaryPublication;
  /** The scan model's `privacy.minGroupSize` of the round's model. */
  minGroupSize: number;
  texts: SummaryTexts;
  plan: SummaryPlan | null;
  locale: Locale;
};

export type NamedCriterion = { criterion: CriterionId; name: string };

/** The researcher's or the team's own words: Dutch, never translated, so only the Dutch version carries them. */
export type OwnWords = { lead: string; text: string };

/** One page for parents in one language: plain sentences, at most a few figures of groups at the minimum or above. */
export type ParentsSummary = {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  title: string;
  place: { organisation: string; ikc: string; location: string };
  intro: string;
  heard: { heading: string; lines: string[] };
  told: {
    heading: string;
    groups: Array<{ level: Level; lead: string; criteria: NamedCriterion[] }>;
    empty: string | null;
  };
  well: { heading: string; lead: string | null; criteria: NamedCriterion[]; ownWords: OwnWords | null };
  work: {
    heading: string;
    source: 'plan' | 'report' | 'none';
    lead: string;
    items: Array<NamedCriterion & { ownWords: OwnWords | null }>;
    ownWords: OwnWords | null;
  };
  /** Outside Dutch, when the Dutch version has own words: where to read them. */
  ownWordsNote: string | null;
  takePart: { heading: string; lines: string[] };
  privacy: string;
  basedOn: string;
  online: string;
  qrAlt: string;
  languages: { label: string; options: Array<{ locale: Locale; name: string }> };
  /** Every number the page states (parents counted, families in ten), so a test can hold them to the minimum. */
  figures: number[];
};

const LEVELS_HIGH_FIRST: readonly Level[] = [3, 2, 1];

/** Builds the parents' summary of a publication in one language (pure: the caller loads the publication and plan). */
export function parentsSummary(input: ParentsSummaryInput): ParentsSummary {
  const { published, minGroupSize, texts, plan, locale } = input;
  const t = (key: ParentTextKey, values?: Record<string, string | number>) =>
    fillIn(texts.parents.text[key]?.[locale] ?? '', values);
  const name = (criterion: CriterionId): NamedCriterion => ({
    criterion,
    name: texts.parents.criteria[criterion]?.[locale] ?? criterion,
  });
  const dutch = locale === 'nl';
  const own = (lead: string, text: string): OwnWords | null =>
    dutch && text.trim().length > 0 ? { lead, text: text.trim() } : null;
  const { round, report, judgement } = published;
  const figures: number[] = [];

  const heard: string[] = [];
  const parents = shownCount(report, 'parents', minGroupSize);
  if (parents.state === 'shown') {
    heard.push(t('heardCount', { n: parents.complete }));
    figures.push(parents.complete);
    // In tens, not per cent: a plain figure, and two parents of one family can push a rate above 1.
    const tens = parents.rate === null ? 0 : Math.round(parents.rate * 10);
    if (tens >= 1 && tens <= 10) {
      heard.push(t('heardRate', { rate: tens }));
      figures.push(tens);
    }
  } else if (parents.state === 'too-few') heard.push(t('heardTooFew'));
  const othersHeard =
    report.respondents.byPerspective.some((p) => p.perspective !== 'parents' && !p.suppressed && p.complete > 0) ||
    report.mysteryGuest.touchpoints.some((tp) => tp.visits.length > 0);
  if (othersHeard) heard.push(t('heardOthers'));

  const parentLevels = perspectiveLevels(report, 'parents', minGroupSize);
  const groups = LEVELS_HIGH_FIRST.flatMap((level) => {
    const criteria = parentLevels
      .filter((p) => p.level === level)
      .sort((a, b) => b.mean - a.mean)
      .map((p) => name(p.criterion));
    return criteria.length > 0 ? [{ level, lead: texts.parents.levels[level]?.[locale] ?? '', criteria }] : [];
  });

  const strong = strongCriteria(published).map(name);
  const wellWords = own(texts.parents.dutchOnly.researcherStrengths, judgement.summary.strengths);

  const plannedOrAdvised = workOn(published, plan);
  const work: ParentsSummary['work'] =
    plannedOrAdvised.source === 'plan'
      ? {
          heading: t('workHeading'),
          source: 'plan',
          lead: t('workFromPlan'),
          items: plannedOrAdvised.goals.map((g) => ({
            ...name(g.criterion),
            ownWords: own(texts.parents.dutchOnly.teamGoal, g.goal),
          })),
          ownWords: null,
        }
      : {
          heading: t('workHeading'),
          source: plannedOrAdvised.source,
          lead: plannedOrAdvised.source === 'report' ? t('workFromReport') : t('workNone'),
          items:
            plannedOrAdvised.source === 'report'
              ? plannedOrAdvised.criteria.map((c) => ({ ...name(c), ownWords: null }))
              : [],
          ownWords: own(texts.parents.dutchOnly.researcherImprovements, judgement.summary.improvements),
        };

  const hasDutchWords =
    judgement.summary.strengths.trim().length > 0 ||
    (work.source !== 'plan' && judgement.summary.improvements.trim().length > 0) ||
    (plannedOrAdvised.source === 'plan' && plannedOrAdvised.goals.some((g) => g.goal.trim().length > 0));

  return {
    locale,
    dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
    title: t('title'),
    place: { organisation: round.organisation, ikc: round.ikc, location: round.location },
    intro: t('intro', { ikc: round.ikc }),
    heard: { heading: t('heardHeading'), lines: heard },
    told: { heading: t('toldHeading'), groups, empty: groups.length === 0 ? t('toldNone') : null },
    well: {
      heading: t('wellHeading'),
      lead: strong.length > 0 ? t('wellIntro') : wellWords ? null : t('wellNone'),
      criteria: strong,
      ownWords: wellWords,
    },
    work,
    ownWordsNote: !dutch && hasDutchWords ? t('ownWordsInDutch') : null,
    takePart: { heading: t('takePartHeading'), lines: [t('takePartTalk'), t('takePartPanel'), t('takePartLater')] },
    privacy: t('privacy'),
    basedOn: t('basedOn', { date: summaryDate(texts, locale, published.publication.publishedAt) }),
    online: t('online'),
    qrAlt: t('qrAlt'),
    languages: {
      label: t('languages'),
      options: SUMMARY_LOCALES.map((l) => ({ locale: l, name: texts.parents.languageName[l] ?? l })),
    },
    figures,
  };
}
