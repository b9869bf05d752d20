import {
  ACTION_STATUS_NL,
  AUDIENCE_NL,
  api,
  ORGANISATION_KIND_NL,
  ROLE_NL,
  ROUND_KIND_NL,
  ROUND_STATUS_NL,
} from '@driehoek/shared';
import { call } from '../../api/client';
import { formatDateTime } from '../../lib/dates';
import { useLoad } from '../shell/use-load';
import { listParams } from '../ui/list-query';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { Pager } from '../ui/pager';

/** The Dutch word for a value the code stores as a key ("closed" → "gesloten"); other values as they are. */
const VALUE_NL: Readonly<Record<string, string>> = {
  ...ACTION_STATUS_NL,
  ...ORGANISATION_KIND_NL,
  ...ROUND_KIND_NL,
  ...ROLE_NL,
  ...AUDIENCE_NL,
  ...ROUND_STATUS_NL,
};

const KEY_NL: Readonly<Record<string, string>> = {
  from: 'van',
  to: 'naar',
  audience: 'doelgroep',
  role: 'rol',
  status: 'status',
  kind: 'soort',
  reason: 'reden',
  name: 'naam',
  count: 'aantal',
  audiences: 'doelgroepen',
};

/** What an action changed, in Dutch words where the log stores keys (issue 19: no raw keys on a staff page). */
export const TARGET_NL: Readonly<Record<string, string>> = {
  round: 'ronde',
  user: 'gebruiker',
  organisation: 'organisatie',
  ikc: 'IKC',
  plan: 'plan',
  location: 'locatie',
  visit: 'bezoek',
  backup: 'back-up',
};

const valueText = (v: unknown): string =>
  typeof v === 'string' ? (VALUE_NL[v] ?? v) : Array.isArray(v) ? v.map(valueText).join(', ') : JSON.stringify(v);

export const detailText = (details: Record<string, unknown>) =>
  Object.entries(details)
    .map(([k, v]) => `${KEY_NL[k] ?? k}: ${valueText(v)}`)
    .join('; ');

/** Who did what, newest first, 50 a page (admins only). */
export function AuditPage({ search }: { search: URLSearchParams }) {
  const { page } = listParams(search);
  const loaded = useLoad(() => call(api.accounts.audit, { query: { page, pageSize: 50 } }), [page]);
  return (
    <>
      <PageHeading title="Auditlog">Auditlog</PageHeading>
      <p className="muted">Elke wijziging door gebruikers, zonder antwoorden van respondenten of wachtwoorden.</p>
      <LoadState loaded={loaded}>
        {(entries) => (
          <>
            <div className="table-wrap">
              <table>
                <caption>Acties, nieuwste eerst</caption>
                <thead>
                  <tr>
                    <th scope="col">Tijd</th>
                    <th scope="col">Gebruiker</th>
                    <th scope="col">Actie</th>
                    <th scope="col">Object</th>
                    <th scope="col">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.items.map((entry) => (
                    <tr key={entry.id}>
                      <td>{formatDateTime(entry.at)}</td>
                      <td>{entry.user ?? <span className="muted">systeem of link</span>}</td>
                      <th scope="row">
                        <code>{entry.action}</code>
                      </th>
                      <td>
                        {TARGET_NL[entry.targetType] ?? entry.targetType}
                        {entry.targetId && <span className="muted id"> {entry.targetId.slice(0, 8)}</span>}
                      </td>
                      <td className="details-cell">{detailText(entry.details)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={entries.page} pageSize={entries.pageSize} total={entries.total} noun="acties" />
          </>
        )}
      </LoadState>
    </>
  );
}
