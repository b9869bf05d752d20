import { AUDIENCE_NL, type Audience, api, capitalised, type OpenAnswer } from '@driehoek/shared';
import { useId, useState } from 'react';
import { call, failureMessage } from '../../api/client';

const isAudience = (value: string): value is Audience => value in AUDIENCE_NL;

const decisionNames = { pending: 'nog te beoordelen', shareable: 'gedeeld', hidden: 'verborgen' } as const;

export type OpenAnswerItemProps = { roundId: string; answer: OpenAnswer; onSaved: (answer: OpenAnswer) => void };

/** One open answer: the original, an editable text for the report (prefilled with the original), share or hide. */
export function OpenAnswerItem({ roundId, answer, onSaved }: OpenAnswerItemProps) {
  const [text, setText] = useState(answer.redacted ?? answer.text);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | undefined>(undefined);
  const textId = useId();
  const audience = isAudience(answer.audience) ? capitalised(AUDIENCE_NL[answer.audience]) : answer.audience;

  const decide = async (decision: 'shareable' | 'hidden') => {
    setBusy(true);
    setMessage(undefined);
    // Unchanged text needs no redaction: the original is shared as it is.
    const redacted = text.trim() === answer.text.trim() ? null : text;
    try {
      await call(api['open-answers'].review, {
        params: { roundId },
        body: { responseId: answer.responseId, question: answer.question, decision, redacted },
      });
      onSaved({ ...answer, decision, redacted });
      setMessage({ tone: 'ok', text: decision === 'shareable' ? 'Gedeeld.' : 'Verborgen.' });
    } catch (e) {
      setMessage({ tone: 'error', text: failureMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="answer card">
      <p className="answer__meta">
        {audience} · {answer.title} ·{' '}
        <span className={`decision decision--${answer.decision}`}>{decisionNames[answer.decision]}</span>
      </p>
      <blockquote className="answer__original">{answer.text}</blockquote>
      <div className="field">
        <label htmlFor={textId}>Tekst voor het rapport</label>
        <textarea id={textId} rows={3} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy}
          onClick={() => decide('shareable')}
        >
          Delen
        </button>
        <button type="button" className="button button--small" disabled={busy} onClick={() => decide('hidden')}>
          Verbergen
        </button>
        <span role="status" className={message?.tone === 'error' ? 'form-error' : 'muted'}>
          {message?.text}
        </span>
      </div>
    </li>
  );
}
