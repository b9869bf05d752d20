import { useEffect, useState } from 'react';

const NAVIGATE_EVENT = 'driehoek:navigate';

export type Place = { path: string; search: URLSearchParams };

const currentPlace = (): Place => ({
  path: window.location.pathname,
  search: new URLSearchParams(window.location.search),
});

/** Moves to another page of the app without a page load (History API); the server serves index.html on reload. */
export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!options.replace) window.scrollTo?.(0, 0);
}

/** The current path and query, following back/forward and `navigate`. */
export function usePlace(): Place {
  const [place, setPlace] = useState(currentPlace);
  useEffect(() => {
    const update = () => setPlace(currentPlace());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, []);
  return place;
}

/** Replaces some query parameters of the current page (search, page number), keeping the rest. */
export function setQuery(changes: Record<string, string | number | undefined>) {
  const search = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') search.delete(key);
    else search.set(key, String(value));
  }
  const text = search.toString();
  navigate(`${window.location.pathname}${text ? `?${text}` : ''}`, { replace: true });
}
