import type { Me } from '@driehoek/shared';
import { createContext, useContext } from 'react';
import type { StaffApi } from './api';

/** What every staff page needs: the API, who is signed in, and how to leave when the session has expired. */
export type StaffSession = { api: StaffApi; me: Me; signOut: (notice?: string) => void };

export const StaffContext = createContext<StaffSession | undefined>(undefined);

export function useStaff(): StaffSession {
  const session = useContext(StaffContext);
  if (!session) throw new Error('useStaff outside StaffContext');
  return session;
}
