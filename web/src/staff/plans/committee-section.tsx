import {
  api,
  DECISION_OUTCOME_NL,
  DecisionInputSchema,
  type DecisionOutcome,
  DecisionOutcomeSchema,
  decisionOutcomeText,
  dutchDay,
  type Plan,
  type PlanDecision,
  parseEuros,
  ROLE_NL,
} from '@driehoek/shared';
import { type FormEvent, useId, useState } from 'react';
import { call } from '../../api/client';
import { today } from '../../lib/dates';
import { errorsFromIssues, type FieldErrors } from '../ui/form-errors';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';
import type { ChangePlan } from './use-plan';

type Props = { plan: Plan; change: ChangePlan; saving: boolean };

const at = (localTime: string) => `${dutchDay(localTime.slice(0, 10))} ${localTime.slice(11, 16)}`;

/**
 * The IKC committee's response to the plan: the decision in force with the ones it replaced, the form for the
 * municipality to record a new one, and the thread in which the committee asks and the IKC team answers.
 */
export function CommitteeSection({ plan, change, saving }: Props) {
  const { decisions, comments, mayDecide, mayComment } = plan.committee;
  const [current, ...earlier] = decisions;
  return (
    <section aria-labelledby="plan-committee" className="plan-committee">
      <h2 id="plan-committee">Reactie van de IKC-commissie</h2>
      {current ? (
        <DecisionCard decision={current} inForce />
      ) : (
        <p className="muted">De IKC-commissie van de gemeente heeft nog geen besluit over dit plan vastgelegd.</p>
      )}
      {earlier.length > 0 && (
        <details className="plan-decisions-earlier">
          <summary>Eerdere besluiten ({earlier.length})</summary>
          <ol className="plan-decisions">
            {earlier.map((d) => (
              <li key={d.id}>
                <DecisionCard decision={d} replacedOn={decisions.find((n) => n.id === d.supersededBy)?.decidedOn} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {mayDecide && <DecisionForm plan={plan} current={current} change={change} saving={saving} />}

      <h3 id="plan-thread">Vragen en reacties</h3>
      {comments.length === 0 ? (
        <p className="muted">Nog geen vragen of reacties.</p>
      ) : (
        <ol className="plan-thread" aria-labelledby="plan-thread">
          {comments.map((c) => (
            <li key={c.id} className={`plan-comment plan-comment--${c.role}`}>
              <p className="plan-comment__meta">
                <strong>{c.by ?? 'onbekend'}</strong> ({ROLE_NL[c.role]}) · {at(c.at)}
              </p>
              <p className="plan-comment__text">{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      {mayComment && <CommentForm plan={plan} change={change} saving={saving} />}
    </section>
  );
}

function DecisionCard({
  decision: d,
  inForce = false,
  replacedOn,
}: {
  decision: PlanDecision;
  inForce?: boolean;
  replacedOn?: string;
}) {
  return (
    <article
      className={`plan-decision plan-decision--${d.outcome}${inForce ? ' plan-decision--current' : ''}`}
      aria-label={`Besluit van ${dutchDay(d.decidedOn)}`}
    >
      <p className="plan-decision__outcome">
        {inForce ? 'Besluit: ' : ''}
        <strong>{decisionOutcomeText(d)}</strong>
      </p>
      <dl className="plan-action__facts">
        <dt>Waarover</dt>
        <dd>{d.subject}</dd>
        <dt>Besloten op</dt>
        <dd>{dutchDay(d.decidedOn)}</dd>
        {d.reason && (
          <>
            <dt>Reden</dt>
            <dd className="plan-decision__reason">{d.reason}</dd>
          </>
        )}
        <dt>Vastgelegd</dt>
        <dd>
          {at(d.recordedAt)}
          {d.by ? ` door ${d.by}` : ''}
        </dd>
        {replacedOn && (
          <>
            <dt>Stand</dt>
            <dd>vervangen door het besluit van {dutchDay(replacedOn)}</dd>
          </>
        )}
      </dl>
    </article>
  );
}

function DecisionForm({
  plan,
  current,
  change,
  saving,
}: {
  plan: Plan;
  current: PlanDecision | undefined;
  change: ChangePlan;
  saving: boolean;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [subject, setSubject] = useState(current?.subject ?? '');
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [decidedOn, setDecidedOn] = useState(today());
  const [errors, setErrors] = useState<FieldErrors>({});

  if (!open)
    return (
      <button className="button" type="button" onClick={() => setOpen(true)}>
        {current ? 'Nieuw besluit vastleggen' : 'Besluit vastleggen'}
      </button>
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const cents = outcome === 'granted' ? parseEuros(amount) : null;
    const body = {
      subject,
      outcome,
      amountCents: cents === 'invalid' ? null : cents,
      reason,
      decidedOn,
      replaces: current?.id ?? null,
    };
    // The shared schema checks in the browser what the server checks again, with the same words.
    const parsed = DecisionInputSchema.safeParse(body);
    const found = parsed.success ? {} : errorsFromIssues(parsed.error.issues);
    if (cents === 'invalid') found.amountCents = 'Schrijf het bedrag als 12.500 of 12.500,50';
    setErrors(found);
    if (!parsed.success || cents === 'invalid') return;
    const ok = await change(
      () => call(api.plans.decide, { params: { planId: plan.id }, body: parsed.data }),
      'Besluit vastgelegd.',
    );
    if (!ok) return;
    // The subject stays: the next decision is most often on the same request.
    setOpen(false);
    setOutcome(null);
    setAmount('');
    setReason('');
  };

  return (
    <form className="form plan-decision-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{current ? 'Nieuw besluit vastleggen' : 'Besluit vastleggen'}</h3>
      {current && (
        <p className="hint">
          Het nieuwe besluit vervangt het besluit van {dutchDay(current.decidedOn)}. Dat blijft zichtbaar bij de eerdere
          besluiten.
        </p>
      )}
      <TextField
        label="Waarover"
        hint="Bijvoorbeeld: Subsidieaanvraag 2027 (Kansen voor Kinderen)"
        value={subject}
        onChange={setSubject}
        error={errors.subject}
        maxLength={200}
      />
      <fieldset className="fieldset" aria-describedby={errors.outcome ? `${id}-outcome-error` : undefined}>
        <legend>Besluit</legend>
        {errors.outcome && (
          <p className="field-error" id={`${id}-outcome-error`}>
            {errors.outcome}
          </p>
        )}
        {DecisionOutcomeSchema.options.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name={`${id}-outcome`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />{' '}
            {DECISION_OUTCOME_NL[value]}
          </label>
        ))}
      </fieldset>
      {outcome === 'granted' && (
        <TextField
          label="Toegekend bedrag in euro (optioneel)"
          hint="Bijvoorbeeld 12.500 of 12.500,50"
          value={amount}
          onChange={setAmount}
          error={errors.amountCents}
          inputMode="decimal"
        />
      )}
      <TextAreaField
        label={outcome === 'granted' || outcome === null ? 'Reden (optioneel bij toekennen)' : 'Reden'}
        hint="Verplicht bij niet toegekend en bij aanpassing gevraagd: het IKC moet weten wat het kan verbeteren."
        value={reason}
        onChange={setReason}
        error={errors.reason}
        maxLength={2000}
        rows={4}
      />
      <TextField
        label="Datum van het besluit"
        type="date"
        value={decidedOn}
        onChange={setDecidedOn}
        error={errors.decidedOn}
        max={today()}
      />
      <div className="actions">
        <button className="button button--primary" type="submit" disabled={saving}>
          Besluit vastleggen
        </button>
        <button className="button" type="button" onClick={() => setOpen(false)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

function CommentForm({ plan, change, saving }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const committee = plan.committee.mayDecide;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') {
      setError('Schrijf een reactie');
      return;
    }
    setError(undefined);
    const ok = await change(
      () => call(api.plans.comment, { params: { planId: plan.id }, body: { text } }),
      'Reactie geplaatst.',
    );
    if (ok) setText('');
  };
  return (
    <form className="form plan-comment-form" onSubmit={submit} aria-label="Reageren" noValidate>
      <TextAreaField
        label={committee ? 'Vraag of opmerking aan het IKC' : 'Reactie aan de IKC-commissie'}
        value={text}
        onChange={setText}
        error={error}
        maxLength={2000}
      />
      <button className="button button--primary" type="submit" disabled={saving}>
        Reactie plaatsen
      </button>
    </form>
  );
}
