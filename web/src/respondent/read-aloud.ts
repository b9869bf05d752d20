import type { Locale } from '@driehoek/shared';

/**
 * Reading questions aloud with the browser's own speech synthesis: no audio files, no third party. The pure parts
 * (which texts, which voice) are separate from the one function that touches `window.speechSynthesis`.
 */

/** The language tag an utterance gets; voices are matched on it. */
const speechLangs: Record<Locale, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  ar: 'ar',
  tr: 'tr-TR',
  pl: 'pl-PL',
  uk: 'uk-UA',
};

export const speechLang = (locale: Locale) => speechLangs[locale];

/** The part of `SpeechSynthesisVoice` we choose by. */
export type VoiceInfo = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'default'>;

const normalizeTag = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/**
 * The voice to read in: one for exactly the language and region (nl-NL), else another region of the language
 * (nl-BE), else none, so the browser picks by the utterance's `lang`. Among equals a voice on the device comes first
 * (a network voice sends the text to its vendor), then the browser's default.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | undefined {
  const wanted = normalizeTag(lang);
  const primary = wanted.split('-')[0];
  const rank = (v: V) => {
    const tag = normalizeTag(v.lang);
    const match = tag === wanted ? 2 : tag.split('-')[0] === primary ? 1 : 0;
    return match * 4 + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  };
  let best: V | undefined;
  for (const voice of voices) {
    if (rank(voice) >= 4 && (!best || rank(voice) > rank(best))) best = voice;
  }
  return best;
}

/** What a question shows, as plain strings in the respondent's language. */
export type ReadableQuestion = {
  title?: string;
  description?: string;
  /** The answer options in their order. */
  choices?: readonly string[];
  /** An HTML element's content (the welcome text), read paragraph by paragraph. */
  html?: string;
};

// Faces and other pictographs (with their variation selectors, skin tones and joiners) are for the eye; a voice
// would read "slightly frowning face".
const pictographs = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D/gu;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Text for speaking: no pictographs, no markup, single spaces. */
export function speakableText(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => entities[name] ?? ' ')
    .replace(pictographs, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** HTML split at its block ends (paragraphs, headings, list items, line breaks) into speakable sentences. */
function htmlParagraphs(html: string): string[] {
  return html
    .split(/<\/(?:p|h[1-6]|li|div)>|<br\s*\/?>/i)
    .map(speakableText)
    .filter((t) => t.length > 0);
}

/**
 * The utterances for one question, in reading order: its title, its description, then each option on its own, so
 * the voice pauses between them. Empty parts are left out.
 */
export function readAloudTexts(question: ReadableQuestion): string[] {
  const parts = [
    ...(question.html ? htmlParagraphs(question.html) : []),
    question.title ?? '',
    question.description ?? '',
    ...(question.choices ?? []),
  ];
  return parts.map(speakableText).filter((t) => t.length > 0);
}

/** Speaks a list of texts; `undefined` where the browser has no speech synthesis. */
export type Speaker = {
  /** Stops anything being read and reads the texts; `onEnd` runs once the last one is done or reading stopped. */
  speak(texts: readonly string[], locale: Locale, onEnd: () => void): void;
  cancel(): void;
};

type SpeechWindow = {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
};

/** The browser's speech synthesis as a `Speaker`, or `undefined` when it has none (then no button is shown). */
export function browserSpeaker(w: SpeechWindow = window as SpeechWindow): Speaker | undefined {
  const synth = w.speechSynthesis;
  const Utterance = w.SpeechSynthesisUtterance;
  if (!synth || typeof Utterance !== 'function' || typeof synth.speak !== 'function') return undefined;
  // Chromium fills the voice list asynchronously; asking once early makes it ready by the first click.
  safely(() => synth.getVoices());
  let current = 0;
  return {
    speak(texts, locale, onEnd) {
      const run = ++current;
      safely(() => synth.cancel());
      const lang = speechLang(locale);
      const voice = pickVoice(safely(() => synth.getVoices()) ?? [], lang);
      let left = texts.length;
      const finish = () => {
        left--;
        if (left <= 0 && run === current) onEnd();
      };
      if (left === 0) {
        onEnd();
        return;
      }
      for (const text of texts) {
        const utterance = new Utterance(text);
        utterance.lang = lang;
        if (voice) utterance.voice = voice;
        // A little slower than conversation, for children who listen while they read along.
        utterance.rate = 0.9;
        utterance.onend = finish;
        utterance.onerror = finish;
        const spoken = safely(() => {
          synth.speak(utterance);
          return true;
        });
        if (!spoken) finish();
      }
    },
    cancel() {
      current++;
      safely(() => synth.cancel());
    },
  };
}

/** Speech engines throw in odd states (no audio device, a revoked permission); reading aloud is never worth a crash. */
function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
