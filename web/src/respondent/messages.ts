import type { Locale } from '@driehoek/shared';

/**
 * The respondent app's own texts around the questionnaire. Dutch is the source; the other languages are our
 * translations of it and need a native speaker's review before a round uses them.
 */
export type Messages = {
  languageName: string;
  languageLabel: string;
  fallbackTitle: string;
  intro: (ikc: string) => string;
  askedBy: string;
  ikcLabel: string;
  locationLabel: string;
  anonymous: string;
  duration: (minutes: number) => string;
  closesOn: (date: string) => string;
  resume: string;
  start: string;
  codeLabel: string;
  codeHint: string;
  codeFormat: string;
  codeRefusedHelp: string;
  checking: string;
  statusSaved: string;
  statusSaving: string;
  statusOffline: string;
  /** SurveyJS's code could not be fetched (the connection dropped after the landing). */
  loadFailed: string;
  retry: string;
  keptOnDevice: string;
  sendingTitle: string;
  sendingBody: string;
  backToQuestionnaire: string;
  thanksTitle: string;
  thanksBody: string;
};

const nl: Messages = {
  loadFailed:
    'De vragen konden niet worden geladen. Controleer de verbinding en probeer het opnieuw; wat u al invulde blijft bewaard.',
  retry: 'Opnieuw proberen',
  languageName: 'Nederlands',
  languageLabel: 'Taal',
  fallbackTitle: 'Vragenlijst',
  intro: (ikc) =>
    `${ikc} wil graag weten hoe de samenwerking tussen ouders, kinderen en het kindcentrum gaat. Met uw antwoorden kan het kindcentrum die samenwerking verbeteren.`,
  askedBy: 'Wie vraagt dit?',
  ikcLabel: 'Kindcentrum',
  locationLabel: 'Locatie',
  anonymous:
    'De vragenlijst is anoniem. We vragen niet naar uw naam of e-mailadres, en uitkomsten worden alleen per groep getoond.',
  duration: (m) => `Het invullen duurt ongeveer ${m} ${m === 1 ? 'minuut' : 'minuten'}.`,
  closesOn: (d) => `U kunt de vragenlijst invullen tot en met ${d}.`,
  resume: 'Uw antwoorden worden onderweg bewaard. U kunt stoppen en later op dit apparaat verdergaan.',
  start: 'Beginnen',
  codeLabel: 'Uw code',
  codeHint: 'De code van 8 letters en cijfers staat op de brief of kaart die u van het kindcentrum kreeg.',
  codeFormat: 'Een code heeft 8 letters en cijfers, bijvoorbeeld K7MX2QPA.',
  codeRefusedHelp: 'Controleer de code op uw brief of kaart. Lukt het niet? Vraag het kindcentrum om een nieuwe code.',
  checking: 'Bezig…',
  statusSaved: 'Opgeslagen',
  statusSaving: 'Bezig met opslaan…',
  statusOffline: 'Offline — wordt verstuurd zodra er verbinding is',
  keptOnDevice: 'Uw antwoorden blijven op dit apparaat bewaard.',
  sendingTitle: 'Uw antwoorden worden verstuurd',
  sendingBody:
    'Zodra de antwoorden zijn ontvangen, ziet u een bevestiging. Sluit u dit venster eerder, dan worden ze verstuurd wanneer u deze link op dit apparaat opnieuw opent.',
  backToQuestionnaire: 'Terug naar de vragenlijst',
  thanksTitle: 'Bedankt!',
  thanksBody: 'Uw antwoorden zijn ontvangen. U kunt dit venster nu sluiten.',
};

const en: Messages = {
  loadFailed:
    'The questions could not be loaded. Check your connection and try again; what you already filled in is kept.',
  retry: 'Try again',
  languageName: 'English',
  languageLabel: 'Language',
  fallbackTitle: 'Questionnaire',
  intro: (ikc) =>
    `${ikc} would like to know how parents, children and the child centre work together. Your answers help the child centre improve that collaboration.`,
  askedBy: 'Who is asking?',
  ikcLabel: 'Child centre',
  locationLabel: 'Location',
  anonymous:
    'This questionnaire is anonymous. We do not ask for your name or email address, and results are only shown for groups.',
  duration: (m) => `It takes about ${m} ${m === 1 ? 'minute' : 'minutes'}.`,
  closesOn: (d) => `You can fill in the questionnaire until ${d}.`,
  resume: 'Your answers are saved as you go. You can stop and continue later on this device.',
  start: 'Start',
  codeLabel: 'Your code',
  codeHint: 'The 8-character code is on the letter or card you received from the child centre.',
  codeFormat: 'A code has 8 letters and digits, for example K7MX2QPA.',
  codeRefusedHelp: 'Check the code on your letter or card. Still not working? Ask the child centre for a new code.',
  checking: 'Checking…',
  statusSaved: 'Saved',
  statusSaving: 'Saving…',
  statusOffline: 'Offline — will be sent as soon as there is a connection',
  keptOnDevice: 'Your answers are kept on this device.',
  sendingTitle: 'Sending your answers',
  sendingBody:
    'You will see a confirmation once your answers are received. If you close this window before then, they are sent when you open this link again on this device.',
  backToQuestionnaire: 'Back to the questionnaire',
  thanksTitle: 'Thank you!',
  thanksBody: 'Your answers have been received. You can close this window now.',
};

const ar: Messages = {
  loadFailed: 'تعذّر تحميل الأسئلة. تحقّق من الاتصال وحاول مرة أخرى؛ ما أدخلته محفوظ.',
  retry: 'حاول مرة أخرى',
  languageName: 'العربية',
  languageLabel: 'اللغة',
  fallbackTitle: 'استبيان',
  intro: (ikc) =>
    `يرغب ${ikc} في معرفة كيف يتعاون الآباء والأطفال ومركز الأطفال. تساعد إجاباتك المركز على تحسين هذا التعاون.`,
  askedBy: 'من يسأل؟',
  ikcLabel: 'مركز الأطفال',
  locationLabel: 'الموقع',
  anonymous: 'هذا الاستبيان مجهول الهوية. لا نسأل عن اسمك أو بريدك الإلكتروني، وتُعرض النتائج للمجموعات فقط.',
  duration: (m) => `يستغرق ملء الاستبيان حوالي ${m} ${m === 1 ? 'دقيقة' : 'دقائق'}.`,
  closesOn: (d) => `يمكنك ملء الاستبيان حتى ${d}.`,
  resume: 'تُحفظ إجاباتك أثناء الملء. يمكنك التوقف والمتابعة لاحقًا على هذا الجهاز.',
  start: 'ابدأ',
  codeLabel: 'الرمز الخاص بك',
  codeHint: 'الرمز المكوّن من 8 أحرف وأرقام موجود على الرسالة أو البطاقة التي تلقيتها من مركز الأطفال.',
  codeFormat: 'يتكون الرمز من 8 أحرف وأرقام، مثل K7MX2QPA.',
  codeRefusedHelp: 'تحقق من الرمز الموجود على رسالتك أو بطاقتك. إذا لم ينجح ذلك، اطلب من مركز الأطفال رمزًا جديدًا.',
  checking: 'جارٍ التحقق…',
  statusSaved: 'تم الحفظ',
  statusSaving: 'جارٍ الحفظ…',
  statusOffline: 'غير متصل — سيتم الإرسال فور توفر الاتصال',
  keptOnDevice: 'تبقى إجاباتك محفوظة على هذا الجهاز.',
  sendingTitle: 'جارٍ إرسال إجاباتك',
  sendingBody:
    'سترى تأكيدًا بمجرد استلام إجاباتك. إذا أغلقت هذه النافذة قبل ذلك، فسيتم إرسالها عندما تفتح هذا الرابط مرة أخرى على هذا الجهاز.',
  backToQuestionnaire: 'العودة إلى الاستبيان',
  thanksTitle: 'شكرًا لك!',
  thanksBody: 'تم استلام إجاباتك. يمكنك الآن إغلاق هذه النافذة.',
};

const tr: Messages = {
  loadFailed: 'Sorular yüklenemedi. Bağlantınızı kontrol edip tekrar deneyin; doldurduklarınız saklanır.',
  retry: 'Tekrar deneyin',
  languageName: 'Türkçe',
  languageLabel: 'Dil',
  fallbackTitle: 'Anket',
  intro: (ikc) =>
    `${ikc}, ebeveynler, çocuklar ve çocuk merkezi arasındaki iş birliğinin nasıl gittiğini öğrenmek istiyor. Yanıtlarınız bu iş birliğini geliştirmeye yardımcı olur.`,
  askedBy: 'Kim soruyor?',
  ikcLabel: 'Çocuk merkezi',
  locationLabel: 'Şube',
  anonymous:
    'Bu anket anonimdir. Adınızı veya e-posta adresinizi sormuyoruz ve sonuçlar yalnızca gruplar için gösterilir.',
  duration: (m) => `Anketi doldurmak yaklaşık ${m} dakika sürer.`,
  closesOn: (d) => `Anketi ${d} tarihine kadar doldurabilirsiniz.`,
  resume: 'Yanıtlarınız siz doldururken kaydedilir. Ara verip daha sonra bu cihazda devam edebilirsiniz.',
  start: 'Başla',
  codeLabel: 'Kodunuz',
  codeHint: '8 harf ve rakamdan oluşan kod, çocuk merkezinden aldığınız mektupta veya kartta yazılıdır.',
  codeFormat: 'Kod 8 harf ve rakamdan oluşur, örneğin K7MX2QPA.',
  codeRefusedHelp:
    'Mektubunuzdaki veya kartınızdaki kodu kontrol edin. Olmazsa çocuk merkezinden yeni bir kod isteyin.',
  checking: 'Kontrol ediliyor…',
  statusSaved: 'Kaydedildi',
  statusSaving: 'Kaydediliyor…',
  statusOffline: 'Çevrimdışı — bağlantı kurulur kurulmaz gönderilecek',
  keptOnDevice: 'Yanıtlarınız bu cihazda saklanmaya devam eder.',
  sendingTitle: 'Yanıtlarınız gönderiliyor',
  sendingBody:
    'Yanıtlarınız alındığında bir onay göreceksiniz. Bu pencereyi daha önce kapatırsanız, bu bağlantıyı bu cihazda yeniden açtığınızda gönderilirler.',
  backToQuestionnaire: 'Ankete geri dön',
  thanksTitle: 'Teşekkürler!',
  thanksBody: 'Yanıtlarınız alındı. Bu pencereyi artık kapatabilirsiniz.',
};

const pl: Messages = {
  loadFailed:
    'Nie udało się załadować pytań. Proszę sprawdzić połączenie i spróbować ponownie; to, co Pan/Pani już wypełnił(a), zostaje zachowane.',
  retry: 'Spróbuj ponownie',
  languageName: 'Polski',
  languageLabel: 'Język',
  fallbackTitle: 'Ankieta',
  intro: (ikc) =>
    `${ikc} chce wiedzieć, jak przebiega współpraca między rodzicami, dziećmi a centrum dziecięcym. Państwa odpowiedzi pomogą tę współpracę ulepszyć.`,
  askedBy: 'Kto pyta?',
  ikcLabel: 'Centrum dziecięce',
  locationLabel: 'Lokalizacja',
  anonymous:
    'Ankieta jest anonimowa. Nie pytamy o imię i nazwisko ani adres e-mail, a wyniki są pokazywane tylko dla grup.',
  duration: (m) => `Wypełnienie zajmuje około ${m} ${m === 1 ? 'minuty' : 'minut'}.`,
  closesOn: (d) => `Ankietę można wypełnić do ${d}.`,
  resume: 'Odpowiedzi są zapisywane na bieżąco. Można przerwać i dokończyć później na tym urządzeniu.',
  start: 'Rozpocznij',
  codeLabel: 'Kod',
  codeHint: '8-znakowy kod znajduje się na liście lub karcie otrzymanej z centrum dziecięcego.',
  codeFormat: 'Kod ma 8 liter i cyfr, na przykład K7MX2QPA.',
  codeRefusedHelp:
    'Proszę sprawdzić kod na liście lub karcie. Jeśli to nie pomoże, proszę poprosić centrum dziecięce o nowy kod.',
  checking: 'Sprawdzanie…',
  statusSaved: 'Zapisano',
  statusSaving: 'Zapisywanie…',
  statusOffline: 'Brak połączenia — zostanie wysłane, gdy połączenie wróci',
  keptOnDevice: 'Odpowiedzi pozostają zapisane na tym urządzeniu.',
  sendingTitle: 'Wysyłanie odpowiedzi',
  sendingBody:
    'Po otrzymaniu odpowiedzi pojawi się potwierdzenie. Jeśli zamkną Państwo okno wcześniej, odpowiedzi zostaną wysłane po ponownym otwarciu tego linku na tym urządzeniu.',
  backToQuestionnaire: 'Wróć do ankiety',
  thanksTitle: 'Dziękujemy!',
  thanksBody: 'Odpowiedzi zostały przyjęte. Można teraz zamknąć to okno.',
};

const uk: Messages = {
  loadFailed:
    'Не вдалося завантажити запитання. Перевірте з’єднання і спробуйте ще раз; те, що ви вже заповнили, збережено.',
  retry: 'Спробувати ще раз',
  languageName: 'Українська',
  languageLabel: 'Мова',
  fallbackTitle: 'Опитування',
  intro: (ikc) =>
    `${ikc} хоче дізнатися, як співпрацюють батьки, діти та дитячий центр. Ваші відповіді допоможуть покращити цю співпрацю.`,
  askedBy: 'Хто запитує?',
  ikcLabel: 'Дитячий центр',
  locationLabel: 'Локація',
  anonymous:
    'Опитування анонімне. Ми не запитуємо ваше ім’я чи адресу електронної пошти, а результати показуються лише для груп.',
  duration: (m) => `Заповнення займає приблизно ${m} хв.`,
  closesOn: (d) => `Заповнити опитування можна до ${d}.`,
  resume:
    'Ваші відповіді зберігаються під час заповнення. Ви можете зупинитися і продовжити пізніше на цьому пристрої.',
  start: 'Почати',
  codeLabel: 'Ваш код',
  codeHint: 'Код із 8 літер і цифр вказано в листі або на картці, які ви отримали від дитячого центру.',
  codeFormat: 'Код складається з 8 літер і цифр, наприклад K7MX2QPA.',
  codeRefusedHelp: 'Перевірте код у листі або на картці. Не виходить? Попросіть у дитячого центру новий код.',
  checking: 'Перевірка…',
  statusSaved: 'Збережено',
  statusSaving: 'Збереження…',
  statusOffline: 'Немає з’єднання — буде надіслано, щойно з’явиться зв’язок',
  keptOnDevice: 'Ваші відповіді залишаються збереженими на цьому пристрої.',
  sendingTitle: 'Надсилання відповідей',
  sendingBody:
    'Коли відповіді буде отримано, ви побачите підтвердження. Якщо ви закриєте це вікно раніше, їх буде надіслано, коли ви знову відкриєте це посилання на цьому пристрої.',
  backToQuestionnaire: 'Повернутися до опитування',
  thanksTitle: 'Дякуємо!',
  thanksBody: 'Ваші відповіді отримано. Тепер ви можете закрити це вікно.',
};

export const messages: Record<Locale, Messages> = { nl, en, ar, tr, pl, uk };

/** Right-to-left locales; SurveyJS follows the computed `direction` of its container. */
export const isRtl = (locale: Locale) => locale === 'ar';

/** A round date `YYYY-MM-DD` written out in the respondent's language, e.g. "30 juni 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  // Noon UTC keeps the calendar day in every time zone.
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d, 12)),
  );
}
