import { OpenAnswerSchema } from '@driehoek/shared';
import { loadInstruments } from '@driehoek/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../../platform/db';
import { createScan } from '../../test-support/fixtures';
import { bodyOf } from '../../test-support/http';
import { staffAgent } from '../../test-support/staff';
import { openTestDatabase, testApp } from '../../test-support/test-database';
import { openQuestionNames } from './open-questions';

let db: Database;
let app: ReturnType<typeof testApp>;

/** The first open question of parents v1. A questionnaire without one is a bug, so the test fails, never skips. */
function openQuestion(): string {
  const parents = loadInstruments().get('parents', 1);
  const name = parents ? openQuestionNames(parents)[0] : undefined;
  if (!name) throw new Error('parents v1 is missing or has no open question');
  return name;
}

beforeAll(async () => {
  db = await openTestDatabase();
  app = testApp(db);
});
afterAll(() => db?.close());

describe('reviewing open answers', () => {
  it('lists complete responses’ open answers and keeps the decision and redaction, not in the audit log', async () => {
    const scan = await createScan(db.sql, { name: 'Review' });
    const researcher = await staffAgent(app, db.sql, 'researcher', { organisationId: scan.organisationId });
    const q = openQuestion();
    const id = crypto.randomUUID();
    const text = 'Juf Annemiek luistert altijd goed.';
    await app.request(`/api/responses/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ linkId: scan.links.parents, locale: 'nl', answers: { [q]: text }, complete: true }),
    });
    await app.request(`/api/responses/${crypto.randomUUID()}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        linkId: scan.links.parents,
        locale: 'nl',
        answers: { [q]: 'nog bezig' },
        complete: false,
      }),
    });
    const list = await bodyOf(
      await researcher.send('GET', `/api/open-answers/${scan.roundId}`),
      z.object({ items: z.array(OpenAnswerSchema) }),
    );
    expect(list.items).toEqual([
      {
        responseId: id,
        audience: 'parents',
        question: q,
        title: expect.any(String),
        text,
        decision: 'pending',
        redacted: null,
      },
    ]);
    // Researchers read the question as respondents did, not its internal name.
    expect(list.items[0]?.title).not.toBe(q);
    expect(list.items[0]?.title.length).toBeGreaterThan(10);

    const redacted = '[naam] luistert altijd goed.';
    const put = await researcher.send('PUT', `/api/open-answers/${scan.roundId}`, {
      responseId: id,
      question: q,
      decision: 'shareable',
      redacted,
    });
    expect(put.status).toBe(204);
    const after = await bodyOf(
      await researcher.send('GET', `/api/open-answers/${scan.roundId}`),
      z.object({ items: z.array(OpenAnswerSchema) }),
    );
    expect(after.items[0]).toMatchObject({ decision: 'shareable', redacted });
    // The decision is in the audit log (so the next check reads a real entry), the answer's words are not.
    const entries = await db.sql<{ action: string; details: Record<string, unknown> }[]>`
      select action, details from audit_log where target_id = ${scan.roundId}`;
    expect(entries).toEqual([
      { action: 'open-answer.review', details: { question: q, decision: 'shareable', redacted: true } },
    ]);
    const audit = JSON.stringify(await db.sql`select details from audit_log`);
    expect(audit).not.toContain('Annemiek');
    expect(audit).not.toContain('luistert');
  });
});
