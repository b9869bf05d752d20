import type { Audience, Locale } from '@driehoek/shared';

/** One line per parents' language under the Dutch letter, so every family sees it concerns them. */
export const invitationLine: Record<Exclude<Locale, 'nl'>, string> = {
  en: 'Please fill in this short questionnaire about working together with our IKC. Scan the code; you can choose English.',
  ar: 'يرجى ملء هذا الاستبيان القصير حول التعاون مع مركزنا. امسح الرمز؛ يمكنك اختيار اللغة العربية.',
  tr: 'Lütfen IKC’mizle iş birliği hakkındaki bu kısa anketi doldurun. Kodu tarayın; Türkçe’yi seçebilirsiniz.',
  pl: 'Prosimy o wypełnienie krótkiej ankiety o współpracy z naszym IKC. Zeskanuj kod; możesz wybrać język polski.',
  uk: 'Будь ласка, заповніть цю коротку анкету про співпрацю з нашим IKC. Відскануйте код; можна вибрати українську.',
};

export const audienceNoun: Record<Audience, { title: string; greeting: string; who: string }> = {
  parents: { title: 'ouders', greeting: 'Beste ouder of verzorger,', who: 'ouders' },
  professionals: { title: 'medewerkers', greeting: 'Beste collega,', who: 'medewerkers' },
  children: { title: 'kinderen', greeting: 'Hoi!', who: 'kinderen van groep 5 tot en met 8' },
};
