import { describe, expect, it } from 'vitest';
import { type KeyAction, slideKeyAction } from './slide-keys';

describe('the presentation keys', () => {
  it.each<[string, { key: string; ctrlKey?: boolean; altKey?: boolean }, number, KeyAction]>([
    ['→ goes on', { key: 'ArrowRight' }, 3, { go: 4 }],
    ['PageDown (a clicker) goes on', { key: 'PageDown' }, 3, { go: 4 }],
    ['space goes on', { key: ' ' }, 3, { go: 4 }],
    ['→ stays on the last slide', { key: 'ArrowRight' }, 9, { go: 9 }],
    ['← goes back', { key: 'ArrowLeft' }, 3, { go: 2 }],
    ['PageUp goes back', { key: 'PageUp' }, 3, { go: 2 }],
    ['← stays on the first slide', { key: 'ArrowLeft' }, 0, { go: 0 }],
    ['Home goes to the first', { key: 'Home' }, 6, { go: 0 }],
    ['End goes to the last', { key: 'End' }, 2, { go: 9 }],
    ['n toggles the notes', { key: 'n' }, 2, { toggle: 'notes' }],
    ['N toggles the notes', { key: 'N' }, 2, { toggle: 'notes' }],
    ['Ctrl+→ is the browser’s', { key: 'ArrowRight', ctrlKey: true }, 2, null],
    ['Alt+← is the browser’s', { key: 'ArrowLeft', altKey: true }, 2, null],
    ['other keys do nothing', { key: 'x' }, 2, null],
  ])('%s', (_, event, index, expected) => {
    expect(slideKeyAction(event, index, 10)).toEqual(expected);
  });

  it('leaves space to a focused button, but still pages with the arrows there', () => {
    const button = document.createElement('button');
    expect(slideKeyAction({ key: ' ', target: button }, 2, 10)).toBeNull();
    expect(slideKeyAction({ key: 'ArrowRight', target: button }, 2, 10)).toEqual({ go: 3 });
  });

  it('leaves keys typed into a form field alone', () => {
    const area = document.createElement('textarea');
    expect(slideKeyAction({ key: 'n', target: area }, 2, 10)).toBeNull();
    expect(slideKeyAction({ key: 'ArrowRight', target: area }, 2, 10)).toBeNull();
  });
});
