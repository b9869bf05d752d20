import type { Locale } from '@driehoek/shared';
import { useId } from 'react';
import { messages } from './messages';

export type LanguageSelectProps = {
  locales: readonly Locale[];
  value: Locale;
  onChange: (locale: Locale) => void;
};

/** The language choice; each option is named in its own language so everyone can find theirs. */
export function LanguageSelect({ locales, value, onChange }: LanguageSelectProps) {
  const id = useId();
  if (locales.length < 2) return null;
  return (
    <div className="language-select">
      <label htmlFor={id}>
        {messages[value].languageLabel}
        {value !== 'nl' && <span lang="nl"> / Taal</span>}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const next = locales.find((l) => l === e.target.value);
          if (next) onChange(next);
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {messages[l].languageName}
          </option>
        ))}
      </select>
    </div>
  );
}
