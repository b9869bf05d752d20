import { z } from 'zod';
import { type Locale, LocaleSchema } from '../contracts/common';
import { type CriterionId, CriterionIdSchema } from '../instruments/instrument-file';

/** The languages a parents' summary is written in: every language of the parents' questionnaire. */
export const SUMMARY_LOCALES: ReadonlyArray<Locale> = LocaleSchema.options;

/** One text in every summary language. Completeness is checked by `summaryTextProblems`, not here, to list all gaps. */
const Localised = z.partialRecord(LocaleSchema, z.string());
export type LocalisedText = z.infer<typeof Localised>;

/** The fixed sentences of the parents' summary, by key (see surveys/summaries/v1.json). */
export const PARENT_TEXT_KEYS = [
  'title',
  'intro',
  'heardHeading',
  'heardCount',
  'heardRate',
  'heardTooFew',
  'heardOthers',
  'toldHeading',
  'toldNone',
  'wellHeading',
  'wellIntro',
  'wellNone',
  'workHeading',
  'workFromPlan',
  'workFromReport',
  'workNone',
  'ownWordsInDutch',
  'takePartHeading',
  'takePartTalk',
  'takePartPanel',
  'takePartLater',
  'online',
  'qrAlt',
  'privacy',
  'basedOn',
  'languages',
  'goneTitle',
  'goneText',
  'unknownTitle',
  'unknownText',
] as const;
export type ParentTextKey = (typeof PARENT_TEXT_KEYS)[number];

/** Icons the children's summary draws, one per criterion topic. */
export const ChildIconSchema = z.enum([
  'handshake',
  'speech',
  'door',
  'book',
  'talk',
  'heart',
  'folder',
  'bulb',
  'calendar',
  'checklist',
]);
export type ChildIcon = z.infer<typeof ChildIconSchema>;

export const CHILD_TEXT_KEYS = [
  'title',
  'intro',
  'saidHeading',
  'tooFew',
  'none',
  'doHeading',
  'doIntro',
  'doNone',
  'thanks',
  'readAloud',
  'stopReading',
] as const;
export type ChildTextKey = (typeof CHILD_TEXT_KEYS)[number];

const Levels = <T extends z.ZodType>(text: T) => z.object({ '1': text, '2': text, '3': text });

/** surveys/summaries/v<N>.json: the words of the summaries for parents (six languages) and children (Dutch). */
export const SummaryTextsSchema = z.object({
  version: z.number().int().positive(),
  about: z.string(),
  parents: z.object({
    /** Each language named in itself, for the language switcher. */
    languageName: Localised,
    months: z.partialRecord(LocaleSchema, z.array(z.string())),
    /** Each criterion in words a parent understands. */
    criteria: z.partialRecord(CriterionIdSchema, Localised),
    /** What a level means for parents, as the lead-in of the criteria at that level. */
    levels: Levels(Localised),
    text: z.partialRecord(z.enum(PARENT_TEXT_KEYS), Localised),
    /** Lead-ins of the researcher's and the team's own words, which only the Dutch version shows. */
    dutchOnly: z.object({
      researcherStrengths: z.string().min(1),
      researcherImprovements: z.string().min(1),
      teamGoal: z.string().min(1),
      readInDutch: z.string().min(1),
    }),
  }),
  children: z.object({
    criteria: z.partialRecord(CriterionIdSchema, z.object({ topic: z.string().min(1), icon: ChildIconSchema })),
    levels: Levels(z.string().min(1)),
    text: z.partialRecord(z.enum(CHILD_TEXT_KEYS), z.string().min(1)),
  }),
});
export type SummaryTexts = z.infer<typeof SummaryTextsSchema>;

const placeholders = (text: string): string[] => [...text.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1] ?? '').sort();

/** Words that read the same in every language (names, codes); anything else equal to the Dutch was not translated. */
const SAME_EVERYWHERE = new Set(['IKC']);

/**
 * Everything wrong with a texts file, one line each: a language missing or empty, a copy of the Dutch, placeholders
 * that differ from the Dutch, a criterion or key without text, months not twelve. Empty when complete.
 */
export function summaryTextProblems(texts: SummaryTexts, criteria: ReadonlyArray<CriterionId>): string[] {
  const problems: string[] = [];
  const localised = (at: string, value: LocalisedText | undefined) => {
    if (!value) return problems.push(`${at}: missing`);
    const dutch = value.nl ?? '';
    for (const locale of SUMMARY_LOCALES) {
      const text = value[locale];
      if (text === undefined || text.trim() === '') {
        problems.push(`${at}: missing translation: ${locale}`);
        continue;
      }
      if (locale !== 'nl' && text === dutch && !SAME_EVERYWHERE.has(text))
        problems.push(`${at}: ${locale} is a copy of the Dutch`);
      if (placeholders(text).join() !== placeholders(dutch).join())
        problems.push(`${at}: ${locale} has placeholders {${placeholders(text).join('}, {')}}, Dutch has others`);
    }
  };
  const p = texts.parents;
  for (const key of PARENT_TEXT_KEYS) localised(`parents.text.${key}`, p.text[key]);
  for (const c of criteria) localised(`parents.criteria.${c}`, p.criteria[c]);
  for (const level of ['1', '2', '3'] as const) localised(`parents.levels.${level}`, p.levels[level]);
  for (const locale of SUMMARY_LOCALES) {
    if (!p.languageName[locale]?.trim()) problems.push(`parents.languageName: missing ${locale}`);
    if (p.months[locale]?.filter((m) => m.trim()).length !== 12)
      problems.push(`parents.months: ${locale} needs twelve months`);
  }
  for (const c of criteria) if (!texts.children.criteria[c]) problems.push(`children.criteria.${c}: missing`);
  for (const key of CHILD_TEXT_KEYS) if (!texts.children.text[key]) problems.push(`children.text.${key}: missing`);
  return problems;
}

/** A text of the parents' summary in one language, its placeholders filled in. */
export function fillIn(text: string, values: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{([a-z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** `YYYY-MM-DD` (or a longer ISO string) as "23 november 2026" in the language, with the file's month names. */
export function summaryDate(texts: SummaryTexts, locale: Locale, iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const name = texts.parents.months[locale]?.[(month ?? 1) - 1] ?? '';
  return `${day} ${name} ${year}`;
}
