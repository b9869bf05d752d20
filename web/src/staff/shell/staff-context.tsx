import type { Me } from '@driehoek/shared';
import { createContext, useContext } from 'react';

/** What every staff page needs: who is signed in, and how to leave when the session has expired. */
export type StaffSession = { me: Me; signOut: (notice?: string) => void };

export const StaffContext = createContext<StaffSession | undefined>(undefined);

export function useStaff(): StaffSession {
  const session = useContext(StaffContext);
  if (!session) throw new Error('useStaff outside StaffContext');
  return session;
}
