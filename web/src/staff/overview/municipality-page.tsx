import { api } from '@driehoek/shared';
import { call } from '../../api/client';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import { useLoad } from '../shell/use-load';
import { PageHeading } from '../ui/page-heading';
import { OverviewPage } from './overview-page';

/**
 * The municipality's view of all its IKCs. A municipality user has one organisation and goes straight to it;
 * researchers and admins pick one.
 */
export default function MunicipalityPage({ organisationId }: { organisationId?: string }) {
  const organisations = useLoad(() => call(api.structure.organisations, { query: { page: 1, pageSize: 200 } }), []);
  if (organisationId) return <OverviewPage organisationId={organisationId} />;
  if (organisations.state !== 'ready') return <p role="status">Laden…</p>;
  const items = organisations.data.items;
  const [only] = items;
  if (items.length === 1 && only) return <OverviewPage organisationId={only.id} />;
  return (
    <>
      <PageHeading title="IKC's in beeld">IKC's in beeld</PageHeading>
      <p>Kies een gemeente of schoolbestuur voor het overzicht van alle IKC's en locaties.</p>
      <ul className="link-list">
        {items.map((o) => (
          <li key={o.id}>
            <AppLink to={paths.municipality(o.id)}>{o.name}</AppLink>
          </li>
        ))}
      </ul>
    </>
  );
}
