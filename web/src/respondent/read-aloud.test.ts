import { describe, expect, it, vi } from 'vitest';
import { browserSpeaker, pickVoice, readAloudTexts, speakableText, type VoiceInfo } from './read-aloud';

const voice = (lang: string, extra: Partial<VoiceInfo> & { name?: string } = {}) => ({
  name: lang,
  lang,
  localService: true,
  default: false,
  ...extra,
});

describe('picking a voice', () => {
  it('takes a Dutch voice from the Netherlands when there is one', () => {
    const voices = [voice('en-US'), voice('nl-BE'), voice('nl-NL'), voice('de-DE')];
    expect(pickVoice(voices, 'nl-NL')?.lang).toBe('nl-NL');
  });

  it('falls back to Flemish Dutch rather than another language', () => {
    expect(pickVoice([voice('en-GB'), voice('nl-BE')], 'nl-NL')?.lang).toBe('nl-BE');
  });

  it('finds no voice when the device has none for the language, so the browser chooses by lang', () => {
    expect(pickVoice([voice('en-GB', { default: true }), voice('de-DE')], 'nl-NL')).toBeUndefined();
    expect(pickVoice([], 'nl-NL')).toBeUndefined();
  });

  it('prefers a voice on the device over a network voice that would send the text away', () => {
    const voices = [
      voice('nl-NL', { name: 'Google Nederlands', localService: false }),
      voice('nl-NL', { name: 'Local' }),
    ];
    expect(pickVoice(voices, 'nl-NL')?.name).toBe('Local');
  });

  it('reads Android tags written with an underscore', () => {
    expect(pickVoice([voice('nl_NL')], 'nl-NL')?.lang).toBe('nl_NL');
  });
});

describe('building the read-aloud text', () => {
  it('reads the question, its explanation, then each option on its own, without the faces', () => {
    expect(
      readAloudTexts({
        title: 'Ik speel graag buiten.',
        description: 'Dit is een oefenvraag.',
        choices: ['🙁 Nee', '😐 Een beetje', '🙂 Ja'],
      }),
    ).toEqual(['Ik speel graag buiten.', 'Dit is een oefenvraag.', 'Nee', 'Een beetje', 'Ja']);
  });

  it('reads a welcome text paragraph by paragraph, without markup', () => {
    expect(
      readAloudTexts({ html: '<p>Dit zijn vragen over jou.</p><p>Kies bij elke vraag een <b>gezicht</b>.</p>' }),
    ).toEqual(['Dit zijn vragen over jou.', 'Kies bij elke vraag een gezicht.']);
  });

  it('leaves out empty parts', () => {
    expect(readAloudTexts({ title: 'Wat vind je?', description: '', choices: ['', '👍'] })).toEqual(['Wat vind je?']);
  });

  it('drops skin tones and joiners with the pictographs, and turns entities back into characters', () => {
    expect(speakableText('👍🏽 Juf &amp; meester 👨‍👩‍👧')).toBe('Juf & meester');
  });
});

type Spoken = { text: string; lang: string; voice: unknown; onend?: () => void };

function fakeSpeechWindow(voices: VoiceInfo[]) {
  const spoken: Spoken[] = [];
  class FakeUtterance {
    lang = '';
    voice: unknown = null;
    rate = 1;
    onend?: () => void;
    onerror?: () => void;
    constructor(public text: string) {}
  }
  const synth = {
    speak: vi.fn((u: Spoken) => spoken.push(u)),
    cancel: vi.fn(),
    getVoices: () => voices,
  };
  return {
    spoken,
    synth,
    window: { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance } as unknown as Parameters<
      typeof browserSpeaker
    >[0],
  };
}

describe('the browser speaker', () => {
  it('is missing where the browser has no speech synthesis', () => {
    expect(browserSpeaker({})).toBeUndefined();
  });

  it('speaks each text in Dutch with the Dutch voice and says when the last one is done', () => {
    const nlVoice = voice('nl-NL');
    const fake = fakeSpeechWindow([voice('en-GB'), nlVoice]);
    const speaker = browserSpeaker(fake.window);
    const onEnd = vi.fn();
    speaker?.speak(['Ik speel graag buiten.', 'Nee'], 'nl', onEnd);

    expect(fake.spoken.map((u) => [u.text, u.lang, u.voice])).toEqual([
      ['Ik speel graag buiten.', 'nl-NL', nlVoice],
      ['Nee', 'nl-NL', nlVoice],
    ]);
    fake.spoken[0]?.onend?.();
    expect(onEnd).not.toHaveBeenCalled();
    fake.spoken[1]?.onend?.();
    expect(onEnd).toHaveBeenCalledOnce();
  });

  it('stops what it was reading before it reads something new', () => {
    const fake = fakeSpeechWindow([]);
    const speaker = browserSpeaker(fake.window);
    const first = vi.fn();
    speaker?.speak(['Eerste vraag'], 'nl', first);
    speaker?.speak(['Tweede vraag'], 'nl', vi.fn());
    expect(fake.synth.cancel).toHaveBeenCalledTimes(2);
    // The first question's end, arriving after the cancel, no longer counts.
    fake.spoken[0]?.onend?.();
    expect(first).not.toHaveBeenCalled();
  });

  it('keeps going when the speech engine throws', () => {
    const fake = fakeSpeechWindow([]);
    fake.synth.speak.mockImplementation(() => {
      throw new Error('no audio device');
    });
    const onEnd = vi.fn();
    browserSpeaker(fake.window)?.speak(['Hallo'], 'nl', onEnd);
    expect(onEnd).toHaveBeenCalledOnce();
  });
});
