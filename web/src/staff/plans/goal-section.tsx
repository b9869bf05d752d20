import {
  AmbitionSchema,
  api,
  KNOSTER_CONDITION_LABEL,
  KNOSTER_CONDITION_QUESTION,
  KnosterConditionSchema,
  type KnosterInput,
  knosterFindings,
  type Plan,
  type PlanGoal,
} from '@driehoek/shared';
import { type FormEvent, useId, useState } from 'react';
import { call } from '../../api/client';
import { LevelBadge } from '../ui/level-badge';
import { ActionFields, ActionItem } from './action-item';
import type { ChangePlan } from './use-plan';

type Props = { plan: Plan; goal: PlanGoal; change: ChangePlan; saving: boolean };

export const AMBITIONS = [2, 3] as const;

const FORM_NAMES: Record<string, string> = {
  'form:start-conversation': 'Startgesprek',
  'form:communication-plan': 'Communicatieplan op maat',
  'form:reception': 'Nieuwjaarsreceptie',
  'form:buddies': 'Maatjes',
};

/** Goals saved in this session: a save remounts the section, and a goal saved with nothing written still counts. */
const savedGoals = new Set<string>();

/** Whether the team ever saved the goal: something written in it, or saved in this session. */
const everSaved = (goal: PlanGoal) =>
  savedGoals.has(goal.id) || goal.goal.trim() !== '' || Object.values(goal.knoster).some((v) => v.trim() !== '');

/**
 * One goal: why (the report's findings), the goal, Knoster's conditions as questions to answer, the actions. A
 * condition left open becomes a warning (with the failure it leads to) only once the team saved the goal without
 * it, and stops being one as soon as they answer it.
 */
export function GoalSection({ plan, goal, change, saving }: Props) {
  const id = useId();
  const [text, setText] = useState(goal.goal);
  const [ambition, setAmbition] = useState(goal.ambition);
  const [knoster, setKnoster] = useState<KnosterInput>(goal.knoster);
  const [adding, setAdding] = useState(false);
  // Recomputed on every keystroke, so an answer clears its warning at once; a warning comes from the saved goal.
  const findings = knosterFindings(knoster, goal.actions);
  const saved = everSaved(goal);
  const missingWhenSaved = new Set(goal.knosterFindings.filter((k) => k.failure).map((k) => k.condition));
  const f = goal.findings;
  const choice = plan.criteria.find((c) => c.criterion === goal.criterion);
  const suggestions = choice?.suggestions ?? [];
  const parentNeeds = choice?.parentNeeds ?? [];
  const taken = new Set(goal.actions.map((a) => a.libraryKey));
  const overdue = new Map(plan.overdue.map((o) => [o.actionId, o]));
  const headingId = `${id}-heading`;

  const saveGoal = (e: FormEvent) => {
    e.preventDefault();
    savedGoals.add(goal.id);
    void change(
      () =>
        call(api.plans.updateGoal, {
          params: { planId: plan.id, goalId: goal.id },
          body: { goal: text, ambition, knoster },
        }),
      'Doel opgeslagen.',
    );
  };

  const addOwn = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    const ok = await change(
      () =>
        call(api.plans.addAction, {
          params: { planId: plan.id, goalId: goal.id },
          body: {
            libraryKey: null,
            title: value('title'),
            description: value('description'),
            owner: value('owner'),
            startsOn: value('startsOn') || null,
            dueOn: value('dueOn') || null,
          },
        }),
      'Actie toegevoegd.',
    );
    if (ok) setAdding(false);
  };

  return (
    <section className="plan-goal" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {goal.criterion} {f.name}: van {f.label} naar {goal.ambition}.0
      </h2>
      <div className="plan-why">
        <h3>Waarom: wat de scan liet zien</h3>
        <p>
          Huidig niveau <LevelBadge level={f.level} label={f.label} />
        </p>
        <p>{f.sentence}</p>
        {f.gap && (
          <p>
            {f.gapFlagged && <strong>Groot verschil in beleving: </strong>}
            {f.gap}
          </p>
        )}
        {parentNeeds.length > 0 && (
          <>
            <p>Wat ouders zelf aangaven in de behoeftepeiling:</p>
            <ul className="plan-needs">
              {parentNeeds.slice(0, 5).map((n) => (
                <li key={`${n.question}-${n.label}`}>
                  {n.label}: <strong>{Math.round(n.share * 100)}%</strong> van de ouders{' '}
                  <span className="muted">({n.question})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      {goal.progress && (
        <div className="plan-progress">
          <h3>Voortgang in de vervolgmeting</h3>
          <p>{goal.progress.sentence}</p>
        </div>
      )}

      {plan.editable ? (
        <form className="form" onSubmit={saveGoal}>
          <div className="field">
            <label htmlFor={`${id}-goal`}>Doel</label>
            <textarea id={`${id}-goal`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-ambition`}>Ambitie</label>
            <select
              id={`${id}-ambition`}
              value={ambition}
              onChange={(e) => setAmbition(AmbitionSchema.parse(Number(e.target.value)))}
            >
              {AMBITIONS.map((a) => (
                <option key={a} value={a} disabled={f.level !== null && a <= f.level}>
                  {a}.0
                </option>
              ))}
            </select>
          </div>
          <fieldset className="fieldset">
            <legend>Voorwaarden voor verandering (Knoster): vijf vragen bij dit doel</legend>
            {KnosterConditionSchema.options.map((condition) => {
              const finding = findings.find((x) => x.condition === condition);
              const failureId = `${id}-${condition}-failure`;
              const failure = saved && missingWhenSaved.has(condition) ? finding?.failure : null;
              return (
                <div className="field" key={condition}>
                  <label htmlFor={`${id}-${condition}`}>
                    <span className="plan-condition">{KNOSTER_CONDITION_LABEL[condition]}:</span>{' '}
                    {KNOSTER_CONDITION_QUESTION[condition]}
                  </label>
                  <textarea
                    id={`${id}-${condition}`}
                    rows={2}
                    value={knoster[condition]}
                    aria-describedby={failure ? failureId : undefined}
                    onChange={(e) => setKnoster({ ...knoster, [condition]: e.target.value })}
                  />
                  {failure && (
                    <p className="plan-failure" id={failureId}>
                      Ontbreekt: risico op {failure.label}. {failure.explanation}
                    </p>
                  )}
                  {finding?.present && <p className="plan-present">Vervuld.</p>}
                </div>
              );
            })}
          </fieldset>
          <button className="button button--primary" type="submit" disabled={saving}>
            Doel opslaan
          </button>
        </form>
      ) : (
        <>
          <h3>Doel</h3>
          <p>{goal.goal || 'Nog geen doel geschreven.'}</p>
          <h3>Voorwaarden voor verandering (Knoster)</h3>
          <ul>
            {goal.knosterFindings.map((k) => (
              <li key={k.condition}>
                {k.label}: {goal.knoster[k.condition] || (k.present ? 'vervuld' : '—')}
                {k.failure && saved && (
                  <strong className="plan-failure-inline"> — ontbreekt: risico op {k.failure.label}</strong>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Acties</h3>
      {goal.actions.length === 0 ? (
        <p className="muted">Nog geen acties.</p>
      ) : (
        <ul className="plan-actions">
          {goal.actions.map((a) => (
            <ActionItem
              key={`${a.id}-${a.updatedAt}`}
              plan={plan}
              action={a}
              overdue={overdue.get(a.id)}
              change={change}
              saving={saving}
            />
          ))}
        </ul>
      )}

      {plan.editable && suggestions.length > 0 && (
        <>
          <h3>Voorstellen uit de actiebibliotheek</h3>
          <ul className="plan-suggestions">
            {suggestions.map((s) => (
              <li key={s.key}>
                <p className="plan-suggestion__title">
                  <strong>{s.title}</strong>
                  {s.form && <span className="plan-form"> · basisvorm: {FORM_NAMES[s.form] ?? s.form}</span>}
                </p>
                {s.askedFor.length > 0 && <p className="plan-asked">Ouders vroegen hierom: {s.askedFor.join('; ')}</p>}
                <p>{s.why}</p>
                <button
                  className="button button--small"
                  type="button"
                  disabled={saving || taken.has(s.key)}
                  onClick={() =>
                    void change(
                      () =>
                        call(api.plans.addAction, {
                          params: { planId: plan.id, goalId: goal.id },
                          body: { libraryKey: s.key, title: s.title, description: s.why },
                        }),
                      `Actie "${s.title}" toegevoegd.`,
                    )
                  }
                >
                  {taken.has(s.key) ? 'Staat in het plan' : 'Als actie toevoegen'}
                  <span className="visually-hidden">: {s.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      {plan.editable && (
        <>
          <button className="button" type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
            Eigen actie toevoegen
          </button>
          {adding && <ActionFields idPrefix={`${id}-new`} onSubmit={addOwn} saving={saving} submit="Actie toevoegen" />}
          <p>
            <button
              className="button button--small button--danger"
              type="button"
              disabled={saving}
              onClick={() => {
                if (window.confirm(`Doel ${goal.criterion} met alle acties verwijderen?`))
                  void change(
                    () => call(api.plans.removeGoal, { params: { planId: plan.id, goalId: goal.id } }),
                    'Doel verwijderd.',
                  );
              }}
            >
              Doel verwijderen
            </button>
          </p>
        </>
      )}
    </section>
  );
}
