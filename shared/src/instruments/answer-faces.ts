/**
 * The children's answer faces. The questionnaires write an option as a face pictograph and a word ("🙂 Ja"); every
 * place that shows it (the tablet, the report, a PDF) draws the face as SVG, because a server or tablet without an
 * emoji font prints an empty box, and every device that has one draws it differently. The mouth carries the
 * meaning, not a colour.
 */
export type AnswerFace = 'sad' | 'neutral' | 'happy';

const FACE_OF_PICTOGRAPH: Record<string, AnswerFace> = {
  '\u{1F641}': 'sad',
  '\u2639': 'sad',
  '\u{1F610}': 'neutral',
  '\u{1F642}': 'happy',
  '\u{1F60A}': 'happy',
};

const MOUTHS: Record<AnswerFace, string> = {
  sad: 'M15 35Q24 26 33 35',
  neutral: 'M15 31H33',
  happy: 'M15 28Q24 38 33 28',
};

const LEADING_PICTOGRAPH = /^(\p{Extended_Pictographic})(?:\uFE0F|\p{Emoji_Modifier})*\s*(.*)$/su;

export type FacedText = {
  /** The drawn face, or undefined for a pictograph that is not one of the answer faces. */
  face: AnswerFace | undefined;
  /** The pictograph as written, without its variation selector. */
  pictograph: string;
  /** The option's word after the pictograph ("Ja"). */
  word: string;
};

/** Splits an option text that starts with a pictograph; undefined for a text without one or without a word. */
export function splitAnswerFace(text: string): FacedText | undefined {
  const match = LEADING_PICTOGRAPH.exec(text.trim());
  const pictograph = match?.[1];
  const word = match?.[2]?.trim();
  if (!pictograph || !word) return undefined;
  return { face: FACE_OF_PICTOGRAPH[pictograph], pictograph, word };
}

/** An option text without its leading pictograph, for plain text: "🙂 Ja" → "Ja". */
export function withoutAnswerFace(text: string): string {
  return splitAnswerFace(text)?.word ?? text;
}

/** A face as an inline SVG, hidden from screen readers (the word beside it names the option). */
export function answerFaceSvg(face: AnswerFace, className = 'face'): string {
  return (
    `<svg class="${className}" viewBox="0 0 48 48" aria-hidden="true" focusable="false">` +
    '<circle cx="24" cy="24" r="21" fill="#ffd45c" stroke="#1c1b20" stroke-width="2.5"/>' +
    '<circle cx="17" cy="19" r="2.8" fill="#1c1b20"/><circle cx="31" cy="19" r="2.8" fill="#1c1b20"/>' +
    `<path d="${MOUTHS[face]}" fill="none" stroke="#1c1b20" stroke-width="3" stroke-linecap="round"/></svg>`
  );
}
