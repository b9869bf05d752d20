import {
  api,
  LOCALE_NL,
  LocaleSchema,
  type PrivacyStatement,
  type PrivacyStatementInput,
  PrivacyStatementInputSchema,
} from '@driehoek/shared';
import { type FormEvent, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { formatDay } from '../../lib/dates';
import { useLoad } from '../shell/use-load';
import { ErrorSummary } from '../ui/error-summary';
import { errorsFromIssues, useFormSubmit } from '../ui/form-errors';
import { LoadState } from '../ui/load-state';
import { SelectField } from '../ui/select-field';
import { TextAreaField } from '../ui/text-area-field';
import { TextField } from '../ui/text-field';

const EMPTY: PrivacyStatementInput = { controller: '', contact: '', privacyOfficer: '', ownText: '', textLocale: 'nl' };

const inputOf = (s: PrivacyStatement): PrivacyStatementInput => ({
  controller: s.controller,
  contact: s.contact,
  privacyOfficer: s.privacyOfficer,
  ownText: s.ownText,
  textLocale: s.textLocale,
});

/**
 * The organisation's privacy statement for respondents (issue 22.4): where it is public, and for researchers and
 * admins of the whole organisation the parts the organisation writes itself. The rest of the statement (what is and
 * is not stored, the retention period, the rights) is fixed text in the parents' six languages.
 */
export function PrivacyStatementPanel({ organisationId }: { organisationId: string }) {
  const loaded = useLoad(() => call(api.privacy.get, { params: { organisationId } }), [organisationId]);
  return (
    <section aria-labelledby="privacy-heading" className="card">
      <h2 id="privacy-heading">Privacyverklaring</h2>
      <LoadState loaded={loaded}>
        {(s: PrivacyStatement) => <PrivacyStatementBody statement={s} onSaved={loaded.setData} />}
      </LoadState>
    </section>
  );
}

function PrivacyStatementBody({
  statement,
  onSaved,
}: {
  statement: PrivacyStatement;
  onSaved: (s: PrivacyStatement) => void;
}) {
  const [input, setInput] = useState<PrivacyStatementInput>(statement.updatedAt ? inputOf(statement) : EMPTY);
  const [saved, setSaved] = useState(false);
  const { errors, setErrors, busy, submit } = useFormSubmit();
  useEffect(() => {
    if (statement.updatedAt) setInput(inputOf(statement));
  }, [statement]);
  const set = (field: keyof PrivacyStatementInput) => (value: string) => {
    setInput((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = PrivacyStatementInputSchema.safeParse(input);
    if (!parsed.success) return setErrors(errorsFromIssues(parsed.error.issues));
    const next = await submit(() =>
      call(api.privacy.save, { params: { organisationId: statement.organisationId }, body: parsed.data }),
    );
    if (next) {
      onSaved(next);
      setSaved(true);
    }
  };

  return (
    <>
      <p>
        Elke vragenlijst, brief en poster linkt naar de privacyverklaring van {statement.organisation}, in de zes talen
        van de oudervragenlijst. Wat wel en niet wordt bewaard, de bewaartermijn en de rechten van ouders staan er vast
        in; hieronder vult u aan wat alleen de organisatie weet. Dat verschijnt zoals u het schrijft, in uw taal.
      </p>
      <p>
        <a href={statement.publicPath} target="_blank" rel="noreferrer">
          Bekijk de privacyverklaring
        </a>{' '}
        <span className="muted">
          {statement.updatedAt
            ? `(bijgewerkt op ${formatDay(statement.updatedAt)}${statement.updatedBy ? ` door ${statement.updatedBy}` : ''})`
            : '(nog niet aangevuld: de verklaring noemt de organisatie en vraagt ouders het kindcentrum te vragen)'}
        </span>
      </p>
      {statement.canEdit ? (
        <form className="form" onSubmit={save} noValidate aria-label="Privacyverklaring aanvullen">
          <ErrorSummary errors={errors} />
          <TextField
            label="Verwerkingsverantwoordelijke"
            hint="Meestal de gemeente of het schoolbestuur, met zijn officiële naam."
            value={input.controller}
            onChange={set('controller')}
            error={errors.controller}
          />
          <TextAreaField
            label="Contact voor vragen over gegevens"
            hint="Een e-mailadres, telefoonnummer of postadres; elke regel wordt een regel op de pagina."
            value={input.contact}
            onChange={set('contact')}
            error={errors.contact}
          />
          <TextAreaField
            label="Functionaris gegevensbescherming (niet verplicht)"
            value={input.privacyOfficer}
            onChange={set('privacyOfficer')}
            error={errors.privacyOfficer}
          />
          <TextAreaField
            label="Eigen toelichting (niet verplicht)"
            hint="Bijvoorbeeld met wie de organisatie uitkomsten deelt. Hoogstens 3000 tekens."
            value={input.ownText}
            onChange={set('ownText')}
            error={errors.ownText}
            rows={5}
          />
          <SelectField
            label="Taal waarin u dit schrijft"
            value={input.textLocale}
            onChange={set('textLocale')}
            error={errors.textLocale}
            options={LocaleSchema.options.map((l) => ({ value: l, label: LOCALE_NL[l] }))}
          />
          <div>
            <button type="submit" className="button button--primary" disabled={busy}>
              Privacyverklaring opslaan
            </button>
          </div>
          <p role="status">{saved && 'Privacyverklaring opgeslagen.'}</p>
        </form>
      ) : (
        <p className="muted">
          Alleen een onderzoeker of beheerder van de hele organisatie kan de privacyverklaring aanvullen.
        </p>
      )}
    </>
  );
}
