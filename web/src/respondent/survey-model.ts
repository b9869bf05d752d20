import 'survey-core/survey-core.fontless.css';
// Dutch only: the other languages' SurveyJS words load on demand (survey-locales.ts).
import 'survey-core/i18n/dutch';
import { type Answers, answerFaceSvg, type Locale, splitAnswerFace } from '@driehoek/shared';
import { Model, type Question, settings, surveyLocalization } from 'survey-core';
import type { ReadableQuestion } from './read-aloud';

// The questionnaire JSON's "default" strings are Dutch.
surveyLocalization.defaultLocale = 'nl';
// A bar with "Pagina 2 van 9" suits a long questionnaire on a phone better than one step button per page.
settings.legacyProgressBarView = true;

/**
 * survey-core v3 sets its font from JS with no fallback (and the fontless CSS loads none), so we name the
 * system fonts. The brand and muted text colours are darkened so text and buttons meet WCAG AA contrast
 * (SurveyJS' default green #19B394 on white is 2.6:1).
 */
const themeVariables: Record<string, string> = {
  '--sjs2-typography-font-family-text': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  '--sjs2-color-project-brand-600': '#0f6e5c',
  '--sjs2-color-fg-basic-secondary': '#595959',
  '--sjs2-color-fg-basic-tertiary': '#6b6b6b',
};

export type SurveyStart = { answers: Answers; currentPageNo: number; locale: Locale };

export type SurveyModelOptions = {
  /** Children: one question at a time, the answer faces drawn large, and our own question counter. */
  childMode?: boolean;
  /**
   * Children: the intro's texts in every language, set by the app so it says what really happens (the tablet
   * reads aloud, or the teacher does where the browser cannot speak).
   */
  childIntro?: Partial<Record<Locale, string>>;
};

/** Builds the SurveyJS model of a questionnaire, resumed at the draft's answers and page. */
export function createSurveyModel(
  surveyJson: Record<string, unknown>,
  start: SurveyStart,
  options: SurveyModelOptions = {},
): Model {
  setHeadingLevels(surveyJson);
  const model = new Model(surveyJson);
  if (options.childMode) {
    model.questionsOnPageMode = 'questionPerPage';
    if (options.childIntro) setIntro(model, options.childIntro);
    model.onTextMarkdown.add((_, event) => {
      if (event.item) {
        const html = faceOptionHtml(event.text);
        if (html) event.html = html;
      }
    });
  }
  // The page shows the title as its h1.
  model.showTitle = false;
  model.applyTheme({ cssVariables: themeVariables });
  // Children get a counter per question (survey-page.tsx); SurveyJS would count pages ("Pagina 3 van 8" on three
  // screens in a row).
  model.showProgressBar = !options.childMode;
  model.progressBarLocation = 'top';
  // "Volgende" filled like "Verzenden": the way forward is the primary button on every page.
  const next = model.navigationBar.getActionById('sv-nav-next');
  if (next) next.appearance = { mode: 'primary' };
  // We show our own thank-you page, and only once the server has the answers.
  model.showCompletePage = false;
  model.locale = start.locale;
  model.data = start.answers;
  model.currentPageNo = Math.min(start.currentPageNo, Math.max(0, model.visiblePageCount - 1));
  return model;
}

/** The questionnaire's intro (the first page's text block) in the app's words, per language. */
function setIntro(model: Model, texts: Partial<Record<Locale, string>>) {
  const intro = model.pages[0]?.questions.find((q: Question) => q.getType() === 'html');
  if (!intro) return;
  const loc = (intro as Question & { locHtml?: { setLocaleText(locale: string, text: string): void } }).locHtml;
  for (const [locale, text] of Object.entries(texts)) loc?.setLocaleText(locale === 'nl' ? 'default' : locale, text);
}

/** The counter children see: which answerable question is on screen, of how many; undefined on a text page. */
export function questionCounter(model: Model): { n: number; total: number } | undefined {
  const current = currentQuestion(model);
  const answerable = model.getAllQuestions(true).filter((q: Question) => q.getType() !== 'html');
  const n = current ? answerable.indexOf(current) + 1 : 0;
  return n > 0 ? { n, total: answerable.length } : undefined;
}

/** Number of questions a respondent may see, for the time estimate on the landing page. */
export function countQuestions(model: Model): number {
  return model.getAllQuestions(true).length;
}

/** Headings follow our h1 without skipping a level: page titles h2 and questions h3, or questions h2 without them. */
function setHeadingLevels(surveyJson: Record<string, unknown>) {
  const pages = Array.isArray(surveyJson.pages) ? (surveyJson.pages as Array<Record<string, unknown>>) : [];
  const pageTitles = pages.some((p) => p.title !== undefined);
  settings.titleTags.page = 'h2';
  settings.titleTags.panel = pageTitles ? 'h3' : 'h2';
  settings.titleTags.question = pageTitles ? 'h3' : 'h2';
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * An answer option that starts with a face ("🙁 Nee") as a large face above its word. The face is drawn (not left to
 * the emoji font) and is decoration for screen readers (they would say "slightly frowning face"); the word names
 * the option. Undefined for other texts.
 */
export function faceOptionHtml(text: string): string | undefined {
  const faced = splitAnswerFace(text);
  if (!faced) return undefined;
  const picture = faced.face
    ? answerFaceSvg(faced.face)
    : `<span class="face" aria-hidden="true">${escapeHtml(faced.pictograph)}</span>`;
  return `${picture}<span class="face-word">${escapeHtml(faced.word)}</span>`;
}

/** The question on screen in one-question-per-page mode, else the first visible one of the current page. */
export function currentQuestion(model: Model): Question | undefined {
  return model.currentSingleQuestion ?? model.currentPage?.questions.find((q: Question) => q.isVisible);
}

/** What a SurveyJS question shows, in the survey's current language, for reading aloud. */
export function readableQuestion(question: Question): ReadableQuestion {
  if (question.getType() === 'html') {
    const html: unknown = (question as Question & { html?: unknown }).html;
    return { html: typeof html === 'string' ? html : '' };
  }
  const choices: unknown = (question as Question & { visibleChoices?: unknown }).visibleChoices;
  return {
    title: question.processedTitle,
    description: question.description,
    choices: Array.isArray(choices) ? choices.map((c: { text: string }) => c.text) : [],
  };
}
