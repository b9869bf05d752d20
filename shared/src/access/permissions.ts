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
  /** Write the judgement (summary, interpretations, adjusted levels, quotes), publish and retract the report. */
  'report.publish': ['admin', 'researcher'],
  'plan.write': ['admin', 'researcher', 'ikc'],
  /** Record the IKC committee's decision on a plan (a subsidy request): the municipality, not the team itself. */
  'plan.decide': ['admin', 'municipality'],
  /** Write in a plan's thread: the committee asks, the IKC team (and the researcher who drafted it) answers. */
  'plan.comment': ['admin', 'researcher', 'ikc', 'municipality'],
  /** The feedback meeting's slides of a published report: the research team and the IKC team it is presented to. */
  'meeting.read': ['admin', 'researcher', 'ikc'],
  /** Record what the team agreed in the meeting (priorities for the plan of action). */
  'meeting.record': ['admin', 'researcher'],
  'overview.read': ['admin', 'researcher', 'municipality'],
  /** Invite users and reset passwords; researchers only for ikc and municipality users within their scope. */
  'users.manage': ['admin', 'researcher'],
  'audit.read': ['admin'],
  /** Make and download backups of the whole database. */
  'backups.manage': ['admin'],
  'instruments.read': ['admin', 'researcher'],
  /** See a round's responses (facts, never answers) and exclude suspicious ones from scoring, with a reason. */
  'responses.exclude': ['admin', 'researcher'],
  /** Set an organisation's retention period and delete a round's, location's or organisation's data on request. */
  'lifecycle.manage': ['admin'],
  /** Write the organisation's privacy statement for respondents (whole-organisation scope; everyone may read it). */
  'privacy.write': ['admin', 'researcher'],
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
