import { type RefObject, useEffect, useRef } from 'react';

/**
 * Moves focus to the element when it appears, so a screen reader announces the new page (landing → questions →
 * thanks happen without a page load). The element needs `tabIndex={-1}`.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return ref;
}
