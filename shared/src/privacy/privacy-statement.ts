import type { Locale } from '../contracts/common';
import type { PrivacyStatementInput } from '../contracts/privacy';
import { isRightToLeft } from '../summaries/summary-basis';
import { PRIVACY_LOCALES, type PrivacyTextKey, type PrivacyTexts } from './privacy-texts';

/** The organisation's own words inside a sentence: shown as written, in the language they were written in. */
export type OrganisationWords = { own: string; lang: Locale };
/** A sentence of fixed text in the reader's language, with the organisation's own words where a placeholder was. */
export type Sentence = Array<string | OrganisationWords>;

export type PrivacySection = {
  id: string;
  heading: string;
  paragraphs: Sentence[];
  /** A bulleted list after the paragraphs, and what follows it. */
  list?: Sentence[];
  after?: Sentence[];
};

/** Everything a privacy statement page shows, in one language; the server turns it into HTML. */
export type PrivacyPage = {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  title: string;
  intro: Sentence;
  sections: PrivacySection[];
  /** How to reach the controller: its own words, line by line; or the sentence saying it has not filled them in. */
  contact: {
    heading: string;
    lead: Sentence;
    lines: OrganisationWords[];
    officer: { lead: string; lines: OrganisationWords[] } | null;
  };
  /** The organisation's own explanation, if it wrote one, with a note on the language it is in. */
  own: { heading: Sentence; note: string; text: OrganisationWords } | null;
  updated: string;
  languages: { label: string; options: Array<{ locale: Locale; name: string }> };
};

export type PrivacyPageInput = {
  texts: PrivacyTexts;
  locale: Locale;
  /** The organisation's name: the controller until the organisation has written its own part. */
  organisation: string;
  /** What the organisation wrote; null until it saved the statement once. */
  statement: PrivacyStatementInput | null;
  retentionDays: number | null;
  /** The scan model's minimum group size: below it nobody but the researcher sees figures. */
  minGroupSize: number;
  /** The day the statement was last saved, already written in the reader's language; null if never. */
  updatedOn: string | null;
};

/** `{name}` placeholders filled in: plain values become text, the organisation's words stay marked as its own. */
export function fillSentence(
  template: string,
  values: Readonly<Record<string, string | number | OrganisationWords>>,
): Sentence {
  const parts: Sentence = [];
  let rest = template;
  for (let match = /\{([a-z]+)\}/.exec(rest); match; match = /\{([a-z]+)\}/.exec(rest)) {
    const value = values[match[1] ?? ''];
    const before = rest.slice(0, match.index);
    if (value === undefined) parts.push(before + match[0]);
    else if (typeof value === 'object') parts.push(before, value);
    else parts.push(before + String(value));
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(rest);
  // Neighbouring strings as one, empty ones gone: a sentence reads the same however it was cut.
  return parts.reduce<Sentence>((out, part) => {
    const last = out.at(-1);
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else if (part !== '') out.push(part);
    return out;
  }, []);
}

/** The lines of a text the organisation typed, empty ones dropped. */
const ownLines = (text: string, lang: Locale): OrganisationWords[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ own: line, lang }));

/**
 * The privacy statement of an organisation in one language: the fixed parts from the texts file, the organisation's
 * own parts as written. The retention sentence follows the organisation's retention period (none set, deleted at
 * publication, or after a number of days).
 */
export function privacyPage(input: PrivacyPageInput): PrivacyPage {
  const { texts, locale, statement } = input;
  const t = (key: PrivacyTextKey): string => texts.text[key]?.[locale] ?? texts.text[key]?.nl ?? '';
  const lang = statement?.textLocale ?? 'nl';
  const controller: OrganisationWords = { own: statement?.controller || input.organisation, lang };
  const fill = (key: PrivacyTextKey, values: Record<string, string | number | OrganisationWords> = {}) =>
    fillSentence(t(key), { controller, organisation: { own: input.organisation, lang }, ...values });
  const retention =
    input.retentionDays === null
      ? fill('retentionUnset')
      : input.retentionDays === 0
        ? fill('retentionAtPublication')
        : fill('retentionDays', { days: input.retentionDays });
  const contactLines = statement ? ownLines(statement.contact, lang) : [];
  const officerLines = statement ? ownLines(statement.privacyOfficer, lang) : [];
  const ownText = statement?.ownText.trim() ?? '';
  return {
    locale,
    dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
    title: t('title'),
    intro: fill('intro'),
    sections: [
      { id: 'verantwoordelijk', heading: t('controllerHeading'), paragraphs: [fill('controllerText')] },
      { id: 'doel', heading: t('purposeHeading'), paragraphs: [fill('purposeText'), fill('voluntary')] },
      {
        id: 'wat-wel',
        heading: t('storedHeading'),
        paragraphs: [],
        list: [fill('storedAnswers'), fill('storedOpen'), fill('storedDevice'), fill('storedCode')],
      },
      {
        id: 'wat-niet',
        heading: t('notStoredHeading'),
        paragraphs: [],
        list: [
          fill('notStoredName'),
          fill('notStoredAddress'),
          fill('notStoredDevice'),
          fill('notStoredTime'),
          fill('notStoredTracking'),
        ],
        after: [fill('abuseCounting')],
      },
      {
        id: 'wie',
        heading: t('whoHeading'),
        paragraphs: [fill('whoResearcher'), fill('whoGroups', { min: input.minGroupSize })],
      },
      { id: 'bewaren', heading: t('retentionHeading'), paragraphs: [retention, fill('retentionReport')] },
      {
        id: 'rechten',
        heading: t('rightsHeading'),
        paragraphs: [fill('rightsText'), fill('rightsAnonymous'), fill('complaint')],
      },
    ],
    contact: {
      heading: t('contactHeading'),
      lead: contactLines.length > 0 ? fill('contactLead') : fill('contactMissing'),
      lines: contactLines,
      officer: officerLines.length > 0 ? { lead: t('officerLead'), lines: officerLines } : null,
    },
    own: ownText
      ? {
          heading: fill('ownHeading'),
          note: fillSentence(t('ownLanguage'), { language: texts.languageName[lang] ?? lang }).join(''),
          text: { own: ownText, lang },
        }
      : null,
    updated: input.updatedOn ? fillSentence(t('updated'), { date: input.updatedOn }).join('') : t('notUpdated'),
    languages: {
      label: t('languages'),
      options: PRIVACY_LOCALES.map((l) => ({ locale: l, name: texts.languageName[l] ?? l })),
    },
  };
}
