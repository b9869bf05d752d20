import { isDeepStrictEqual } from 'node:util';
import { inspectDatabase } from './inspect-database';
import type { Answers } from './respondents';
import type { DatabaseTarget } from './server-process';

export type StoredRow = { id: string; linkId: string; status: string; answers: unknown };

export type LinkResponses = {
  /** `count(*)` of the link, asked separately from the list so neither can hide rows from the other. */
  count: number;
  /** Every row on the link, plus any row elsewhere under an id the test sent. */
  rows: StoredRow[];
};

/** Every response on a link (embedded database: only once its server has stopped). */
export function readLinkResponses(db: DatabaseTarget, linkId: string, sentIds: string[]): Promise<LinkResponses> {
  return inspectDatabase(db, async (sql) => {
    const [counted] = await sql<{ count: number }[]>`
      select count(*)::int as count from responses where link_id = ${linkId}`;
    const rows = await sql<StoredRow[]>`
      select id, link_id as "linkId", status, answers from responses
       where link_id = ${linkId} or id = any(${sentIds}::uuid[])
       order by id`;
    return { count: counted?.count ?? 0, rows };
  });
}

export type Expected = {
  linkId: string;
  /** Every id the respondents sent, with the answers of its last save. */
  sent: ReadonlyMap<string, { finalAnswers: Answers }>;
  /** The ids whose complete save got a 200. */
  acknowledged: readonly string[];
};

/**
 * What is wrong with the stored rows, one line each; empty when the link holds exactly the acknowledged responses,
 * each once, complete, with the answers its respondent sent last, and nothing that nobody sent.
 */
export function storedProblems(stored: LinkResponses, expected: Expected): string[] {
  const problems: string[] = [];
  const onLink = stored.rows.filter((r) => r.linkId === expected.linkId);
  if (stored.count !== onLink.length) problems.push(`count(*) is ${stored.count}, the id list has ${onLink.length}`);
  const times = new Map<string, number>();
  for (const r of onLink) times.set(r.id, (times.get(r.id) ?? 0) + 1);
  for (const [id, n] of times) if (n > 1) problems.push(`${id} is stored ${n} times`);

  const acknowledged = new Set(expected.acknowledged);
  for (const id of acknowledged) if (!times.has(id)) problems.push(`${id} was acknowledged but is not stored`);
  for (const r of stored.rows) {
    const sent = expected.sent.get(r.id);
    if (!sent) {
      problems.push(`${r.id} is stored but no respondent sent it`);
      continue;
    }
    if (r.linkId !== expected.linkId) problems.push(`${r.id} is stored on link ${r.linkId}`);
    if (!acknowledged.has(r.id)) problems.push(`${r.id} is stored (${r.status}) but was never acknowledged`);
    if (r.status !== 'complete') problems.push(`${r.id} is stored as ${r.status}`);
    else if (!isDeepStrictEqual(r.answers, sent.finalAnswers))
      problems.push(
        `${r.id} holds ${JSON.stringify(r.answers)}, its respondent sent ${JSON.stringify(sent.finalAnswers)}`,
      );
  }
  return problems;
}
