import type { ChildIcon, Level } from '@driehoek/shared';

// Simple pictures drawn for the children's poster: inline SVG (no files to fetch, sharp at A3), thick strokes that
// survive a school printer. They are decoration beside the words, so screen readers skip them (aria-hidden).

const svg = (body: string, colour: string) =>
  `<svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false" fill="none" stroke="${colour}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

const PICTURES: Record<ChildIcon, { body: string; colour: string }> = {
  handshake: {
    colour: '#1f5fa8',
    body: '<circle cx="14" cy="10" r="5"/><circle cx="34" cy="10" r="5"/><path d="M14 16v14M34 16v14M14 22l10 6 10-6M10 44l4-14 4 14M30 44l4-14 4 14"/>',
  },
  speech: {
    colour: '#7a3fa0',
    body: '<path d="M8 10h32a3 3 0 0 1 3 3v16a3 3 0 0 1-3 3H20l-9 8v-8H8a3 3 0 0 1-3-3V13a3 3 0 0 1 3-3z"/><circle cx="16" cy="21" r="1.5" fill="#7a3fa0"/><circle cx="24" cy="21" r="1.5" fill="#7a3fa0"/><circle cx="32" cy="21" r="1.5" fill="#7a3fa0"/>',
  },
  door: {
    colour: '#b5531b',
    body: '<path d="M6 22L24 7l18 15"/><path d="M10 19v23h28V19"/><path d="M19 42V28h10v14"/><circle cx="26.5" cy="35" r="1" fill="#b5531b"/>',
  },
  book: {
    colour: '#1d7a4a',
    body: '<path d="M24 12c-5-4-12-4-18-2v28c6-2 13-2 18 2 5-4 12-4 18-2V10c-6-2-13-2-18 2z"/><path d="M24 12v28"/>',
  },
  talk: {
    colour: '#1f5fa8',
    body: '<path d="M5 8h22a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H14l-6 5v-5H5a2 2 0 0 1-2-2V10a2 2 0 0 1 2-2z"/><path d="M33 18h10a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2h-3v5l-6-5H21a2 2 0 0 1-2-2v-4"/>',
  },
  heart: {
    colour: '#c0264b',
    body: '<path d="M24 41S6 30 6 18a9 9 0 0 1 18-3 9 9 0 0 1 18 3c0 12-18 23-18 23z"/>',
  },
  folder: {
    colour: '#8a6a00',
    body: '<path d="M5 12a2 2 0 0 1 2-2h11l4 4h19a2 2 0 0 1 2 2v22a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2z"/><path d="M14 26h20M14 32h14"/>',
  },
  bulb: {
    colour: '#b07d00',
    body: '<path d="M17 30a12 12 0 1 1 14 0c-2 2-2 4-2 6H19c0-2 0-4-2-6z"/><path d="M19 41h10M21 45h6"/>',
  },
  calendar: {
    colour: '#1d6f7a',
    body: '<rect x="6" y="9" width="36" height="33" rx="3"/><path d="M6 18h36M15 5v8M33 5v8"/><path d="M14 26h4M22 26h4M30 26h4M14 33h4M22 33h4"/>',
  },
  checklist: {
    colour: '#4b5563',
    body: '<rect x="9" y="6" width="30" height="38" rx="3"/><path d="M15 17l3 3 5-6M15 29l3 3 5-6M27 18h7M27 30h7"/>',
  },
};

export const childIconSvg = (icon: ChildIcon): string => {
  const picture = PICTURES[icon];
  return svg(picture.body, picture.colour);
};

/** A face per level, as on the children's questionnaire: happy, in between, not happy. */
export function faceSvg(level: Level): string {
  const colour = level === 3 ? '#1d7a4a' : level === 2 ? '#8a6a00' : '#b5531b';
  const mouth = level === 3 ? 'M16 29c4 5 12 5 16 0' : level === 2 ? 'M16 31h16' : 'M16 33c4-5 12-5 16 0';
  return svg(
    `<circle cx="24" cy="24" r="19"/><circle cx="18" cy="19" r="1.5" fill="${colour}"/><circle cx="30" cy="19" r="1.5" fill="${colour}"/><path d="${mouth}"/>`,
    colour,
  );
}

export const SPEAKER_SVG = svg(
  '<path d="M8 19h7l10-8v26l-10-8H8z"/><path d="M32 17c3 4 3 10 0 14M37 12c6 7 6 17 0 24"/>',
  'currentColor',
);
