import { api, capitalised, ROLE_NL, type User } from '@driehoek/shared';
import { call } from '../../api/client';
import { AppLink } from '../router/app-link';
import { NEW, paths } from '../router/staff-route';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';

/** "2 organisaties", "1 IKC", "3 locaties" or "alles". */
export function scopeSummary(user: Pick<User, 'role' | 'scope'>): string {
  if (user.role === 'admin') return 'alles';
  const parts: string[] = [];
  const { organisationIds: o, ikcIds: i, locationIds: l } = user.scope;
  if (o.length) parts.push(`${o.length} organisatie${o.length === 1 ? '' : 's'}`);
  if (i.length) parts.push(`${i.length} IKC${i.length === 1 ? '' : "'s"}`);
  if (l.length) parts.push(`${l.length} locatie${l.length === 1 ? '' : 's'}`);
  return parts.join(', ') || 'geen';
}

/** The users the signed-in admin or researcher manages. */
export function UsersPage() {
  const loaded = useLoad(() => call(api.accounts.users, {}), []);
  return (
    <>
      <PageHeading title="Gebruikers">Gebruikers</PageHeading>
      <p>
        <AppLink className="button button--primary" to={paths.user(NEW)}>
          Gebruiker uitnodigen
        </AppLink>
      </p>
      <LoadState loaded={loaded}>
        {({ items }) => (
          <div className="table-wrap">
            <table>
              <caption>Gebruikers ({items.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">E-mailadres</th>
                  <th scope="col">Rol</th>
                  <th scope="col">Toegang tot</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {items.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">
                      <AppLink to={paths.user(user.id)}>{user.name}</AppLink>
                    </th>
                    <td>{user.email}</td>
                    <td>{capitalised(ROLE_NL[user.role])}</td>
                    <td>
                      {scopeSummary(user)}
                      {user.managedByAdmin && <span className="muted"> · en elders (beheerder beheert)</span>}
                    </td>
                    <td>
                      {user.disabled ? (
                        <span className="tag">geblokkeerd</span>
                      ) : user.hasPassword ? (
                        'actief'
                      ) : (
                        <span className="muted">uitgenodigd</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LoadState>
    </>
  );
}
