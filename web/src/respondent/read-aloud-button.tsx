import type { Locale } from '@driehoek/shared';
import { useEffect, useState } from 'react';
import { childMessages } from './child-messages';
import type { Speaker } from './read-aloud';

export type ReadAloudButtonProps = {
  speaker: Speaker;
  locale: Locale;
  /** The texts to read, asked for at the moment of the click (the question on screen then). */
  texts: () => string[];
  /** Changes when the question on screen changes: reading stops, the button is ready for the new one. */
  resetKey?: unknown;
};

/** "Lees voor" with a speaker icon; while reading, the same button stops it. */
export function ReadAloudButton({ speaker, locale, texts, resetKey }: ReadAloudButtonProps) {
  const [speaking, setSpeaking] = useState(false);
  const m = childMessages[locale];

  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger, not a value used inside.
  useEffect(() => {
    setSpeaking(false);
    return () => speaker.cancel();
  }, [speaker, resetKey, locale]);

  const toggle = () => {
    if (speaking) {
      speaker.cancel();
      setSpeaking(false);
      return;
    }
    setSpeaking(true);
    speaker.speak(texts(), locale, () => setSpeaking(false));
  };

  return (
    <button type="button" className="button read-aloud" onClick={toggle} data-speaking={speaking || undefined}>
      <svg className="read-aloud__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
        <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
        {speaking ? (
          <path d="M16 9h2v6h-2zM20 9h2v6h-2z" fill="currentColor" />
        ) : (
          <path
            d="M16 8.5a4.5 4.5 0 0 1 0 7M18.5 5.5a8.5 8.5 0 0 1 0 13"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        )}
      </svg>
      <span>{speaking ? m.stopReading : m.readAloud}</span>
    </button>
  );
}
