import type { Answers, LinkView, Locale } from '@driehoek/shared';
import { useEffect, useRef, useState } from 'react';
import type { ScrollToTopEvent } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { SaveStatus as Status } from '../lib/offline/save-queue';
import { useFocusOnMount } from '../lib/use-focus-on-mount';
import { childIntro, childMessages } from './child-messages';
import { LanguageSelect } from './language-select';
import { localizedText } from './localized-text';
import { messages } from './messages';
import { readAloudTexts, type Speaker } from './read-aloud';
import { ReadAloudButton } from './read-aloud-button';
import { SaveStatus } from './save-status';
import { loadSurveyLocale, surveyLocaleLoaded } from './survey-locales';
import {
  createSurveyModel,
  currentQuestion,
  questionCounter,
  readableQuestion,
  type SurveyStart,
} from './survey-model';

export type SurveyPageProps = {
  link: LinkView;
  start: SurveyStart;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  status: Status;
  /** A question the server refused; the page opens at it. */
  focusQuestion?: string;
  /** Children: one question a page, large faces, and the read-aloud button when `speaker` is there. */
  childMode?: boolean;
  speaker?: Speaker;
  onAnswersChange: (answers: Answers, currentPageNo: number) => void;
  onPageChange: (answers: Answers, currentPageNo: number) => void;
  onComplete: (answers: Answers) => void;
};

/** The questionnaire itself, with the language choice and the save status around it. */
export function SurveyPage(props: SurveyPageProps) {
  const { link, locale, status } = props;
  const [model] = useState(() =>
    createSurveyModel(link.survey, props.start, {
      childMode: props.childMode,
      childIntro: props.childMode ? childIntro(props.speaker !== undefined) : undefined,
    }),
  );
  // Which question is on screen, so the read-aloud button stops when it changes.
  const [questionName, setQuestionName] = useState(() => currentQuestion(model)?.name);
  // Children: "Vraag 3 van 20", moving with every question.
  const [counter, setCounter] = useState(() => questionCounter(model));
  const callbacks = useRef(props);
  callbacks.current = props;
  const m = messages[locale];
  const heading = useFocusOnMount<HTMLHeadingElement>();

  useEffect(() => {
    const onValue = () => callbacks.current.onAnswersChange(model.data, model.currentPageNo);
    const onPage = () => {
      setQuestionName(currentQuestion(model)?.name);
      setCounter(questionCounter(model));
      callbacks.current.onPageChange(model.data, model.currentPageNo);
    };
    const onComplete = () => callbacks.current.onComplete(model.data);
    model.onValueChanged.add(onValue);
    model.onCurrentPageChanged.add(onPage);
    model.onComplete.add(onComplete);
    return () => {
      model.onValueChanged.remove(onValue);
      model.onCurrentPageChanged.remove(onPage);
      model.onComplete.remove(onComplete);
    };
  }, [model]);

  // On a new page SurveyJS scrolls the survey to the top of the window, under our sticky save status, which then
  // hides the progress. Scroll so the survey starts just below the status instead.
  useEffect(() => {
    const onScroll = (_: unknown, options: ScrollToTopEvent) => {
      if (!options.page || options.question) return;
      options.cancel = true;
      const root = document.querySelector('.page--survey .sd-root-modern');
      const bar = document.querySelector('.page--survey .status-bar');
      if (!root) return;
      const barHeight = bar?.getBoundingClientRect().height ?? 0;
      const rootTop = root.getBoundingClientRect().top;
      if (rootTop < barHeight) window.scrollTo({ top: Math.max(0, window.scrollY + rootTop - barHeight) });
    };
    model.onScrollToTop.add(onScroll);
    return () => model.onScrollToTop.remove(onScroll);
  }, [model]);

  useEffect(() => {
    let live = true;
    if (surveyLocaleLoaded(locale)) {
      model.locale = locale;
      return;
    }
    // SurveyJS' words in this language are still on their way (survey-locales.ts): switch once they are here.
    loadSurveyLocale(locale).then(() => {
      if (!live) return;
      // Opened in this language before its words arrived: switch away and back so SurveyJS redraws them.
      if (model.locale === locale) model.locale = 'nl';
      model.locale = locale;
    });
    return () => {
      live = false;
    };
  }, [model, locale]);

  const focusQuestion = props.focusQuestion;
  useEffect(() => {
    if (focusQuestion && model.getQuestionByName(focusQuestion)) model.focusQuestion(focusQuestion);
  }, [model, focusQuestion]);

  return (
    <>
      <header className="topbar">
        <span className="topbar__name">{link.ikc}</span>
        <LanguageSelect locales={link.locales} value={locale} onChange={props.onLocaleChange} />
      </header>
      <main id="main" className="page page--survey">
        <h1 tabIndex={-1} ref={heading}>
          {localizedText(link.survey.title, locale) ?? m.fallbackTitle}
        </h1>
        <div className="status-bar">
          <SaveStatus status={status} m={m} quiet={props.childMode} />
        </div>
        {props.childMode && counter && (
          <div className="child-counter">
            <p className="child-counter__text">{childMessages[locale].questionOf(counter.n, counter.total)}</p>
            <div className="child-counter__bar" aria-hidden="true">
              <span style={{ width: `${(100 * counter.n) / counter.total}%` }} />
            </div>
          </div>
        )}
        {props.speaker && (
          <div className="read-aloud-bar">
            <ReadAloudButton
              speaker={props.speaker}
              locale={locale}
              resetKey={questionName}
              texts={() => {
                const question = currentQuestion(model);
                return question ? readAloudTexts(readableQuestion(question)) : [];
              }}
            />
          </div>
        )}
        <Survey model={model} />
      </main>
    </>
  );
}
