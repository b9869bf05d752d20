import {
  adjustedSentence,
  api,
  capitalised,
  effectiveLevels,
  type CriterionJudgement as Judgement,
  LevelSchema,
  type OverallLevel,
  type ReportJudgement,
} from '@driehoek/shared';
import { type FormEvent, useId, useState } from 'react';
import { call } from '../../api/client';
import { ErrorSummary } from '../ui/error-summary';
import { useFormSubmit } from '../ui/form-errors';
import { LevelBadge } from '../ui/level-badge';
import { SelectField } from '../ui/select-field';
import { TextAreaField } from '../ui/text-area-field';
import { levelText } from './report-view-types';

const levelOptions = [
  { value: '', label: 'geen: het berekende niveau geldt' },
  ...[1, 2, 3].map((l) => ({ value: String(l), label: `${l}.0` })),
];

export type CriterionJudgementProps = {
  roundId: string;
  overall: OverallLevel;
  /** "C5 Gelijkwaardige gesprekken". */
  title: string;
  judgement: Pick<ReportJudgement, 'criteria'>;
  onSaved: (j: ReportJudgement) => void;
};

/**
 * One criterion as the researcher judges it: the computed level and why, an interpretation, and — when they disagree
 * — a level of their own with the reason (the server refuses a level without one). Readers see both levels.
 */
export function CriterionJudgement({ roundId, overall, title, judgement, onSaved }: CriterionJudgementProps) {
  const id = useId();
  const mine: Judgement | undefined = judgement.criteria.find((c) => c.criterion === overall.criterion);
  const [interpretation, setInterpretation] = useState(mine?.interpretation ?? '');
  const [level, setLevel] = useState(mine?.adjustedLevel ? String(mine.adjustedLevel) : '');
  const [reason, setReason] = useState(mine?.reason ?? '');
  const [saved, setSaved] = useState('');
  const { errors, busy, submit } = useFormSubmit();
  const [effective] = effectiveLevels([overall], judgement);
  const adjusted = effective ? adjustedSentence(effective) : null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const adjustedLevel = level === '' ? null : LevelSchema.parse(Number(level));
    const body = { interpretation, adjustedLevel, reason: adjustedLevel === null ? null : reason };
    const next = await submit(() =>
      call(api.reports.judgeCriterion, { params: { roundId, criterion: overall.criterion }, body }),
    );
    if (next) {
      onSaved(next);
      setSaved(`Oordeel over ${title} opgeslagen.`);
    }
  };

  return (
    <section className="judgement" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      <p>
        Berekend niveau: <LevelBadge level={overall.level} label={levelText(overall.level)} />
      </p>
      <p className="judgement__why">
        <span className="judgement__label">Waarom:</span> {overall.explanation.sentence}
      </p>
      {adjusted && <p className="judgement__adjusted">{capitalised(adjusted)}</p>}
      <form onSubmit={save} noValidate>
        <ErrorSummary errors={errors} />
        <TextAreaField
          label="Interpretatie"
          value={interpretation}
          onChange={setInterpretation}
          error={errors.interpretation}
          maxLength={4000}
        />
        <div className="field-row">
          <SelectField
            label="Vastgesteld niveau"
            value={level}
            onChange={setLevel}
            options={levelOptions}
            hint="Alleen als u het oneens bent met het berekende niveau."
            error={errors.adjustedLevel}
          />
          <TextAreaField
            label="Reden"
            value={reason}
            onChange={setReason}
            hint="Verplicht bij een vastgesteld niveau; lezers zien de reden naast het berekende niveau."
            error={errors.reason}
            maxLength={2000}
            disabled={level === ''}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button button--small" disabled={busy}>
            Oordeel opslaan <span className="visually-hidden">over {title}</span>
          </button>
          <span role="status" className="muted">
            {saved}
          </span>
        </div>
      </form>
    </section>
  );
}
