import type { Role } from '../contracts/accounts';

/**
 * What each role may do, before data scope is considered: the server also checks that the object lies within the
 * organisations, IKCs or locations the user is assigned to.
 */
export const Capabilities = {
  /** Create and edit organisations, IKCs and locations. */
  'structure.write': ['admin', 'researcher'],
  'structure.read': ['admin', 'researcher', 'ikc', 'municipality'],
  /** Create, schedule, open and close rounds; links, letters, codes. */
  'rounds.write': ['admin', 'researcher'],
  'rounds.read': ['admin', 'researcher', 'ikc', 'municipality'],
  /** Response counts per round and audience. */
  'monitor.read': ['admin', 'researcher', 'ikc', 'municipality'],
  'visits.write': ['admin', 'researcher'],
  'visits.read': ['admin', 'researcher'],
  /** Read raw open answers and decide which may be shared. */
  'review.write': ['admin', 'researcher'],
  'report.read': ['admin', 'researcher', 'ikc', 'municipality'],
  'plan.write': ['admin', 'researcher', 'ikc'],
  'overview.read': ['admin', 'researcher', 'municipality'],
  /** Invite users and reset passwords; researchers only for ikc and municipality users within their scope. */
  'users.manage': ['admin', 'researcher'],
  'audit.read': ['admin'],
  'instruments.read': ['admin', 'researcher'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof Capabilities;

export function can(role: Role, capability: Capability): boolean {
  return (Capabilities[capability] as readonly Role[]).includes(role);
}

/** Roles a user of `role` may hand out. Nobody grants more than they hold. */
export function grantableRoles(role: Role): Role[] {
  if (role === 'admin') return ['admin', 'researcher', 'ikc', 'municipality'];
  if (role === 'researcher') return ['ikc', 'municipality'];
  return [];
}
