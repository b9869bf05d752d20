import type { InstrumentView, SaveVisit, Visit } from '@driehoek/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Survey } from 'survey-react-ui';
import { messageWithoutField } from '../../api/client';
import { useSaveQueue } from '../../lib/offline/use-save-queue';
import { createStaffSurveyModel } from '../survey/staff-survey-model';
import { TextField } from '../ui/text-field';
import { CALL_SECONDS_QUESTION, idleTimer, startTimer, stopTimer } from './call-timer';
import { CallTimerControl } from './call-timer-control';
import { type VisitDraft, visitDrafts } from './visit-drafts';
import { VisitSaveStatus } from './visit-save-status';
import { sendVisit } from './visit-sender';

export type VisitFormProps = { file: InstrumentView; start: VisitDraft; editable: boolean };

/**
 * The date question of the first form versions (v2 dropped it): kept equal to the visit's date and hidden, so the
 * form asks the date once, in the field above it (issue 19).
 */
export const DATE_QUESTION = 'mg_date';

/**
 * A touchpoint form filled in with SurveyJS. Every change goes to the local draft; "Opslaan" sends the visit under
 * its own id through the offline save queue, which retries on a lost connection.
 */
export function VisitForm({ file, start, editable }: VisitFormProps) {
  const draft = useRef<VisitDraft>(start);
  const [visitedOn, setVisitedOn] = useState(start.visitedOn);
  const [changed, setChanged] = useState(start.unsynced);
  const { status, enqueue } = useSaveQueue<SaveVisit, Visit>({ send: (body) => sendVisit(start.id, body) });

  const model = useMemo(
    () =>
      createStaffSurveyModel(file.survey, {
        locale: 'nl',
        answers: start.answers,
        headingLevel: 2,
        readOnly: !editable,
      }),
    [file, start, editable],
  );
  // Saved means the server has the newest save: the local copy has done its work.
  useEffect(() => {
    if (status.state !== 'saved') return;
    visitDrafts.clear(start.id);
    draft.current = { ...draft.current, unsynced: false, queued: false };
    setChanged(false);
  }, [status, start.id]);

  // The phone form's stopwatch (issue 16.5): next to the seconds question and in the bar above, one watch for both.
  const [timer, setTimer] = useState(idleTimer);
  const [timerHost, setTimerHost] = useState<HTMLElement | null>(null);
  const timed = editable && model.getQuestionByName(CALL_SECONDS_QUESTION) !== null;
  const startCall = () => setTimer(startTimer(Date.now()));
  const stopCall = () => {
    const stopped = stopTimer(timer, Date.now());
    setTimer(stopped);
    model.setValue(CALL_SECONDS_QUESTION, stopped.seconds);
  };
  useEffect(() => {
    if (!timed) return;
    const place = (_: unknown, options: { question: { name: string }; htmlElement: HTMLElement }) => {
      if (options.question.name !== CALL_SECONDS_QUESTION) return;
      let host = options.htmlElement.querySelector<HTMLElement>(':scope > .call-timer-host');
      if (!host) {
        host = document.createElement('div');
        host.className = 'call-timer-host';
        options.htmlElement.appendChild(host);
      }
      setTimerHost(host);
    };
    model.onAfterRenderQuestion.add(place);
    return () => model.onAfterRenderQuestion.remove(place);
  }, [model, timed]);

  const remember = useCallback((changes: Partial<VisitDraft>) => {
    draft.current = { ...draft.current, ...changes, unsynced: true };
    visitDrafts.save(draft.current);
    setChanged(true);
  }, []);

  useEffect(() => {
    model.showCompleteButton = false;
    const dateQuestion = model.getQuestionByName(DATE_QUESTION);
    if (dateQuestion) {
      dateQuestion.visible = false;
      if (model.getValue(DATE_QUESTION) !== draft.current.visitedOn)
        model.setValue(DATE_QUESTION, draft.current.visitedOn);
    }
    const onChange = () => {
      const date = model.getValue(DATE_QUESTION);
      if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) setVisitedOn(date);
      remember({ answers: { ...model.data }, ...(typeof date === 'string' && date ? { visitedOn: date } : {}) });
    };
    model.onValueChanged.add(onChange);
    return () => model.onValueChanged.remove(onChange);
  }, [model, remember]);

  const changeDate = (value: string) => {
    setVisitedOn(value);
    remember({ visitedOn: value });
    if (model.getQuestionByName(DATE_QUESTION)) model.setValue(DATE_QUESTION, value);
  };

  const save = () => {
    const { id: _id, unsynced: _unsynced, queued: _queued, ...body } = draft.current;
    const payload = { ...body, answers: { ...model.data }, visitedOn };
    // Kept as queued until the server confirms: a reload while offline sends it again once (issue 16.6).
    draft.current = { ...draft.current, answers: payload.answers, visitedOn, unsynced: true, queued: true };
    visitDrafts.save(draft.current);
    enqueue(payload);
  };
  const resend = useRef(start.queued === true && editable);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the draft the page opened with.
  useEffect(() => {
    if (!resend.current) return;
    resend.current = false;
    save();
  }, []);

  return (
    <div className="visit-form">
      <div className="visit-form__bar">
        <TextField
          label="Datum van het bezoek"
          type="date"
          value={visitedOn}
          onChange={changeDate}
          disabled={!editable}
          error={status.state === 'rejected' && status.field === 'visitedOn' ? messageWithoutField(status) : undefined}
        />
        {editable && (
          <div className="visit-form__save">
            <button
              type="button"
              className="button button--primary"
              onClick={save}
              disabled={status.state === 'saving'}
            >
              Opslaan
            </button>
            <VisitSaveStatus status={status} changed={changed} />
          </div>
        )}
        {timed && <CallTimerControl state={timer} onStart={startCall} onStop={stopCall} />}
      </div>
      <Survey model={model} />
      {timed &&
        timerHost?.isConnected &&
        createPortal(<CallTimerControl state={timer} onStart={startCall} onStop={stopCall} />, timerHost)}
      {editable && (
        <div className="visit-form__save">
          <button type="button" className="button button--primary" onClick={save} disabled={status.state === 'saving'}>
            Opslaan
          </button>
        </div>
      )}
    </div>
  );
}
