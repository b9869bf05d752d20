import type { Page } from 'playwright-core';

export type SpokenText = { text: string; lang: string; voice: string | null };

/**
 * Replaces the browser's speech synthesis with one that records what it is asked to say, with a Dutch and an
 * English voice, and ends each utterance at once. Runs before the page's own scripts.
 */
export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; voice: string | null }[] = [];
    const voices = [
      { name: 'English', lang: 'en-GB', localService: true, default: true, voiceURI: 'en' },
      { name: 'Nederlands', lang: 'nl-NL', localService: true, default: false, voiceURI: 'nl' },
    ];
    class Utterance {
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      speak(u: Utterance) {
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
        setTimeout(() => u.onend?.(), 0);
      },
      cancel() {},
      pause() {},
      resume() {},
      getVoices: () => voices,
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: Utterance });
    Object.defineProperty(window, '__spoken', { value: spoken });
  });
}

/** Takes speech synthesis away, like a browser without it. */
export async function removeSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: undefined });
  });
}

/** What the page asked the speech synthesis to say so far. */
export function spokenTexts(page: Page): Promise<SpokenText[]> {
  return page.evaluate(() => [...((window as unknown as { __spoken?: SpokenText[] }).__spoken ?? [])]);
}
