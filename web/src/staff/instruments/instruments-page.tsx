import { api, capitalised, instrumentName, LOCALE_NL, PERSPECTIVE_NL, PERSPECTIVE_ORDER } from '@driehoek/shared';
import { useId, useState } from 'react';
import { call } from '../../api/client';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { touchpointName } from '../visits/touchpoints';
import { InstrumentPreview } from './instrument-preview';

/** Every published questionnaire version, shown as a respondent sees it, in any language it offers. */
export default function InstrumentsPage() {
  const loaded = useLoad(() => call(api.instruments.list, {}), []);
  const [chosen, setChosen] = useState('');
  const [locale, setLocale] = useState<string>('nl');
  const instrumentId = useId();
  const localeId = useId();
  return (
    <>
      <PageHeading title="Vragenlijsten">Vragenlijsten bekijken</PageHeading>
      <p>
        Kies een gepubliceerde versie en een taal. U ziet de vragenlijst precies zoals een respondent hem ziet; wat u
        hier invult, wordt nergens opgeslagen.
      </p>
      <LoadState loaded={loaded}>
        {({ items }) => {
          const current = items.find((i) => `${i.key}@${i.version}` === chosen);
          const locales = current?.locales ?? [];
          const shownLocale = locales.find((l) => l === locale) ?? 'nl';
          return (
            <>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={instrumentId}>Vragenlijst en versie</label>
                  <select id={instrumentId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                    <option value="">Kies een vragenlijst</option>
                    {PERSPECTIVE_ORDER.map((perspective) => (
                      <optgroup key={perspective} label={capitalised(PERSPECTIVE_NL[perspective])}>
                        {items
                          .filter((i) => i.perspective === perspective)
                          .map((i) => (
                            <option key={`${i.key}@${i.version}`} value={`${i.key}@${i.version}`}>
                              {perspective === 'mystery-guest' ? touchpointName(i.key) : instrumentName(i.key)} — versie{' '}
                              {i.version}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={localeId}>Taal</label>
                  <select
                    id={localeId}
                    value={shownLocale}
                    disabled={!current}
                    onChange={(e) => setLocale(e.target.value)}
                  >
                    {(locales.length ? locales : (['nl'] as const)).map((l) => (
                      <option key={l} value={l}>
                        {LOCALE_NL[l]}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              {current && (
                <InstrumentPreview
                  key={`${chosen}-${shownLocale}`}
                  instrumentKey={current.key}
                  version={current.version}
                  locale={shownLocale}
                />
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
