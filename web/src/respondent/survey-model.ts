import 'survey-core/survey-core.fontless.css';
import 'survey-core/i18n/dutch';
import 'survey-core/i18n/english';
import 'survey-core/i18n/arabic';
import 'survey-core/i18n/turkish';
import 'survey-core/i18n/polish';
import 'survey-core/i18n/ukrainian';
import type { Answers, Locale } from '@driehoek/shared';
import { Model, settings, surveyLocalization } from 'survey-core';

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

/** Builds the SurveyJS model of a questionnaire, resumed at the draft's answers and page. */
export function createSurveyModel(surveyJson: Record<string, unknown>, start: SurveyStart): Model {
  setHeadingLevels(surveyJson);
  const model = new Model(surveyJson);
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
