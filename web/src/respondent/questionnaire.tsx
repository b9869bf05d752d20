import type { Answers, LinkView, Locale, SaveResponse, SaveResponseResult } from '@driehoek/shared';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { messageWithoutField } from '../api/client';
import { useSaveQueue } from '../lib/offline/use-save-queue';
import { Assent, Goodbye } from './assent';
import { checkCode } from './check-code';
import { childMessages } from './child-messages';
import { Landing } from './landing';
import { LoadBoundary } from './load-boundary';
import { formatDate, isRtl, messages } from './messages';
import { newResponseId } from './new-response-id';
import { pickLocale } from './pick-locale';
import { browserSpeaker, type Speaker } from './read-aloud';
import type { Draft, ResponseStore } from './response-store';
import { sendSave } from './send-save';
import { LinkErrorPage, LoadingPage, SendingPage, ThankYouPage } from './status-pages';
import { loadSurveyLocale } from './survey-locales';
import { ThanksPicture } from './thanks-picture';

/**
 * SurveyJS (~0.4 MB compressed) is a chunk of its own: the landing paints without it, and it is fetched while the
 * respondent reads the landing (`preloadSurvey`), so the first question rarely waits for it.
 */
const loadSurveyPage = () => import('./survey-page');
/** A fresh lazy component per attempt: React keeps a failed import's rejection for the component it was made for. */
const lazySurveyPage = () => lazy(() => loadSurveyPage().then((module) => ({ default: module.SurveyPage })));
function preloadSurvey(locale: Locale): void {
  loadSurveyPage().catch(() => undefined);
  loadSurveyLocale(locale);
}

/**
 * Runs `task` once the page on screen has been painted (the second animation frame) and the browser has a moment
 * free, so the landing's first paint never waits for, or shares the phone's connection with, SurveyJS.
 */
function afterPaint(task: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) task();
  };
  const idle = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(run, { timeout: 1000 })
      : window.setTimeout(run, 50);
  window.requestAnimationFrame(() => window.requestAnimationFrame(idle));
  return () => {
    cancelled = true;
  };
}

type SavePayload = { responseId: string; body: SaveResponse };

type Phase = 'landing' | 'declined' | 'survey' | 'sending' | 'done' | 'closed';

export type QuestionnaireProps = {
  link: LinkView;
  store: ResponseStore;
  browserLanguages?: readonly string[];
  /** A single-use code that came with the link, for the landing's code field. */
  initialCode?: string;
  /** Reads questions aloud for children; by default the browser's speech synthesis, `null` for none. */
  speaker?: Speaker | null;
};

function initialPhase(store: ResponseStore, link: LinkView, draft: Draft | undefined): Phase {
  const { linkId } = link;
  if (store.isCompleted(linkId)) return 'done';
  // After closing, the server lets respondents who were answering finish during a grace period; nobody new starts.
  if (!draft) return link.graceUntil ? 'closed' : 'landing';
  return draft.submitted ? 'sending' : 'survey';
}

/**
 * One respondent's way through a link: landing, questions, sending, thanks. The local draft is written on every
 * answer; the server gets the answers on every page change and on completion, through the retrying save queue.
 */
export function Questionnaire(props: QuestionnaireProps) {
  const { link, store, browserLanguages = navigator.languages, initialCode } = props;
  const { linkId } = link;
  const childMode = link.audience === 'children';
  const speaker = useMemo(
    () => (props.speaker === undefined ? (childMode ? browserSpeaker() : undefined) : (props.speaker ?? undefined)),
    [props.speaker, childMode],
  );
  const draftRef = useRef<Draft | undefined>(undefined);
  const [phase, setPhase] = useState<Phase>(() => {
    draftRef.current = store.load(linkId);
    return initialPhase(store, link, draftRef.current);
  });
  const [locale, setLocale] = useState<Locale>(() => {
    const fromDraft = draftRef.current?.locale;
    if (fromDraft && link.locales.includes(fromDraft)) return fromDraft;
    return pickLocale(link.locales, store.loadLocale(), browserLanguages);
  });
  // Bumped to open the questionnaire again (after the server refused the completed answers).
  const [attempt, setAttempt] = useState(0);
  const [loadAttempt, setLoadAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt is what makes a new lazy component
  const SurveyPage = useMemo(lazySurveyPage, [loadAttempt]);
  const [focusQuestion, setFocusQuestion] = useState<string | undefined>(undefined);
  const unsaved = useRef(false);

  const writeDraft = useCallback(
    (next: Draft) => {
      draftRef.current = next;
      store.save(linkId, next);
    },
    [store, linkId],
  );

  const onAcknowledged = useCallback(
    (_payload: SavePayload, result: SaveResponseResult) => {
      // Also when a partial save meets a response completed earlier (another tab): it is final either way.
      if (result.status !== 'complete') return;
      store.markCompleted(linkId);
      store.clear(linkId);
      draftRef.current = undefined;
      setPhase('done');
    },
    [store, linkId],
  );
  const { status, enqueue } = useSaveQueue<SavePayload, SaveResponseResult>({
    send: (p) => sendSave(p.responseId, p.body),
    onAcknowledged,
  });

  const saveToServer = useCallback(
    (draft: Draft, complete: boolean) => {
      unsaved.current = false;
      enqueue({
        responseId: draft.responseId,
        body: {
          linkId,
          locale: draft.locale,
          answers: draft.answers,
          complete,
          ...(draft.code ? { code: draft.code } : {}),
        },
      });
    },
    [enqueue, linkId],
  );

  // Resuming: the server may have missed the last answers (typed, then reloaded) or the completion.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, for the draft found on arrival.
  useEffect(() => {
    const draft = draftRef.current;
    if (!draft || store.isCompleted(linkId)) return;
    if (draft.submitted) saveToServer(draft, true);
    else if (Object.keys(draft.answers).length > 0) saveToServer(draft, false);
  }, []);

  // Leaving the tab (switching apps on a phone) is the last chance to send answers typed since the last page.
  useEffect(() => {
    const onHidden = () => {
      const draft = draftRef.current;
      if (document.visibilityState === 'hidden' && draft && !draft.submitted && unsaved.current) {
        saveToServer(draft, false);
      }
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => document.removeEventListener('visibilitychange', onHidden);
  }, [saveToServer]);

  // After the landing has painted: fetch the questionnaire code while the respondent reads.
  useEffect(() => afterPaint(() => preloadSurvey(locale)), [locale]);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dir = isRtl(locale) ? 'rtl' : 'ltr';
  }, [locale]);

  const changeLocale = (next: Locale) => {
    setLocale(next);
    store.saveLocale(next);
    const draft = draftRef.current;
    if (draft) writeDraft({ ...draft, locale: next });
  };

  const start = async (code: string | undefined): Promise<string | undefined> => {
    let draft: Draft = { responseId: newResponseId(), answers: {}, currentPageNo: 0, locale, submitted: false };
    if (code) {
      const result = await checkCode(linkId, code);
      if (result.kind === 'failed') return messageWithoutField(result.failure);
      draft = { ...draft, code };
      const { resume } = result;
      if (resume.state === 'in_progress') {
        // Answers saved with this code on another device: continue them, in the language they were given in.
        const resumedLocale = link.locales.find((l) => l === resume.locale) ?? locale;
        draft = { ...draft, responseId: resume.responseId, answers: resume.answers, locale: resumedLocale };
        setLocale(resumedLocale);
      }
    }
    writeDraft(draft);
    setPhase('survey');
    return undefined;
  };

  const onAnswersChange = (answers: Answers, currentPageNo: number) => {
    const draft = draftRef.current;
    if (!draft) return;
    unsaved.current = true;
    writeDraft({ ...draft, answers, currentPageNo });
  };

  const onPageChange = (answers: Answers, currentPageNo: number) => {
    const draft = draftRef.current;
    if (!draft) return;
    const next = { ...draft, answers, currentPageNo };
    writeDraft(next);
    saveToServer(next, false);
  };

  const onComplete = (answers: Answers) => {
    const draft = draftRef.current;
    if (!draft) return;
    const next = { ...draft, answers, submitted: true };
    writeDraft(next);
    setFocusQuestion(undefined);
    setPhase('sending');
    saveToServer(next, true);
  };

  const backToQuestionnaire = () => {
    const draft = draftRef.current;
    if (draft) writeDraft({ ...draft, submitted: false });
    setFocusQuestion(status.state === 'rejected' ? status.field : undefined);
    setAttempt((n) => n + 1);
    setPhase('survey');
  };

  const m = messages[locale];
  const c = childMessages[locale];
  const draft = draftRef.current;
  return (
    <div
      className={childMode ? 'respondent respondent--child' : 'respondent'}
      lang={locale}
      dir={isRtl(locale) ? 'rtl' : 'ltr'}
    >
      {phase === 'landing' && childMode && (
        <Assent
          link={link}
          locale={locale}
          onLocaleChange={changeLocale}
          initialCode={initialCode}
          speaker={speaker}
          onStart={start}
          onDecline={() => setPhase('declined')}
        />
      )}
      {phase === 'landing' && !childMode && (
        <Landing link={link} locale={locale} onLocaleChange={changeLocale} initialCode={initialCode} onStart={start} />
      )}
      {phase === 'declined' && <Goodbye locale={locale} onBack={() => setPhase('landing')} />}
      {phase === 'survey' && draft && (
        <LoadBoundary
          onRetry={() => setLoadAttempt((n) => n + 1)}
          fallback={(retry) => (
            <main id="main" className="page">
              <p role="alert">{m.loadFailed}</p>
              <button type="button" className="button button--primary" onClick={retry}>
                {m.retry}
              </button>
            </main>
          )}
        >
          <Suspense fallback={<LoadingPage />}>
            <SurveyPage
              key={attempt}
              link={link}
              start={draft}
              locale={locale}
              onLocaleChange={changeLocale}
              status={status}
              focusQuestion={focusQuestion}
              childMode={childMode}
              speaker={speaker}
              onAnswersChange={onAnswersChange}
              onPageChange={onPageChange}
              onComplete={onComplete}
            />
          </Suspense>
        </LoadBoundary>
      )}
      {phase === 'sending' && (
        <SendingPage
          m={childMode ? { ...m, sendingTitle: c.sendingTitle, sendingBody: c.sendingBody } : m}
          status={status}
          onBack={backToQuestionnaire}
          quiet={childMode}
        />
      )}
      {phase === 'done' && (
        <ThankYouPage
          m={childMode ? { ...m, thanksTitle: c.thanksTitle, thanksBody: c.thanksBody } : m}
          picture={childMode ? <ThanksPicture /> : undefined}
        />
      )}
      {phase === 'closed' && (
        <div lang="nl">
          <LinkErrorPage
            failure={{
              status: 410,
              code: 'link_closed',
              message: `De vragenlijst kon worden ingevuld tot en met ${formatDate(link.round.closesOn, 'nl')}.`,
            }}
          />
        </div>
      )}
    </div>
  );
}
