/** What a key does in the presentation: go to a slide, toggle the presenter notes, or nothing. */
export type KeyAction = { go: number } | { toggle: 'notes' } | null;

type KeyLike = { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean; target?: EventTarget | null };

/** Whether the key's target lies within an element matching `selector`. */
function within(target: EventTarget | null | undefined, selector: string): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  return (target as Element).closest(selector) !== null;
}

/** Keys typed into a form field are the field's, not the presentation's. */
const FIELD = 'input, textarea, select, [contenteditable="true"]';
/** Space presses a focused button or link: a keyboard user must keep that. */
const PRESSABLE = 'button, a[href], summary, [role="button"]';

/**
 * The keys a presenter (or a clicker, which sends PageDown and PageUp) uses: → PageDown space next, ← PageUp
 * previous, Home first, End last, N the notes. Modified keys are the browser's (Ctrl+← and the like), and space on a
 * focused button presses the button.
 */
export function slideKeyAction(event: KeyLike, index: number, total: number): KeyAction {
  if (event.ctrlKey || event.altKey || event.metaKey || within(event.target, FIELD) || total === 0) return null;
  if (event.key === ' ' && within(event.target, PRESSABLE)) return null;
  const last = total - 1;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { go: Math.min(last, index + 1) };
    case 'ArrowLeft':
    case 'PageUp':
      return { go: Math.max(0, index - 1) };
    case 'Home':
      return { go: 0 };
    case 'End':
      return { go: last };
    case 'n':
    case 'N':
      return { toggle: 'notes' };
    default:
      return null;
  }
}
