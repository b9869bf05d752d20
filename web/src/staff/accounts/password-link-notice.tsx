import type { PasswordLink } from '@driehoek/shared';
import { formatDateTime } from '../../lib/dates';
import { CopyButton } from '../ui/copy-button';

export type PasswordLinkNoticeProps = {
  link: PasswordLink;
  /** Who the link is for, e.g. "Jan de Vries". */
  recipient: string;
  onDone: () => void;
};

/**
 * Where the one-time link to set a password went: emailed to the user, or shown only now to pass on (the server
 * keeps no copy to show again), with the reason when email is configured but sending failed.
 */
export function PasswordLinkNotice({ link, recipient, onDone }: PasswordLinkNoticeProps) {
  const done = (
    <button type="button" className="button button--small" onClick={onDone}>
      Klaar
    </button>
  );
  if (link.delivery === 'email')
    return (
      <section className="notice notice--link" aria-labelledby="password-link-heading" role="status">
        <h2 id="password-link-heading">E-mail verstuurd</h2>
        <p>
          {recipient} krijgt een e-mail op {link.to} met een link om een wachtwoord in te stellen. De link werkt één
          keer en verloopt op {formatDateTime(link.expiresAt)}. Niets ontvangen? Kijk in de map met ongewenste e-mail,
          of maak een nieuwe link.
        </p>
        <div className="actions">{done}</div>
      </section>
    );
  return (
    <section className="notice notice--link" aria-labelledby="password-link-heading" role="status">
      <h2 id="password-link-heading">Link om een wachtwoord in te stellen</h2>
      {link.emailError && <p className="form-error">{link.emailError}</p>}
      <p>
        Stuur deze link zelf naar {recipient}, bijvoorbeeld per e-mail. <strong>U ziet de link maar één keer.</strong>{' '}
        Kwijt? Maak dan een nieuwe. De link werkt één keer en verloopt op {formatDateTime(link.expiresAt)}.
      </p>
      <p className="link-cell">
        <code>{link.url}</code>
      </p>
      <div className="actions">
        <CopyButton text={link.url} label="Link kopiëren" />
        {done}
      </div>
    </section>
  );
}
