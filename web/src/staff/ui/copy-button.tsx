import { useState } from 'react';

/** Copies a text (a link) to the clipboard and says so. */
export function CopyButton({ text, label = 'Kopiëren' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="button button--small" onClick={copy}>
        {label}
      </button>
      <span role="status" className="muted">
        {state === 'copied' && 'Gekopieerd'}
        {state === 'failed' && 'Kopiëren lukte niet: selecteer de tekst en kopieer zelf.'}
      </span>
    </span>
  );
}
