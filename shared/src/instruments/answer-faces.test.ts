import { describe, expect, it } from 'vitest';
import { answerFaceSvg, splitAnswerFace, withoutAnswerFace } from './answer-faces';

describe('the children’s answer faces', () => {
  it.each([
    ['🙁 Nee', 'sad', 'Nee'],
    ['😐 Een beetje', 'neutral', 'Een beetje'],
    ['🙂 Ja', 'happy', 'Ja'],
    ['☹️ Nee', 'sad', 'Nee'],
    ['🙂Ja', 'happy', 'Ja'],
    ['🐶 Hond', undefined, 'Hond'],
  ])('reads %s as the %s face with the word %s', (text, face, word) => {
    expect(splitAnswerFace(text)).toMatchObject({ face, word });
    expect(withoutAnswerFace(text)).toBe(word);
  });

  it.each(['Ja', '🙂', '', 'Nee 🙁'])('leaves %j alone: no leading face with a word', (text) => {
    expect(splitAnswerFace(text)).toBeUndefined();
    expect(withoutAnswerFace(text)).toBe(text);
  });

  it('draws a face as SVG that screen readers skip, each mouth different', () => {
    const svgs = (['sad', 'neutral', 'happy'] as const).map((f) => answerFaceSvg(f));
    for (const svg of svgs) expect(svg).toMatch(/^<svg class="face" viewBox="0 0 48 48" aria-hidden="true"/);
    expect(new Set(svgs).size).toBe(3);
    expect(answerFaceSvg('happy', 'face face--small')).toContain('class="face face--small"');
  });
});
