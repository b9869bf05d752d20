import { type Answers, AnswersSchema, type Locale, LocaleSchema, ResponseIdSchema } from '@driehoek/shared';
import { createDraftStore, createFlagStore, type KeyValueStorage } from '../lib/offline/draft-store';

/**
 * What survives a reload on this device: the attempt's response id, its answers, where the respondent was, and
 * whether they pressed "complete" (a submitted draft stays until the server acknowledged it).
 */
export type Draft = {
  responseId: string;
  answers: Answers;
  currentPageNo: number;
  locale: Locale;
  submitted: boolean;
  /** The single-use code the respondent typed, when the round hands them out; sent with every save. */
  code?: string;
};

/** How single-use codes look: 8 characters without the easily confused 0, 1, O and I. */
export const CODE_PATTERN = /^[A-Z2-9]{8}$/;

/** A typed code as the server compares it: no spaces or dashes, upper case. */
export const normalizeCode = (typed: string) => typed.replace(/[\s-]/g, '').toUpperCase();

/** Reads a stored draft back; anything malformed (an older format, a hand edit) counts as no draft. */
export function parseDraft(value: unknown): Draft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const responseId = ResponseIdSchema.safeParse(v.responseId);
  const answers = AnswersSchema.safeParse(v.answers);
  const locale = LocaleSchema.safeParse(v.locale);
  const page = v.currentPageNo;
  if (!responseId.success || !answers.success || !locale.success) return undefined;
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 0) return undefined;
  return {
    responseId: responseId.data,
    answers: answers.data,
    currentPageNo: page,
    locale: locale.data,
    submitted: v.submitted === true,
    ...(typeof v.code === 'string' && CODE_PATTERN.test(v.code) ? { code: v.code } : {}),
  };
}

/** A respondent's drafts per link, the links this device completed, and the language they chose. */
export type ResponseStore = {
  load(linkId: string): Draft | undefined;
  save(linkId: string, draft: Draft): void;
  clear(linkId: string): void;
  /** Remembers that this device completed the questionnaire of this link. */
  markCompleted(linkId: string): void;
  isCompleted(linkId: string): boolean;
  loadLocale(): Locale | undefined;
  saveLocale(locale: Locale): void;
};

const doneKey = (linkId: string) => `driehoek:done:${linkId}`;
const localeKey = 'driehoek:locale';

export function createResponseStore(storage: KeyValueStorage | undefined): ResponseStore {
  const drafts = createDraftStore(storage, { prefix: 'driehoek:draft:', parse: parseDraft });
  const flags = createFlagStore(storage);
  return {
    load: drafts.load,
    save: drafts.save,
    clear: drafts.clear,
    markCompleted: (linkId) => flags.set(doneKey(linkId), '1'),
    isCompleted: (linkId) => flags.get(doneKey(linkId)) === '1',
    loadLocale() {
      const parsed = LocaleSchema.safeParse(flags.get(localeKey));
      return parsed.success ? parsed.data : undefined;
    },
    saveLocale: (locale) => flags.set(localeKey, locale),
  };
}
