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

const count = (n: number | null) => (n === null ? '—' : String(n));

/** Locations (hundreds of them), of one IKC when `?ikc=` is set; searched and paged on the server. */
export function LocationsPage({ search }: { search: URLSearchParams }) {
  const { me } = useStaff();
  const params = listParams(search);
  const ikcId = search.get('ikc') ?? undefined;
  const ikc = useLoad(async () => (ikcId ? call(api.structure.ikc, { params: { id: ikcId } }) : undefined), [ikcId]);
  const loaded = useLoad(
    () => call(api.structure.locations, { query: { ...params, ikcId } }),
    [params.q, params.page, params.archived, ikcId],
  );
  const ikcName = ikc.data?.name;
  return (
    <>
      {ikc.data && (
        <p className="breadcrumb">
          <AppLink to={paths.organisation(ikc.data.organisationId)}>{ikc.data.organisation}</AppLink> ›{' '}
          <AppLink to={paths.ikc(ikc.data.id)}>{ikc.data.name}</AppLink>
        </p>
      )}
      <PageHeading title="Locaties">{ikcName ? `Locaties van ${ikcName}` : 'Locaties'}</PageHeading>
      {can(me.role, 'structure.write') && (
        <p>
          <AppLink className="button button--primary" to={paths.location(NEW, ikcId)}>
            Nieuwe locatie
          </AppLink>
        </p>
      )}
      <ListControls key={params.q} noun="locaties" q={params.q} archived={params.archived} />
      <LoadState loaded={loaded}>
        {(page) => (
          <>
            <div className="table-wrap">
              <table>
                <caption>Locaties{params.q && ` met “${params.q}”`}</caption>
                <thead>
                  <tr>
                    <th scope="col">Locatie</th>
                    <th scope="col">IKC</th>
                    <th scope="col">Soort</th>
                    <th scope="col" className="number">
                      Gezinnen
                    </th>
                    <th scope="col" className="number">
                      Leerlingen 8–12
                    </th>
                    <th scope="col" className="number">
                      Medewerkers
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((loc) => (
                    <tr key={loc.id}>
                      <th scope="row">
                        <AppLink to={paths.location(loc.id)}>{loc.name}</AppLink>
                        {loc.archived && <span className="tag">gearchiveerd</span>}
                      </th>
                      <td>
                        {loc.ikc} <span className="muted">({loc.organisation})</span>
                      </td>
                      <td>{[loc.hasSchool && 'school', loc.hasChildcare && 'opvang'].filter(Boolean).join(' + ')}</td>
                      <td className="number">{count(loc.families)}</td>
                      <td className="number">{count(loc.pupils812)}</td>
                      <td className="number">{count(loc.professionals)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {page.items.length === 0 && <p>Geen locaties gevonden.</p>}
            <Pager page={page.page} pageSize={page.pageSize} total={page.total} noun="locaties" />
          </>
        )}
      </LoadState>
    </>
  );
}
