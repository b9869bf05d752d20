import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './navigation';

export type AppLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** A real link (it opens in a new tab with a middle click) that changes page without a reload on a plain click. */
export function AppLink({ to, onClick, ...rest }: AppLinkProps) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={click} {...rest} />;
}
