import type { Locale } from '@driehoek/shared';

/**
 * What the respondent app says to children (about 8–12): short sentences, "je" instead of "u", no numbers. Dutch is
 * the source; the other languages are our translations and need a native speaker's review before a round uses them.
 */
export type ChildMessages = {
  hello: string;
  about: string;
  noWrongAnswers: string;
  noName: string;
  assentQuestion: string;
  assentMayStop: string;
  yes: string;
  no: string;
  goodbyeTitle: string;
  goodbyeBody: string;
  goodbyeNothingKept: string;
  changedMind: string;
  readAloud: string;
  stopReading: string;
  sendingTitle: string;
  sendingBody: string;
  thanksTitle: string;
  thanksBody: string;
  /** The questionnaire's intro: what it is about, who reads aloud (see `childIntro`), how to answer. */
  introAbout: string;
  /** When the tablet can speak; names the button exactly as it reads. */
  introTabletReads: (button: string) => string;
  /** Where the browser cannot speak: the read-aloud button is not there. */
  introTeacherReads: string;
  introFaces: string;
  /** The counter above each question. */
  questionOf: (n: number, total: number) => string;
};

const nl: ChildMessages = {
  hello: 'Hoi!',
  about: 'We willen graag weten wat jij vindt van je school en hoe je ouders en de school samenwerken.',
  noWrongAnswers: 'Er zijn geen goede of foute antwoorden.',
  noName: 'Je naam staat er niet bij. Niemand weet wat jij hebt gekozen.',
  assentQuestion: 'Wil je meedoen?',
  assentMayStop: 'Je mag ook stoppen.',
  yes: 'Ja, ik doe mee',
  no: 'Nee, liever niet',
  goodbyeTitle: 'Dat is goed!',
  goodbyeBody: 'Je hoeft niets te doen. Fijne dag!',
  goodbyeNothingKept: 'Er is niets bewaard.',
  changedMind: 'Toch meedoen',
  readAloud: 'Lees voor',
  stopReading: 'Stop met voorlezen',
  sendingTitle: 'Je antwoorden worden verstuurd',
  sendingBody: 'Even wachten, het is bijna klaar.',
  thanksTitle: 'Klaar! Dank je wel.',
  thanksBody: 'Je hebt ons echt geholpen.',
  introAbout: 'Dit zijn vragen over jou, je school en je ouders.',
  introTabletReads: (b) => `Druk op de knop ${b}. Dan leest de tablet de vraag voor.`,
  introTeacherReads: 'Je juf of meester kan de vragen voorlezen.',
  introFaces: 'Kies bij elke vraag een gezicht. Elk antwoord is goed.',
  questionOf: (n, t) => `Vraag ${n} van ${t}`,
};

const en: ChildMessages = {
  hello: 'Hi!',
  about: 'We would like to know what you think of your school and how your parents and the school work together.',
  noWrongAnswers: 'There are no right or wrong answers.',
  noName: 'Your name is not on it. Nobody knows what you chose.',
  assentQuestion: 'Do you want to take part?',
  assentMayStop: 'You may also stop.',
  yes: 'Yes, I will take part',
  no: 'No, I would rather not',
  goodbyeTitle: 'That is fine!',
  goodbyeBody: 'You do not have to do anything. Have a nice day!',
  goodbyeNothingKept: 'Nothing has been kept.',
  changedMind: 'Take part after all',
  readAloud: 'Read aloud',
  stopReading: 'Stop reading',
  sendingTitle: 'Sending your answers',
  sendingBody: 'Please wait, it is almost done.',
  thanksTitle: 'Done! Thank you.',
  thanksBody: 'You really helped us.',
  introAbout: 'These are questions about you, your school and your parents.',
  introTabletReads: (b) => `Press the ${b} button. Then the tablet reads the question to you.`,
  introTeacherReads: 'Your teacher can read the questions out loud.',
  introFaces: 'Choose a face for each question. Every answer is fine.',
  questionOf: (n, t) => `Question ${n} of ${t}`,
};

const ar: ChildMessages = {
  hello: 'مرحبًا!',
  about: 'نريد أن نعرف رأيك في مدرستك وكيف يتعاون والداك مع المدرسة.',
  noWrongAnswers: 'لا توجد إجابات صحيحة أو خاطئة.',
  noName: 'اسمك غير مكتوب. لا أحد يعرف ماذا اخترت.',
  assentQuestion: 'هل تريد المشاركة؟',
  assentMayStop: 'يمكنك أيضًا أن تتوقف.',
  yes: 'نعم، سأشارك',
  no: 'لا، أفضّل ألا أشارك',
  goodbyeTitle: 'لا بأس!',
  goodbyeBody: 'لا تحتاج إلى فعل أي شيء. نتمنى لك يومًا سعيدًا!',
  goodbyeNothingKept: 'لم يُحفظ أي شيء.',
  changedMind: 'أريد المشاركة',
  readAloud: 'اقرأ بصوت عالٍ',
  stopReading: 'أوقف القراءة',
  sendingTitle: 'جارٍ إرسال إجاباتك',
  sendingBody: 'انتظر قليلًا، أوشكنا على الانتهاء.',
  thanksTitle: 'انتهيت! شكرًا لك.',
  thanksBody: 'لقد ساعدتنا كثيرًا.',
  introAbout: 'هذه أسئلة عنك وعن مدرستك ووالديك.',
  introTabletReads: (b) => `اضغط على زر ${b}. عندها يقرأ الجهاز اللوحي السؤال لك.`,
  introTeacherReads: 'يمكن لمعلمك أو معلمتك قراءة الأسئلة بصوت عالٍ.',
  introFaces: 'اختر وجهًا لكل سؤال. كل إجابة جيدة.',
  questionOf: (n, t) => `السؤال ${n} من ${t}`,
};

const tr: ChildMessages = {
  hello: 'Merhaba!',
  about: 'Okulun hakkında ne düşündüğünü ve ailenle okulun nasıl birlikte çalıştığını öğrenmek istiyoruz.',
  noWrongAnswers: 'Doğru ya da yanlış cevap yok.',
  noName: 'Adın yazılmıyor. Ne seçtiğini kimse bilmiyor.',
  assentQuestion: 'Katılmak ister misin?',
  assentMayStop: 'İstersen durabilirsin.',
  yes: 'Evet, katılıyorum',
  no: 'Hayır, istemiyorum',
  goodbyeTitle: 'Sorun değil!',
  goodbyeBody: 'Hiçbir şey yapman gerekmiyor. İyi günler!',
  goodbyeNothingKept: 'Hiçbir şey kaydedilmedi.',
  changedMind: 'Yine de katıl',
  readAloud: 'Sesli oku',
  stopReading: 'Okumayı durdur',
  sendingTitle: 'Cevapların gönderiliyor',
  sendingBody: 'Biraz bekle, neredeyse bitti.',
  thanksTitle: 'Bitti! Teşekkürler.',
  thanksBody: 'Bize gerçekten yardım ettin.',
  introAbout: 'Bunlar seninle, okulunla ve annenle babanla ilgili sorular.',
  introTabletReads: (b) => `${b} düğmesine bas. O zaman tablet soruyu sana okur.`,
  introTeacherReads: 'Öğretmenin soruları sesli okuyabilir.',
  introFaces: 'Her soru için bir yüz seç. Her cevap iyidir.',
  questionOf: (n, t) => `Soru ${n} / ${t}`,
};

const pl: ChildMessages = {
  hello: 'Cześć!',
  about: 'Chcemy wiedzieć, co myślisz o swojej szkole i jak twoi rodzice współpracują ze szkołą.',
  noWrongAnswers: 'Nie ma dobrych ani złych odpowiedzi.',
  noName: 'Nie ma tu twojego imienia. Nikt nie wie, co wybrałeś lub wybrałaś.',
  assentQuestion: 'Chcesz wziąć udział?',
  assentMayStop: 'Możesz też przestać.',
  yes: 'Tak, biorę udział',
  no: 'Nie, wolę nie',
  goodbyeTitle: 'W porządku!',
  goodbyeBody: 'Nie musisz nic robić. Miłego dnia!',
  goodbyeNothingKept: 'Nic nie zostało zapisane.',
  changedMind: 'Jednak chcę wziąć udział',
  readAloud: 'Przeczytaj na głos',
  stopReading: 'Zatrzymaj czytanie',
  sendingTitle: 'Wysyłamy twoje odpowiedzi',
  sendingBody: 'Poczekaj chwilę, zaraz koniec.',
  thanksTitle: 'Gotowe! Dziękujemy.',
  thanksBody: 'Naprawdę nam pomogłeś lub pomogłaś.',
  introAbout: 'To są pytania o ciebie, twoją szkołę i twoich rodziców.',
  introTabletReads: (b) => `Naciśnij przycisk ${b}. Wtedy tablet przeczyta ci pytanie.`,
  introTeacherReads: 'Twoja nauczycielka lub twój nauczyciel może przeczytać pytania na głos.',
  introFaces: 'Przy każdym pytaniu wybierz buźkę. Każda odpowiedź jest dobra.',
  questionOf: (n, t) => `Pytanie ${n} z ${t}`,
};

const uk: ChildMessages = {
  hello: 'Привіт!',
  about: 'Ми хочемо знати, що ти думаєш про свою школу і як твої батьки співпрацюють зі школою.',
  noWrongAnswers: 'Тут немає правильних чи неправильних відповідей.',
  noName: 'Твого імені тут немає. Ніхто не знає, що ти вибрав чи вибрала.',
  assentQuestion: 'Хочеш узяти участь?',
  assentMayStop: 'Ти також можеш зупинитися.',
  yes: 'Так, я беру участь',
  no: 'Ні, краще не треба',
  goodbyeTitle: 'Усе гаразд!',
  goodbyeBody: 'Тобі нічого не треба робити. Гарного дня!',
  goodbyeNothingKept: 'Нічого не збережено.',
  changedMind: 'Усе ж узяти участь',
  readAloud: 'Прочитати вголос',
  stopReading: 'Зупинити читання',
  sendingTitle: 'Надсилаємо твої відповіді',
  sendingBody: 'Зачекай трохи, майже готово.',
  thanksTitle: 'Готово! Дякуємо.',
  thanksBody: 'Ти нам дуже допоміг чи допомогла.',
  introAbout: 'Це запитання про тебе, твою школу і твоїх батьків.',
  introTabletReads: (b) => `Натисни кнопку ${b}. Тоді планшет прочитає тобі запитання.`,
  introTeacherReads: 'Твій учитель або твоя вчителька може прочитати запитання вголос.',
  introFaces: 'Для кожного запитання вибери смайлик. Кожна відповідь хороша.',
  questionOf: (n, t) => `Питання ${n} з ${t}`,
};

export const childMessages: Record<Locale, ChildMessages> = { nl, en, ar, tr, pl, uk };

/** The children's intro in every language, as HTML: it says the tablet reads aloud only where it can. */
export function childIntro(canSpeak: boolean): Record<Locale, string> {
  const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return Object.fromEntries(
    (Object.entries(childMessages) as [Locale, ChildMessages][]).map(([locale, c]) => [
      locale,
      [c.introAbout, canSpeak ? c.introTabletReads(c.readAloud) : c.introTeacherReads, c.introFaces]
        .map((text) => `<p>${escapeHtml(text)}</p>`)
        .join(''),
    ]),
  ) as Record<Locale, string>;
}
