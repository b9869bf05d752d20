import type { ServerProcess } from './server-process';
import { createRound, staffSession, transitionRound } from './staff-api';

/**
 * The parents link of a newly opened round: no seeded or earlier response is on it, so a test can hold every row
 * on the link to account, not only the rows it knows about.
 */
export async function openFreshLink(server: ServerProcess): Promise<string> {
  const staff = await staffSession(server);
  const created = await createRound(staff, { audience: 'parents' });
  const round = await transitionRound(staff, created.id, 'open');
  const linkId = round.links.find((l) => l.audience === 'parents')?.linkId;
  if (!linkId) throw new Error(`the opened round has no parents link: ${JSON.stringify(round)}`);
  return linkId;
}
