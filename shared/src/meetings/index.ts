export { buildDeck, triangleRows } from './deck';
export { levelWord } from './deck-words';
export { PRIORITY_QUESTION } from './discussion-questions';
