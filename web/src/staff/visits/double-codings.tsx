import { api, type DoubleCoding, type InstrumentView } from '@driehoek/shared';
import { type FormEvent, useState } from 'react';
import { call, failureMessage } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { questionTexts } from './form-texts';
import { touchpointName } from './touchpoints';

const decimal = (x: number) => x.toFixed(2).replace('.', ',');
const percent = (x: number) => `${Math.round(x * 100)}%`;

function agreementText(item: DoubleCoding): string {
  const { kappa, observedAgreement, ticks } = item.kappa;
  if (ticks === 0) return 'Geen waarnemingen die beide observanten beantwoordden.';
  const same =
    observedAgreement === null ? '' : `zelfde antwoord bij ${percent(observedAgreement)} van ${ticks} waarnemingen`;
  if (kappa === null) return `Kappa niet te berekenen (beiden gaven overal hetzelfde antwoord); ${same}.`;
  const verdict = kappa >= item.kappaMin ? 'voldoet' : `onder het minimum van ${decimal(item.kappaMin)}`;
  return `Kappa ${decimal(kappa)} (${verdict}); ${same}.`;
}

function stateText(item: DoubleCoding): string {
  switch (item.state) {
    case 'agreed':
      return 'De coderingen zijn gelijk: er valt niets te beslissen.';
    case 'open':
      return `${item.disagreements.length === 1 ? 'Eén verschil' : `${item.disagreements.length} verschillen`}, nog niet beslist. Tot dan telt per waarneming het laagste antwoord.`;
    case 'settled':
      return `Beslist${item.settledBy ? ` door ${item.settledBy}` : ''}${item.settledAt ? ` op ${formatDateTime(item.settledAt)}` : ''}; de beslissing telt in het rapport.`;
    case 'changed':
      return 'Een codering is gewijzigd na de beslissing: beslis opnieuw over de verschillen.';
  }
}

type ItemProps = {
  item: DoubleCoding;
  form: InstrumentView | undefined;
  roundId: string;
  editable: boolean;
  onSettled: (next: DoubleCoding) => void;
};

/** One visit coded twice: who coded it, the agreement, and the ticks to settle. */
function DoubleCodingItem({ item, form, roundId, editable, onSettled }: ItemProps) {
  const [choices, setChoices] = useState<Record<string, string>>(() =>
    Object.fromEntries(item.disagreements.flatMap((d) => (d.decision ? [[d.item, d.decision]] : []))),
  );
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const raters = item.codings.map((c, i) => c.rater ?? `codering ${i + 1}`);
  const texts = (name: string) =>
    form ? questionTexts(form.survey, name) : { title: name, options: [] as { value: string; label: string }[] };
  const labelOf = (name: string, value: string | null) =>
    value === null ? 'leeg' : (texts(name).options.find((o) => o.value === value)?.label ?? value);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setSaving(true);
    try {
      onSettled(
        await call(api.visits.settle, {
          body: { roundId, instrumentKey: item.instrument.key, visitCode: item.visitCode, answers: choices },
        }),
      );
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <li>
      <h4>
        {touchpointName(item.instrument.key)}, bezoekcode {item.visitCode}
      </h4>
      <p>
        Gecodeerd door {raters.join(' en ')}. {agreementText(item)}
      </p>
      <p className={item.state === 'open' || item.state === 'changed' ? 'notice' : 'muted'}>{stateText(item)}</p>
      {item.disagreements.length > 0 && (
        <details>
          <summary>
            Verschillen bekijken{editable ? ' en beslissen' : ''} ({item.disagreements.length})
          </summary>
          <form onSubmit={submit} noValidate>
            {item.disagreements.map((d) => {
              const t = texts(d.item);
              return (
                <fieldset key={d.item} className="disagreement">
                  <legend>{t.title}</legend>
                  <p className="muted">
                    {d.answers.map((a, i) => `${raters[i] ?? `codering ${i + 1}`}: ${labelOf(d.item, a)}`).join(' · ')}
                  </p>
                  <div className="disagreement__choices">
                    {t.options.map((o) => (
                      <label key={o.value}>
                        <input
                          type="radio"
                          name={`${item.visitCode}-${d.item}`}
                          value={o.value}
                          checked={choices[d.item] === o.value}
                          disabled={!editable}
                          onChange={() => setChoices((c) => ({ ...c, [d.item]: o.value }))}
                        />{' '}
                        {o.label}
                      </label>
                    ))}
                  </div>
                </fieldset>
              );
            })}
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
            {editable && (
              <button type="submit" className="button button--primary" disabled={saving}>
                Beslissing opslaan
              </button>
            )}
          </form>
        </details>
      )}
    </li>
  );
}

export type DoubleCodingsProps = { roundId: string; editable: boolean; reloadKey: unknown };

/**
 * Visits two observers coded (issue 16.3). They count as one visit; here the researcher sees the agreement and
 * settles the ticks they coded differently. Each observer codes on an empty form: this list shows both codings'
 * answers, so it stays folded until someone opens it.
 */
export function DoubleCodings({ roundId, editable, reloadKey }: DoubleCodingsProps) {
  const loaded = useLoad(async () => {
    const { items } = await call(api.visits.doubleCodings, { query: { roundId } });
    const forms = new Map<string, InstrumentView>();
    for (const { instrument } of items) {
      const key = `${instrument.key}@${instrument.version}`;
      if (!forms.has(key))
        forms.set(
          key,
          await call(api.instruments.get, { params: { key: instrument.key, version: instrument.version } }),
        );
    }
    return { items, forms };
  }, [roundId, reloadKey]);
  return (
    <section aria-labelledby="double-codings">
      <h3 id="double-codings">Dubbel gecodeerde bezoeken</h3>
      <p>
        Codeert een tweede observant hetzelfde contact, dan telt dat als één bezoek. Waar de twee coderingen
        verschillen, beslist de onderzoeker welk antwoord telt.
      </p>
      <LoadState loaded={loaded}>
        {({ items, forms }) =>
          items.length === 0 ? (
            <p className="muted">Nog geen bezoek is door twee observanten gecodeerd.</p>
          ) : (
            <ul className="visit-list">
              {items.map((item) => (
                <DoubleCodingItem
                  key={`${item.instrument.key}@${item.instrument.version}#${item.visitCode}`}
                  item={item}
                  form={forms.get(`${item.instrument.key}@${item.instrument.version}`)}
                  roundId={roundId}
                  editable={editable}
                  onSettled={(next) =>
                    loaded.setData({
                      items: items.map((i) =>
                        i.instrument.key === next.instrument.key && i.visitCode === next.visitCode ? next : i,
                      ),
                      forms,
                    })
                  }
                />
              ))}
            </ul>
          )
        }
      </LoadState>
    </section>
  );
}
