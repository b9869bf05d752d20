import { formatDutchDate } from '@driehoek/shared';
import type { MailMessage } from '../../platform/mailer';

export type PasswordMailInput = {
  purpose: 'invite' | 'reset';
  to: string;
  name: string;
  /** Who invited or reset, as the user knows them. */
  by: string;
  url: string;
  expiresAt: Date;
};

const amsterdamDate = (at: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short' }).format(at);

/**
 * The invitation or reset email in plain Dutch. Only the user's own name and the inviter's name go into the body;
 * the subject is fixed, so nothing typed into a name field can reach a mail header.
 */
export function passwordMail(input: PasswordMailInput): MailMessage {
  const until = formatDutchDate(amsterdamDate(input.expiresAt));
  const intro =
    input.purpose === 'invite'
      ? `${input.by} heeft u uitgenodigd voor Driehoek, de IKC-scan ouderbetrokkenheid. Kies een wachtwoord via deze link:`
      : `${input.by} heeft een nieuw wachtwoord voor u aangevraagd in Driehoek. Kies een nieuw wachtwoord via deze link:`;
  const text = [
    `Beste ${input.name},`,
    '',
    intro,
    '',
    input.url,
    '',
    `De link werkt één keer en tot en met ${until}. Daarna vraagt u een nieuwe aan bij ${input.by}.`,
    'Verwachtte u deze e-mail niet? Dan kunt u hem negeren; er verandert niets.',
    '',
    'Met vriendelijke groet,',
    'Driehoek',
  ].join('\n');
  return {
    to: input.to,
    subject: input.purpose === 'invite' ? 'Uitnodiging voor Driehoek' : 'Nieuw wachtwoord voor Driehoek',
    text,
  };
}
