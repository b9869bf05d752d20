import { type ReactNode, useEffect } from 'react';
import { useFocusOnMount } from '../../lib/use-focus-on-mount';

/** The page's h1; it takes focus when the page appears (announcing it) and names the browser tab. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  useEffect(() => {
    document.title = `${title} — Driehoek`;
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
