import {
  ACTION_STATUS_NL,
  type ActionStatus,
  ActionStatusSchema,
  api,
  dutchDay,
  type OverdueAction,
  type Plan,
  type PlanAction,
} from '@driehoek/shared';
import { type FormEvent, useId, useState } from 'react';
import { call } from '../../api/client';
import type { ChangePlan } from './use-plan';

type Props = {
  plan: Plan;
  action: PlanAction;
  overdue: OverdueAction | undefined;
  change: ChangePlan;
  saving: boolean;
};

/** One action: what, who, when, status; for editors a form to edit it and one to change its status with a note. */
export function ActionItem({ plan, action, overdue, change, saving }: Props) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [note, setNote] = useState('');

  const submitStatus = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await change(
      () =>
        call(api.plans.changeStatus, {
          params: { planId: plan.id, actionId: action.id },
          body: { status, note: note.trim() || undefined },
        }),
      status === action.status ? 'Notitie opgeslagen.' : `Status gewijzigd in ${ACTION_STATUS_NL[status]}.`,
    );
    if (ok) setNote('');
  };

  const submitEdit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const date = (name: string) => text(name) || null;
    const ok = await change(
      () =>
        call(api.plans.updateAction, {
          params: { planId: plan.id, actionId: action.id },
          body: {
            title: text('title'),
            owner: text('owner'),
            description: text('description'),
            startsOn: date('startsOn'),
            dueOn: date('dueOn'),
          },
        }),
      'Actie opgeslagen.',
    );
    if (ok) setEditing(false);
  };

  return (
    <li className={`plan-action${overdue ? ' plan-action--overdue' : ''}`}>
      <h4 className="plan-action__title">{action.title}</h4>
      <dl className="plan-action__facts">
        <dt>Eigenaar</dt>
        <dd>{action.owner || 'nog niemand'}</dd>
        <dt>Start</dt>
        <dd>{action.startsOn ? dutchDay(action.startsOn) : '—'}</dd>
        <dt>Gereed</dt>
        <dd>
          {action.dueOn ? dutchDay(action.dueOn) : '—'}
          {overdue && <strong className="plan-overdue"> — te laat ({overdue.daysLate} dagen)</strong>}
        </dd>
        <dt>Status</dt>
        <dd>
          <span className={`plan-status plan-status--${action.status}`}>{ACTION_STATUS_NL[action.status]}</span>
        </dd>
      </dl>
      {action.description && <p className="plan-action__why">{action.description}</p>}
      {plan.editable && (
        <>
          <form className="plan-inline" onSubmit={submitStatus} aria-label={`Status van ${action.title}`}>
            <div className="field">
              <label htmlFor={`${id}-status`}>Status</label>
              <select
                id={`${id}-status`}
                value={status}
                onChange={(e) => setStatus(ActionStatusSchema.parse(e.target.value))}
              >
                {ActionStatusSchema.options.map((s) => (
                  <option key={s} value={s}>
                    {ACTION_STATUS_NL[s]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-note`}>Notitie of bewijs (optioneel)</label>
              <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
            <button className="button" type="submit" disabled={saving}>
              {status === action.status ? 'Notitie opslaan' : 'Status wijzigen'}
            </button>
          </form>
          <div className="plan-inline">
            <button
              className="button button--small"
              type="button"
              aria-expanded={editing}
              onClick={() => setEditing(!editing)}
            >
              {editing ? 'Niet bewerken' : 'Bewerken'}
            </button>
            <button
              className="button button--small button--danger"
              type="button"
              disabled={saving}
              onClick={() => {
                if (window.confirm(`Actie "${action.title}" verwijderen?`))
                  void change(
                    () => call(api.plans.removeAction, { params: { planId: plan.id, actionId: action.id } }),
                    'Actie verwijderd.',
                  );
              }}
            >
              Verwijderen
            </button>
          </div>
          {editing && (
            <ActionFields
              idPrefix={`${id}-edit`}
              action={action}
              onSubmit={submitEdit}
              saving={saving}
              submit="Actie opslaan"
            />
          )}
        </>
      )}
    </li>
  );
}

/** The fields of an action, for a new one and for editing. */
export function ActionFields({
  idPrefix,
  action,
  onSubmit,
  saving,
  submit,
}: {
  idPrefix: string;
  action?: Pick<PlanAction, 'title' | 'owner' | 'description' | 'startsOn' | 'dueOn'>;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  submit: string;
}) {
  return (
    <form className="form plan-action-form" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={`${idPrefix}-title`}>Actie</label>
        <input id={`${idPrefix}-title`} name="title" required maxLength={200} defaultValue={action?.title} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-description`}>Waarom het helpt</label>
        <textarea id={`${idPrefix}-description`} name="description" rows={2} defaultValue={action?.description} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-owner`}>Eigenaar</label>
        <input id={`${idPrefix}-owner`} name="owner" maxLength={120} defaultValue={action?.owner} />
      </div>
      <div className="plan-dates">
        <div className="field">
          <label htmlFor={`${idPrefix}-start`}>Startdatum</label>
          <input id={`${idPrefix}-start`} name="startsOn" type="date" defaultValue={action?.startsOn ?? ''} />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-due`}>Einddatum</label>
          <input id={`${idPrefix}-due`} name="dueOn" type="date" defaultValue={action?.dueOn ?? ''} />
        </div>
      </div>
      <button className="button button--primary" type="submit" disabled={saving}>
        {submit}
      </button>
    </form>
  );
}
