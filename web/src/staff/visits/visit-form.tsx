import type { InstrumentView, SaveVisit, Visit } from '@driehoek/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Survey } from 'survey-react-ui';
import { messageWithoutField } from '../../api/client';
import { useSaveQueue } from '../../lib/offline/use-save-queue';
import { createStaffSurveyModel } from '../survey/staff-survey-model';
import { TextField } from '../ui/text-field';
import { type VisitDraft, visitDrafts } from './visit-drafts';
import { VisitSaveStatus } from './visit-save-status';
import { sendVisit } from './visit-sender';

export type VisitFormProps = { file: InstrumentView; start: VisitDraft; editable: boolean };

/** The date of the question that records it in the forms themselves; kept equal to the visit's date. */
const DATE_QUESTION = 'mg_date';

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
    draft.current = { ...draft.current, unsynced: false };
    setChanged(false);
  }, [status, start.id]);

  const remember = useCallback((changes: Partial<VisitDraft>) => {
    draft.current = { ...draft.current, ...changes, unsynced: true };
    visitDrafts.save(draft.current);
    setChanged(true);
  }, []);

  useEffect(() => {
    model.showCompleteButton = false;
    if (model.getQuestionByName(DATE_QUESTION) && !model.getValue(DATE_QUESTION)) {
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
    const { id: _id, unsynced: _unsynced, ...body } = draft.current;
    enqueue({ ...body, answers: { ...model.data }, visitedOn });
  };

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
      </div>
      <Survey model={model} />
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
