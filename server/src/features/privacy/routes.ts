import { can, type PrivacyStatement, PrivacyStatementInputSchema, privacyStatementPath } from '@driehoek/shared';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { requireStaff } from '../../platform/auth';
import type { AppEnv } from '../../platform/context';
import { dutchDate } from '../../platform/dates';
import { AppError } from '../../platform/errors';
import { readJson, readParam } from '../../platform/http';
import { notInScope, requireCapability } from '../../platform/scope';
import { findPrivacyForStaff, type PrivacyRow, savePrivacyStatement } from './queries';

const OrganisationId = z.uuid({ message: 'geen geldig id' });

function view(c: Context<AppEnv>, row: PrivacyRow): PrivacyStatement {
  const s = row.statement;
  return {
    organisationId: row.organisationId,
    organisation: row.organisation,
    publicPath: privacyStatementPath(row.privacyId),
    retentionDays: row.retentionDays,
    controller: s?.controller ?? '',
    contact: s?.contact ?? '',
    privacyOfficer: s?.privacyOfficer ?? '',
    ownText: s?.ownText ?? '',
    textLocale: s?.textLocale ?? 'nl',
    updatedAt: s?.updatedOn ?? null,
    updatedBy: s?.updatedBy ?? null,
    canEdit: can(c.var.user.role, 'privacy.write') && row.covers,
  };
}

async function load(c: Context<AppEnv>): Promise<PrivacyRow> {
  const id = readParam(c, 'organisationId', OrganisationId);
  const row = await findPrivacyForStaff(c.var.deps.sql, c.var.user, id);
  if (!row) throw notInScope('Organisatie');
  return row;
}

/**
 * An organisation's privacy statement for staff (issue 22.4): everyone who sees the organisation reads it; researchers
 * and admins whose scope covers the whole organisation change it, audited. The public page is `/privacy/<id>`.
 */
export const privacyRoutes = new Hono<AppEnv>()
  .use(requireStaff, requireCapability('structure.read'))
  .get('/:organisationId', async (c) => c.json(view(c, await load(c))))
  .put('/:organisationId', requireCapability('privacy.write'), async (c) => {
    const row = await load(c);
    if (!row.covers)
      throw new AppError(
        'forbidden',
        'U kunt de privacyverklaring alleen wijzigen als u de hele organisatie beheert.',
        'organisationId',
      );
    const input = await readJson(c, PrivacyStatementInputSchema);
    const { sql, now } = c.var.deps;
    const changed = row.statement
      ? (Object.keys(input) as Array<keyof typeof input>).filter((k) => input[k] !== row.statement?.[k])
      : Object.keys(input);
    await sql.begin(async (tx) => {
      await savePrivacyStatement(tx, row.organisationId, input, c.var.user.id, dutchDate(now()));
      // Which parts changed, never what they say.
      await recordAudit(
        tx,
        c.var.user,
        'privacy.update',
        { type: 'organisation', id: row.organisationId },
        { changed },
      );
    });
    const saved = await findPrivacyForStaff(sql, c.var.user, row.organisationId);
    if (!saved) throw notInScope('Organisatie');
    return c.json(view(c, saved));
  });
