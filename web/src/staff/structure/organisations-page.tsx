import { api, can, capitalised, ORGANISATION_KIND_NL } from '@driehoek/shared';
import { call } from '../../api/client';
import { AppLink } from '../router/app-link';
import { NEW, paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { ListControls } from '../ui/list-controls';
import { listParams } from '../ui/list-query';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { Pager } from '../ui/pager';

/** Municipalities and school boards, searched and paged on the server. */
export function OrganisationsPage({ search }: { search: URLSearchParams }) {
  const { me } = useStaff();
  const params = listParams(search);
  const loaded = useLoad(
    () => call(api.structure.organisations, { query: params }),
    [params.q, params.page, params.archived],
  );
  return (
    <>
      <PageHeading title="Organisaties">Organisaties</PageHeading>
      {can(me.role, 'structure.write') && (
        <p>
          <AppLink className="button button--primary" to={paths.organisation(NEW)}>
            Nieuwe organisatie
          </AppLink>
        </p>
      )}
      <ListControls key={params.q} noun="organisaties" q={params.q} archived={params.archived} />
      <LoadState loaded={loaded}>
        {(page) => (
          <>
            <div className="table-wrap">
              <table>
                <caption>Organisaties{params.q && ` met “${params.q}”`}</caption>
                <thead>
                  <tr>
                    <th scope="col">Naam</th>
                    <th scope="col">Soort</th>
                    <th scope="col" className="number">
                      IKC&apos;s
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((org) => (
                    <tr key={org.id}>
                      <th scope="row">
                        <AppLink to={paths.organisation(org.id)}>{org.name}</AppLink>
                        {org.archived && <span className="tag">gearchiveerd</span>}
                      </th>
                      <td>{capitalised(ORGANISATION_KIND_NL[org.kind])}</td>
                      <td className="number">
                        <AppLink to={paths.ikcs(org.id)}>{org.ikcCount}</AppLink>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {page.items.length === 0 && <p>Geen organisaties gevonden.</p>}
            <Pager page={page.page} pageSize={page.pageSize} total={page.total} noun="organisaties" />
          </>
        )}
      </LoadState>
    </>
  );
}
