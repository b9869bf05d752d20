import { ReviewOpenAnswerSchema } from '@driehoek/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { readJson, readParam } from '../../platform/http';
import { requireCapability, roundInScope } from '../../platform/scope';
import { openQuestionIndex } from './open-questions';
import { listOpenAnswers, saveReview } from './queries';

const Id = z.uuid({ message: 'geen geldig id' });

export const reviewRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('review.write'))
  .get('/:roundId', async (c) => {
    const round = await roundInScope(c.var.deps.sql, c.var.user, readParam(c, 'roundId', Id));
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await listOpenAnswers(c.var.deps.sql, round.id, openQuestionIndex(c.var.deps.catalog)) });
  })
  .put('/:roundId', async (c) => {
    const { sql, catalog } = c.var.deps;
    const round = await roundInScope(sql, c.var.user, readParam(c, 'roundId', Id));
    const input = await readJson(c, ReviewOpenAnswerSchema);
    const answers = await listOpenAnswers(sql, round.id, openQuestionIndex(catalog));
    if (!answers.some((a) => a.responseId === input.responseId && a.question === input.question)) {
      throw new AppError('validation', 'question: dit open antwoord bestaat niet in deze ronde', 'question');
    }
    await sql.begin(async (tx) => {
      await saveReview(tx, input);
      // The decision only: the text itself never goes into the audit log.
      await recordAudit(
        tx,
        c.var.user,
        'open-answer.review',
        { type: 'round', id: round.id },
        {
          question: input.question,
          decision: input.decision,
          redacted: input.redacted !== null,
        },
      );
    });
    return c.body(null, 204);
  });
