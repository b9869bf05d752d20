import {
  type Ambition,
  AmbitionSchema,
  AUDIENCE_NL,
  api,
  type CriterionChoice,
  type CriterionId,
  dutchDay,
  type Plan,
  ROUND_KIND_NL,
  TEN_MINUTE_LABEL,
  TenMinuteRoundsSchema,
} from '@driehoek/shared';
import { useEffect, useId, useState } from 'react';
import { call, href } from '../../api/client';
import { LevelBadge } from '../ui/level-badge';
import { CannotStart } from './cannot-start';
import { CommitteeSection } from './committee-section';
import { AMBITIONS, GoalSection } from './goal-section';
import { type ChangePlan, usePlan } from './use-plan';
import './plans.css';

/**
 * The plan of action of one round's report: start it, choose criteria with an ambition, write goals and Knoster's
 * conditions, add actions (from the library's suggestions or the team's own), follow status and download it.
 */
export function PlanPage({ roundId }: { roundId: string }) {
  const { loaded, saving, message, error, change } = usePlan(roundId);
  return (
    <div className="plan-page">
      <p className="visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {loaded.state === 'loading' && <p role="status">Laden…</p>}
      {loaded.state === 'failed' && (
        <p className="form-error" role="alert">
          {loaded.error}
        </p>
      )}
      {loaded.state === 'ready' && loaded.plan === null && (
        <>
          <h1>Plan van aanpak</h1>
          <p>
            Een plan van aanpak start vanuit het rapport van deze ronde: per criterium onder uw ambitie kiest u een
            doel, acties, eigenaren en data.
          </p>
          {loaded.cannotStart ? (
            <CannotStart roundId={roundId} reason={loaded.cannotStart} />
          ) : (
            <button
              className="button button--primary"
              type="button"
              disabled={saving}
              onClick={() =>
                void change(() => call(api.plans.create, { body: { roundId } }), 'Plan van aanpak gestart.')
              }
            >
              Plan van aanpak starten
            </button>
          )}
        </>
      )}
      {loaded.state === 'ready' && loaded.plan && <PlanView plan={loaded.plan} change={change} saving={saving} />}
    </div>
  );
}

function PlanView({ plan, change, saving }: { plan: Plan; change: ChangePlan; saving: boolean }) {
  const [pdf, setPdf] = useState<boolean | null>(null);
  useEffect(() => {
    call(api.plans.pdfAvailable, { params: { planId: plan.id } }).then(
      (r) => setPdf(r.available),
      () => setPdf(false),
    );
  }, [plan.id]);
  const actions = plan.goals.flatMap((g) => g.actions);
  return (
    <>
      <h1>{plan.title}</h1>
      <p className="muted">
        {plan.location.name} · {plan.ikc.name} · op basis van de {ROUND_KIND_NL[plan.round.kind]} van{' '}
        {dutchDay(plan.round.opensOn)} tot en met {dutchDay(plan.round.closesOn)}
      </p>
      {!plan.editable && (
        <p className="notice">U kunt dit plan lezen; het IKC-team en de onderzoeker werken het bij.</p>
      )}

      <div className="actions plan-downloads">
        <a className="button" href={href(api.plans.docx, { params: { planId: plan.id } })} download>
          Word downloaden
        </a>
        {pdf === true && (
          <a className="button" href={href(api.plans.pdf, { params: { planId: plan.id } })} download>
            PDF downloaden
          </a>
        )}
        <a
          className="button"
          href={href(api.plans.html, { params: { planId: plan.id } })}
          target="_blank"
          rel="noreferrer"
        >
          Afdrukversie openen <span className="visually-hidden">(nieuw tabblad)</span>
        </a>
      </div>
      {pdf === false && (
        <p className="hint">
          Een PDF maakt de server hier niet. Open de afdrukversie en kies Afdrukken → Opslaan als PDF.
        </p>
      )}

      {plan.warnings.map((w) => (
        <div key={w.code} className={`plan-warning plan-warning--${w.severity}`}>
          <p className="plan-warning__title">
            <strong>{w.severity === 'warning' ? 'Let op: extra werkdruk' : 'Vraag'}</strong>
          </p>
          <p>{w.message}</p>
          {w.evidence.map((e) => (
            <p key={e} className="hint">
              {e}
            </p>
          ))}
        </div>
      ))}

      <TenMinuteQuestion plan={plan} change={change} saving={saving} />

      <section aria-labelledby="plan-summary">
        <h2 id="plan-summary">Stand van zaken</h2>
        <p>
          {plan.goals.length} {plan.goals.length === 1 ? 'doel' : 'doelen'},{' '}
          {actions.filter((a) => a.status === 'done').length} van {actions.filter((a) => a.status !== 'stopped').length}{' '}
          acties klaar.
        </p>
        {plan.overdue.length > 0 && (
          <div className="plan-overdue-list">
            <h3>Over de datum</h3>
            <ul>
              {plan.overdue.map((o) => (
                <li key={o.actionId}>
                  <strong>{o.title}</strong> — {o.owner || 'geen eigenaar'}, gereed {dutchDay(o.dueOn)} ({o.daysLate}{' '}
                  {o.daysLate === 1 ? 'dag' : 'dagen'} te laat)
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <CommitteeSection plan={plan} change={change} saving={saving} />

      <CriteriaChooser plan={plan} change={change} saving={saving} />

      {plan.goals.map((g) => (
        <GoalSection key={`${g.id}-${plan.updatedAt}`} plan={plan} goal={g} change={change} saving={saving} />
      ))}

      {plan.updates.length > 0 && (
        <section aria-labelledby="plan-history">
          <h2 id="plan-history">Verloop</h2>
          <ol className="plan-history">
            {plan.updates.slice(0, 30).map((u) => (
              <li key={u.id}>
                <span className="muted">{dutchDay(u.at.slice(0, 10))}</span> {u.actionTitle}:{' '}
                {u.fromStatus ? `${u.fromStatus === u.toStatus ? 'notitie' : 'status gewijzigd'}` : 'toegevoegd'}
                {u.note ? ` — “${u.note}”` : ''}
                {u.by ? ` (${u.by})` : ''}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function TenMinuteQuestion({ plan, change, saving }: { plan: Plan; change: ChangePlan; saving: boolean }) {
  const name = useId();
  const fact = plan.tenMinuteFact;
  return (
    <fieldset className="fieldset plan-ten-minute" disabled={!plan.editable || saving}>
      <legend>Blijven de tienminutengesprekken bestaan?</legend>
      <p className="hint">
        Startgesprekken en een communicatieplan op maat vervangen de vaste tienminutengesprekken. Wie beide houdt,
        krijgt extra werkdruk.
        {fact &&
          ` In de scan zei ${Math.round(fact.kept * 100)}% van de ${fact.answered} ${AUDIENCE_NL.professionals} die het wisten dat de vaste rondes (deels) blijven.`}
      </p>
      {TenMinuteRoundsSchema.options.map((value) => (
        <label key={value} className="checkbox">
          <input
            type="radio"
            name={name}
            value={value}
            checked={plan.tenMinuteRoundsStay === value}
            onChange={() =>
              void change(
                () => call(api.plans.update, { params: { planId: plan.id }, body: { tenMinuteRoundsStay: value } }),
                'Antwoord opgeslagen.',
              )
            }
          />{' '}
          {TEN_MINUTE_LABEL[value]}
        </label>
      ))}
    </fieldset>
  );
}

/** The report's ten criteria: the level with its explanation, and for editors a goal with an ambition to add. */
function CriteriaChooser({ plan, change, saving }: { plan: Plan; change: ChangePlan; saving: boolean }) {
  const inPlan = new Set(plan.goals.map((g) => g.criterion));
  return (
    <section aria-labelledby="plan-criteria">
      <h2 id="plan-criteria">Criteria uit het rapport</h2>
      <p className="hint">
        Kies de criteria waaraan u werkt, met een ambitie boven het huidige niveau. Voor elk criterium onder de ambitie
        stelt de actiebibliotheek acties voor.
      </p>
      <div className="table-wrap">
        <table className="plan-criteria">
          <thead>
            <tr>
              <th scope="col">Criterium</th>
              <th scope="col">Niveau</th>
              <th scope="col">Waarom</th>
              <th scope="col">Voorstellen</th>
              {plan.editable && <th scope="col">In het plan</th>}
            </tr>
          </thead>
          <tbody>
            {plan.criteria.map((c) => (
              <tr key={c.criterion}>
                <th scope="row">
                  {c.criterion} {c.name}
                </th>
                <td>
                  <LevelBadge level={c.level} label={c.label} />
                </td>
                <td className="plan-criteria__why">{c.sentence}</td>
                <td>{c.suggestions.length}</td>
                {plan.editable && (
                  <td>
                    {inPlan.has(c.criterion) ? (
                      'Ja'
                    ) : (
                      <AddGoal plan={plan} choice={c} change={change} saving={saving} />
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AddGoal({
  plan,
  choice,
  change,
  saving,
}: {
  plan: Plan;
  choice: CriterionChoice;
  change: ChangePlan;
  saving: boolean;
}) {
  const id = useId();
  const open = AMBITIONS.filter((a) => choice.level === null || a > choice.level);
  const [ambition, setAmbition] = useState<Ambition>(open.at(-1) ?? 3);
  if (open.length === 0) return <span className="muted">al op 3.0</span>;
  const criterion: CriterionId = choice.criterion;
  return (
    <div className="plan-inline">
      <label htmlFor={id} className="visually-hidden">
        Ambitie voor {criterion} {choice.name}
      </label>
      <select id={id} value={ambition} onChange={(e) => setAmbition(AmbitionSchema.parse(Number(e.target.value)))}>
        {open.map((a) => (
          <option key={a} value={a}>
            {a}.0
          </option>
        ))}
      </select>
      <button
        className="button button--small"
        type="button"
        disabled={saving}
        onClick={() =>
          void change(
            () => call(api.plans.addGoal, { params: { planId: plan.id }, body: { criterion, ambition } }),
            `Doel voor ${criterion} toegevoegd.`,
          )
        }
      >
        Doel maken
        <span className="visually-hidden">
          {' '}
          voor {criterion} {choice.name}
        </span>
      </button>
    </div>
  );
}
