import type { Me } from '@driehoek/shared';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { StaffContext } from '../staff/shell/staff-context';
import { me as researcher } from './fixtures';

/** Renders a staff component signed in as `me` (a researcher by default), at `path` in the address bar. */
export function renderStaff(ui: ReactNode, options: { me?: Me; path?: string } = {}) {
  window.history.replaceState(null, '', options.path ?? '/app');
  const signOut = vi.fn();
  const result = render(
    <StaffContext.Provider value={{ me: options.me ?? researcher, signOut }}>{ui}</StaffContext.Provider>,
  );
  return { ...result, signOut };
}
