import type { Audience, Locale } from '@driehoek/shared';

/** One line per parents' language under the Dutch letter, so every family sees it concerns them. */
export const invitationLine: Record<Exclude<Locale, 'nl'>, string> = {
  en: 'Please fill in this short questionnaire about working together with our IKC. Scan the code; you can choose English.',
  ar: 'يرجى ملء هذا الاستبيان القصير حول التعاون مع مركزنا. امسح الرمز؛ يمكنك اختيار اللغة العربية.',
  tr: 'Lütfen IKC’mizle iş birliği hakkındaki bu kısa anketi doldurun. Kodu tarayın; Türkçe’yi seçebilirsiniz.',
  pl: 'Prosimy o wypełnienie krótkiej ankiety o współpracy z naszym IKC. Zeskanuj kod; możesz wybrać język polski.',
  uk: 'Будь ласка, заповніть цю коротку анкету про співпрацю з нашим IKC. Відскануйте код; можна вибрати українську.',
};

/** What the texts of a letter or poster are filled in with. */
export type LetterFacts = { ikc: string; location: string; minutes: number; closesOn: string };

/**
 * The Dutch texts of the letter and the poster for one audience, each spoken to its reader: parents (u) about
 * working together with the IKC around their child, professionals (je) about their work with parents, children
 * (je) in short sentences with a part for the teacher who runs the session in class.
 */
export type LetterText = {
  /** Used in the page title: "Brief voor ouders". */
  title: string;
  heading(f: LetterFacts): string;
  greeting: string;
  /** The letter's paragraphs before the QR code. */
  body(f: LetterFacts): string[];
  /** The line before the QR code. */
  scan: string;
  thanks: string;
  /** Whom the reader asks about the questionnaire, after the sender's name. */
  contact(f: LetterFacts): string;
  /** An extra section after the QR code, for another reader than the addressee (the children's teacher). */
  aside?: { heading: string; body(f: LetterFacts): string[] };
  posterHeading(f: LetterFacts): string;
  posterLine(f: LetterFacts): string;
};

export const letterTexts: Record<Audience, LetterText> = {
  parents: {
    title: 'ouders',
    heading: (f) => `Hoe werken u en ${f.ikc} samen?`,
    greeting: 'Beste ouder of verzorger,',
    body: (f) => [
      `${f.ikc} wil graag weten hoe u en het kindcentrum samenwerken rond uw kind, zodat we dat samen kunnen verbeteren. Daarom vragen we u een korte vragenlijst in te vullen. Het kost ongeveer ${f.minutes} minuten.`,
      `Uw antwoorden zijn anoniem: we vragen niet naar uw naam en we bewaren geen gegevens waarmee iemand u kan herkennen. U kunt de vragenlijst invullen tot en met ${f.closesOn}.`,
    ],
    scan: 'Scan de code met de camera van uw telefoon, of typ het adres over:',
    thanks: 'Hartelijk dank!',
    contact: (f) =>
      `Vragen? Stel ze gerust aan de leerkracht van uw kind of aan de medewerkers van ${f.location}; zij kunnen u ook helpen met invullen.`,
    posterHeading: (f) => `Hoe werken u en ${f.ikc} samen?`,
    posterLine: (f) =>
      `Vul de vragenlijst voor ouders in — anoniem, ongeveer ${f.minutes} minuten, tot en met ${f.closesOn}.`,
  },
  professionals: {
    title: 'medewerkers',
    heading: (f) => `Samenwerken met ouders: hoe doen we dat bij ${f.ikc}?`,
    greeting: 'Beste collega,',
    body: (f) => [
      `${f.ikc} wil graag weten hoe wij met ouders samenwerken: hoe we ouders ontvangen, hoe we met hen over hun kind praten en hoe we samen afspraken maken. Daarom vragen we je een korte vragenlijst in te vullen over jouw werk met ouders. Het kost ongeveer ${f.minutes} minuten.`,
      `Je antwoorden zijn anoniem: we vragen niet naar je naam, en het team ziet alleen wat medewerkers samen hebben geantwoord. Je kunt de vragenlijst invullen tot en met ${f.closesOn}.`,
    ],
    scan: 'Scan de code met de camera van je telefoon, of typ het adres over:',
    thanks: 'Dank je wel!',
    contact: (f) => `Vragen? Stel ze aan je leidinggevende of aan de ikc-coördinator van ${f.location}.`,
    posterHeading: (f) => `Hoe werken wij bij ${f.ikc} samen met ouders?`,
    posterLine: (f) =>
      `Vul de vragenlijst voor medewerkers in — anoniem, ongeveer ${f.minutes} minuten, tot en met ${f.closesOn}.`,
  },
  children: {
    title: 'kinderen',
    heading: (f) => `Vertel het ons! Een vragenlijst voor kinderen van ${f.ikc}`,
    greeting: 'Hoi!',
    body: (f) => [
      `Wij willen graag weten hoe het gaat op ${f.ikc}. Jij weet daar veel van!`,
      `Daarom krijg je in de klas een paar vragen op een tablet of computer. Het duurt ongeveer ${f.minutes} minuten. Je naam vul je nergens in. Elk antwoord is goed: het gaat om wat jij ervan vindt.`,
      'Wil je de vragen liever in een andere taal lezen? Dat kan. Je juf of meester kan de vragen ook voorlezen.',
    ],
    scan: 'Je juf of meester opent de vragenlijst met deze code of dit adres:',
    thanks: 'Dank je wel!',
    contact: () => 'Vragen? Stel ze aan je juf of meester.',
    aside: {
      heading: 'Voor de leerkracht',
      body: (f) => [
        'Laat de kinderen van groep 5 tot en met 8 de vragenlijst in de klas invullen, ieder op een eigen tablet of Chromebook. Open het adres of scan de code; elk kind begint een eigen lijst.',
        `Lees de vragen voor als dat helpt en leg uit dat er geen goede of foute antwoorden zijn. Kinderen kunnen een andere taal kiezen. De antwoorden zijn anoniem. De vragenlijst staat open tot en met ${f.closesOn}.`,
      ],
    },
    posterHeading: (f) => `Vertel het ons! Hoe gaat het op ${f.ikc}?`,
    posterLine: (f) =>
      `Een vragenlijst voor kinderen van groep 5 tot en met 8, in de klas — ongeveer ${f.minutes} minuten, tot en met ${f.closesOn}.`,
  },
};
