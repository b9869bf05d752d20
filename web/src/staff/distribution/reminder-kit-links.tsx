import { type Audience, api, LOCALE_NL, type Locale } from '@driehoek/shared';
import { href } from '../../api/client';

/** Links to the reminder kit of one audience, one per language, each opening the printable page. */
export function ReminderKitLinks({
  roundId,
  audience,
  locales,
}: {
  roundId: string;
  audience: Audience;
  locales: readonly Locale[];
}) {
  return (
    <ul className="inline-list">
      {locales.map((locale) => (
        <li key={locale}>
          <a
            href={href(api.distribution.reminderKit, { params: { roundId, audience, locale } })}
            target="_blank"
            rel="noreferrer"
            hrefLang={locale}
          >
            {LOCALE_NL[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}
