import type { LinkView, Locale } from '@driehoek/shared';

/** The link's words in the six languages of the parents' questionnaire (the same as surveys/privacy/v1.json). */
const LABEL: Record<Locale, string> = {
  nl: 'Privacyverklaring: wat er met uw antwoorden gebeurt',
  en: 'Privacy statement: what happens to your answers',
  ar: 'بيان الخصوصية: ماذا يحدث لإجاباتك',
  tr: 'Gizlilik beyanı: cevaplarınıza ne olur',
  pl: 'Oświadczenie o prywatności: co dzieje się z Twoimi odpowiedziami',
  uk: 'Заява про конфіденційність: що відбувається з вашими відповідями',
};

/** The organisation's privacy statement, in the language the respondent chose (issue 22.4). */
export function PrivacyLink({ link, locale }: { link: LinkView; locale: Locale }) {
  if (!link.privacyPath) return null;
  return (
    <p className="privacy-link">
      <a href={`${link.privacyPath}/${locale}`} hrefLang={locale}>
        {LABEL[locale]}
      </a>
    </p>
  );
}
