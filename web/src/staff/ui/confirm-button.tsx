import { useState } from 'react';

export type ConfirmButtonProps = {
  /** What the button says, e.g. "Archiveren". */
  label: string;
  /** The question asked before acting, e.g. "Locatie Noord archiveren?". */
  question: string;
  /** Text of the button that goes ahead. */
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  danger?: boolean;
};

/** A button that asks first, in the page itself (no browser dialog), and acts only on the second click. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, danger }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--small" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  const go = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of two buttons with the question as its name.
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm__question">{question}</span>
      <button
        type="button"
        className={`button button--small ${danger ? 'button--danger' : 'button--primary'}`}
        onClick={go}
        disabled={busy}
        // biome-ignore lint/a11y/noAutofocus: the question just appeared where the user clicked.
        autoFocus
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button--small" onClick={() => setAsking(false)} disabled={busy}>
        Annuleren
      </button>
    </span>
  );
}
