import { api, can } from '@driehoek/shared';
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

/** IKCs, of one organisation when `?organisatie=` is set; searched and paged on the server. */
export function IkcsPage({ search }: { search: URLSearchParams }) {
  const { me } = useStaff();
  const params = listParams(search);
  const organisationId = search.get('organisatie') ?? undefined;
  const organisation = useLoad(
    async () => (organisationId ? call(api.structure.organisation, { params: { id: organisationId } }) : undefined),
    [organisationId],
  );
  const loaded = useLoad(
    () => call(api.structure.ikcs, { query: { ...params, organisationId } }),
    [params.q, params.page, params.archived, organisationId],
  );
  const orgName = organisation.data?.name;
  return (
    <>
      {orgName && organisationId && (
        <p className="breadcrumb">
          <AppLink to={paths.organisations()}>Organisaties</AppLink> ›{' '}
          <AppLink to={paths.organisation(organisationId)}>{orgName}</AppLink>
        </p>
      )}
      <PageHeading title="IKC's">{orgName ? `IKC's van ${orgName}` : "IKC's"}</PageHeading>
      {can(me.role, 'structure.write') && (
        <p>
          <AppLink className="button button--primary" to={paths.ikc(NEW, organisationId)}>
            Nieuw IKC
          </AppLink>
        </p>
      )}
      <ListControls key={params.q} noun="IKC's" q={params.q} archived={params.archived} />
      <LoadState loaded={loaded}>
        {(page) => (
          <>
            <div className="table-wrap">
              <table>
                <caption>IKC&apos;s{params.q && ` met “${params.q}”`}</caption>
                <thead>
                  <tr>
                    <th scope="col">Naam</th>
                    <th scope="col">Organisatie</th>
                    <th scope="col" className="number">
                      Locaties
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((ikc) => (
                    <tr key={ikc.id}>
                      <th scope="row">
                        <AppLink to={paths.ikc(ikc.id)}>{ikc.name}</AppLink>
                        {ikc.archived && <span className="tag">gearchiveerd</span>}
                      </th>
                      <td>{ikc.organisation}</td>
                      <td className="number">
                        <AppLink to={paths.locations(ikc.id)}>{ikc.locationCount}</AppLink>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {page.items.length === 0 && <p>Geen IKC&apos;s gevonden.</p>}
            <Pager page={page.page} pageSize={page.pageSize} total={page.total} noun="IKC's" />
          </>
        )}
      </LoadState>
    </>
  );
}
