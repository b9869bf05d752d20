import { formatDateTime } from '../../lib/dates';
import { CopyButton } from '../ui/copy-button';

export type PasswordLinkNoticeProps = {
  url: string;
  expiresAt: string;
  /** Who the link is for, e.g. "Jan de Vries". */
  recipient: string;
  onDone: () => void;
};

/** The one-time link to set a password, shown only now: the server keeps no copy to show again. */
export function PasswordLinkNotice({ url, expiresAt, recipient, onDone }: PasswordLinkNoticeProps) {
  return (
    <section className="notice notice--link" aria-labelledby="password-link-heading" role="status">
      <h2 id="password-link-heading">Link om een wachtwoord in te stellen</h2>
      <p>
        Stuur deze link zelf naar {recipient}, bijvoorbeeld per e-mail. <strong>U ziet de link maar één keer.</strong>{' '}
        Kwijt? Maak dan een nieuwe. De link werkt één keer en verloopt op {formatDateTime(expiresAt)}.
      </p>
      <p className="link-cell">
        <code>{url}</code>
      </p>
      <div className="actions">
        <CopyButton text={url} label="Link kopiëren" />
        <button type="button" className="button button--small" onClick={onDone}>
          Klaar
        </button>
      </div>
    </section>
  );
}
