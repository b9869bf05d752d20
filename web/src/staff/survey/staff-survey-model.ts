import 'survey-core/survey-core.fontless.css';
import 'survey-core/i18n/dutch';
import 'survey-core/i18n/english';
import 'survey-core/i18n/arabic';
import 'survey-core/i18n/turkish';
import 'survey-core/i18n/polish';
import 'survey-core/i18n/ukrainian';
import { Model, settings, surveyLocalization } from 'survey-core';

// Same setup as the respondent app: the questionnaire JSON's "default" strings are Dutch, system fonts, AA colours.
surveyLocalization.defaultLocale = 'nl';
settings.legacyProgressBarView = true;

const themeVariables: Record<string, string> = {
  '--sjs2-typography-font-family-text': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  '--sjs2-color-project-brand-600': '#0f6e5c',
  '--sjs2-color-fg-basic-secondary': '#595959',
  '--sjs2-color-fg-basic-tertiary': '#6b6b6b',
};

export type StaffSurveyOptions = {
  locale: string;
  answers?: Record<string, unknown>;
  /** Question headings: h2 under the page's h1, or h3 under a section heading. */
  headingLevel: 2 | 3;
  readOnly?: boolean;
};

/** A SurveyJS model for staff pages (mystery-guest forms, the preview), set up like the respondent app's. */
export function createStaffSurveyModel(surveyJson: Record<string, unknown>, options: StaffSurveyOptions): Model {
  const level = options.headingLevel;
  settings.titleTags.page = `h${level}`;
  settings.titleTags.panel = `h${level + 1}`;
  settings.titleTags.question = `h${level + 1}`;
  const model = new Model(surveyJson);
  model.showTitle = false;
  model.applyTheme({ cssVariables: themeVariables });
  model.locale = options.locale;
  if (options.answers) model.data = options.answers;
  if (options.readOnly) model.readOnly = true;
  return model;
}
