import 'survey-core/survey-core.fontless.css';
import 'survey-core/i18n/dutch';
import 'survey-core/i18n/english';
import 'survey-core/i18n/arabic';
import 'survey-core/i18n/turkish';
import 'survey-core/i18n/polish';
import 'survey-core/i18n/ukrainian';
import type { Answers, Locale } from '@driehoek/shared';
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
  /** Children: one question at a time, and the answer faces drawn large. */
  childMode?: boolean;
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
  model.showProgressBar = true;
  model.progressBarLocation = 'top';
  // We show our own thank-you page, and only once the server has the answers.
  model.showCompletePage = false;
  model.locale = start.locale;
  model.data = start.answers;
  model.currentPageNo = Math.min(start.currentPageNo, Math.max(0, model.visiblePageCount - 1));
  return model;
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

const leadingFace = /^(\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})*)\s*(.*)$/su;
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

// Faces drawn rather than left to the emoji font: tablets without one show empty boxes, and every device draws
// emoji differently. The mouth carries the meaning, not a colour.
const mouths: Record<string, string> = {
  sad: 'M15 35Q24 26 33 35',
  neutral: 'M15 31H33',
  happy: 'M15 28Q24 38 33 28',
};
const faceOfEmoji: Record<string, keyof typeof mouths> = {
  '\u{1F641}': 'sad',
  '\u2639': 'sad',
  '\u2639\uFE0F': 'sad',
  '\u{1F610}': 'neutral',
  '\u{1F642}': 'happy',
  '\u{1F60A}': 'happy',
};

function faceSvg(mouth: string): string {
  return (
    '<svg class="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">' +
    '<circle cx="24" cy="24" r="21" fill="#ffd45c" stroke="#1c1b20" stroke-width="2.5"/>' +
    '<circle cx="17" cy="19" r="2.8" fill="#1c1b20"/><circle cx="31" cy="19" r="2.8" fill="#1c1b20"/>' +
    `<path d="${mouth}" fill="none" stroke="#1c1b20" stroke-width="3" stroke-linecap="round"/></svg>`
  );
}

/**
 * An answer option that starts with a face ("🙁 Nee") as a large face above its word. The face is decoration for
 * screen readers (they would say "slightly frowning face"); the word names the option. Undefined for other texts.
 */
export function faceOptionHtml(text: string): string | undefined {
  const match = leadingFace.exec(text);
  const emoji = match?.[1];
  const word = match?.[2];
  if (!emoji || !word) return undefined;
  const face = faceOfEmoji[emoji];
  const picture = face ? faceSvg(mouths[face] ?? '') : `<span class="face" aria-hidden="true">${emoji}</span>`;
  return `${picture}<span class="face-word">${escapeHtml(word)}</span>`;
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
