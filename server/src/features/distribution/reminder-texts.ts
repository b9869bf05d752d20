import type { Audience, Locale } from '@driehoek/shared';

/** What a reminder is filled in with; `closesOn` is YYYY-MM-DD and is written in each language's own way. */
export type ReminderFacts = { ikc: string; closesOn: string; minutes: number };

/** A short message for a school's parent app, newsletter or team mail: a subject and a few paragraphs. */
export type ReminderMessage = { subject: string; body(f: ReminderFacts): string[]; linkLine: string };

const DATE_LOCALE: Record<Locale, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  // Western digits, as in the link and on the Dutch poster beside it.
  ar: 'ar-u-nu-latn',
  tr: 'tr-TR',
  pl: 'pl-PL',
  uk: 'uk-UA',
};

/** "4 december 2026", "4 grudnia 2026", "4 ديسمبر 2026": the closing day as each language writes a date. */
export function dateIn(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "ongeveer 8 minuten" with the plural each language needs after its number. */
function minutesIn(locale: Locale, n: number): string {
  switch (locale) {
    case 'pl':
      // After "około" Polish takes the genitive: minuty (1), minut (every other count).
      return `około ${n} ${n === 1 ? 'minuty' : 'minut'}`;
    case 'uk': {
      const form = new Intl.PluralRules('uk').select(n);
      return `приблизно ${n} ${form === 'one' ? 'хвилину' : form === 'few' ? 'хвилини' : 'хвилин'}`;
    }
    case 'en':
      return `about ${n} ${n === 1 ? 'minute' : 'minutes'}`;
    case 'tr':
      return `yaklaşık ${n} dakika`;
    default:
      return `ongeveer ${n} ${n === 1 ? 'minuut' : 'minuten'}`;
  }
}

/**
 * The parents' reminder in each language of the scan (formal address: u, Sie-like "Państwo" in Polish, "siz" in
 * Turkish, the polite plural in Arabic and Ukrainian). It thanks those who already answered, since a newsletter
 * reaches everyone.
 */
export const parentReminders: Record<Locale, ReminderMessage> = {
  nl: {
    subject: 'Herinnering: vul de korte vragenlijst over samenwerken in',
    body: (f) => [
      'Beste ouder of verzorger,',
      `${f.ikc} wil graag weten hoe u en het kindcentrum samenwerken rond uw kind. Heeft u de korte vragenlijst al ingevuld? Hartelijk dank! Nog niet? Dat kan nog tot en met ${dateIn('nl', f.closesOn)}. Het kost ${minutesIn('nl', f.minutes)}.`,
      'Uw antwoorden zijn anoniem. U kunt de vragenlijst ook in een andere taal invullen.',
    ],
    linkLine: 'Vul de vragenlijst in via deze link:',
  },
  en: {
    subject: 'Reminder: please fill in the short questionnaire about working together',
    body: (f) => [
      'Dear parent or carer,',
      `${f.ikc} would like to know how you and the child centre work together for your child. Have you already filled in the short questionnaire? Thank you very much! Not yet? You can still do so until ${dateIn('en', f.closesOn)} (inclusive). It takes ${minutesIn('en', f.minutes)}.`,
      'Your answers are anonymous. You can choose English in the questionnaire.',
    ],
    linkLine: 'Fill in the questionnaire using this link:',
  },
  ar: {
    subject: 'تذكير: يرجى ملء الاستبيان القصير حول التعاون',
    body: (f) => [
      'أولياء الأمور الكرام،',
      `يرغب ${f.ikc} في معرفة كيف تتعاونون مع المركز من أجل طفلكم. هل ملأتم الاستبيان القصير؟ شكرًا جزيلًا لكم! إن لم تفعلوا بعد، فما زال بإمكانكم ذلك حتى ${dateIn('ar', f.closesOn)}، ولا يستغرق ذلك سوى بضع دقائق.`,
      'إجاباتكم مجهولة الهوية. يمكنكم اختيار اللغة العربية في الاستبيان.',
    ],
    linkLine: 'املؤوا الاستبيان عبر هذا الرابط:',
  },
  tr: {
    subject: 'Hatırlatma: Kısa anketimizi doldurdunuz mu?',
    body: (f) => [
      'Sayın veli,',
      `${f.ikc}, çocuğunuzla ilgili olarak sizinle nasıl iş birliği yaptığını öğrenmek istiyor. Kısa anketi doldurdunuz mu? Çok teşekkür ederiz! Henüz doldurmadıysanız ${dateIn('tr', f.closesOn)} tarihine kadar (bu tarih dâhil) doldurabilirsiniz. Anket ${minutesIn('tr', f.minutes)} sürer.`,
      'Yanıtlarınız anonimdir. Ankette Türkçeyi seçebilirsiniz.',
    ],
    linkLine: 'Anketi bu bağlantıdan doldurabilirsiniz:',
  },
  pl: {
    subject: 'Przypomnienie: prosimy o wypełnienie krótkiej ankiety o współpracy',
    body: (f) => [
      'Szanowni Państwo,',
      `${f.ikc} chce się dowiedzieć, jak współpracuje z Państwem w sprawach Państwa dziecka. Czy wypełnili już Państwo krótką ankietę? Serdecznie dziękujemy! Jeśli jeszcze nie, można to zrobić do ${dateIn('pl', f.closesOn)} włącznie. Zajmie to ${minutesIn('pl', f.minutes)}.`,
      'Odpowiedzi są anonimowe. W ankiecie można wybrać język polski.',
    ],
    linkLine: 'Ankieta jest dostępna pod tym linkiem:',
  },
  uk: {
    subject: 'Нагадування: будь ласка, заповніть коротку анкету про співпрацю',
    body: (f) => [
      'Шановні батьки,',
      `${f.ikc} хоче дізнатися, як ви та дитячий центр співпрацюєте заради вашої дитини. Ви вже заповнили коротку анкету? Щиро дякуємо! Ще ні? Це можна зробити до ${dateIn('uk', f.closesOn)} включно. Це займе ${minutesIn('uk', f.minutes)}.`,
      'Ваші відповіді анонімні. В анкеті можна вибрати українську мову.',
    ],
    linkLine: 'Заповнити анкету можна за цим посиланням:',
  },
};

/** Professionals and children's teachers read Dutch: their reminder is a message for the team. */
const teamReminders: Record<Exclude<Audience, 'parents'>, ReminderMessage> = {
  professionals: {
    subject: 'Herinnering: vul de vragenlijst voor medewerkers in',
    body: (f) => [
      'Beste collega,',
      `Heb je de vragenlijst over samenwerken met ouders al ingevuld? Dank je wel! Nog niet? Dat kan nog tot en met ${dateIn('nl', f.closesOn)}. Het kost ${minutesIn('nl', f.minutes)} en je antwoorden zijn anoniem.`,
    ],
    linkLine: 'Vul de vragenlijst in via deze link:',
  },
  children: {
    subject: 'Herinnering: de vragenlijst voor kinderen in de klas',
    body: (f) => [
      'Beste leerkracht,',
      `De kinderen van groep 5 tot en met 8 kunnen de vragenlijst nog tot en met ${dateIn('nl', f.closesOn)} in de klas invullen, ieder op een eigen tablet of Chromebook. Het duurt ${minutesIn('nl', f.minutes)}. Heeft uw groep al meegedaan? Dank u wel!`,
    ],
    linkLine: 'Open de vragenlijst via deze link:',
  },
};

/** The reminder for an audience in a language, or undefined where the kit has none (team messages are Dutch). */
export function reminderMessage(audience: Audience, locale: Locale): ReminderMessage | undefined {
  if (audience === 'parents') return parentReminders[locale];
  return locale === 'nl' ? teamReminders[audience] : undefined;
}

/** The fresh poster's heading, for the school gate, the hall or the staff room. */
export const reminderPosterHeading: Record<Audience, (f: ReminderFacts) => string> = {
  parents: (f) => `Nog niet ingevuld? Het kan nog tot en met ${dateIn('nl', f.closesOn)}`,
  professionals: (f) => `Collega’s: de vragenlijst staat nog open tot en met ${dateIn('nl', f.closesOn)}`,
  children: (f) => `Nog niet gedaan in de klas? Het kan nog tot en met ${dateIn('nl', f.closesOn)}`,
};

/** One line per other language under the Dutch poster for parents. */
export const reminderPosterLine: Record<Exclude<Locale, 'nl'>, (f: ReminderFacts) => string> = {
  en: (f) => `Not filled in yet? Scan the code: you can still take part until ${dateIn('en', f.closesOn)}.`,
  ar: (f) => `لم تملؤوا الاستبيان بعد؟ امسحوا الرمز: ما زال بإمكانكم المشاركة حتى ${dateIn('ar', f.closesOn)}.`,
  tr: (f) => `Henüz doldurmadınız mı? Kodu tarayın: ${dateIn('tr', f.closesOn)} tarihine kadar katılabilirsiniz.`,
  pl: (f) =>
    `Jeszcze nie wypełnili Państwo ankiety? Prosimy zeskanować kod: można wziąć udział do ${dateIn('pl', f.closesOn)}.`,
  uk: (f) => `Ще не заповнили анкету? Відскануйте код: взяти участь можна до ${dateIn('uk', f.closesOn)} включно.`,
};
