import { can, type Organisation } from '@driehoek/shared';
import { useState } from 'react';
import { organisationKindNames } from '../labels';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { NEW, paths } from '../router/staff-route';
import { useStaff } from '../staff-context';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { useLoad } from '../use-load';
import { ArchiveControl } from './archive-control';
import { OrganisationForm } from './organisation-form';

/** One organisation: its details (editable for researchers), its IKCs, archive. `id` undefined: a new one. */
export function OrganisationPage({ id }: { id?: string }) {
  const { me } = useStaff();
  if (!id) {
    return (
      <>
        <p className="breadcrumb">
          <AppLink to={paths.organisations()}>Organisaties</AppLink>
        </p>
        <PageHeading title="Nieuwe organisatie">Nieuwe organisatie</PageHeading>
        <OrganisationForm onSaved={(org) => navigate(paths.organisation(org.id), { replace: true })} />
      </>
    );
  }
  return <ExistingOrganisation id={id} writable={can(me.role, 'structure.write')} />;
}

function ExistingOrganisation({ id, writable }: { id: string; writable: boolean }) {
  const { api } = useStaff();
  const loaded = useLoad((a) => a.organisation(id), [id]);
  const [saved, setSaved] = useState(false);
  return (
    <LoadState loaded={loaded}>
      {(org: Organisation) => (
        <>
          <p className="breadcrumb">
            <AppLink to={paths.organisations()}>Organisaties</AppLink>
          </p>
          <PageHeading title={org.name}>{org.name}</PageHeading>
          <p>
            {organisationKindNames[org.kind]} ·{' '}
            <AppLink to={paths.ikcs(org.id)}>
              {org.ikcCount} IKC{org.ikcCount === 1 ? '' : "'s"}
            </AppLink>
            {writable && (
              <>
                {' · '}
                <AppLink to={`${paths.ikc(NEW, org.id)}`}>Nieuw IKC in deze organisatie</AppLink>
              </>
            )}
          </p>
          {writable && (
            <>
              <h2>Gegevens</h2>
              <OrganisationForm
                organisation={org}
                onSaved={(next) => {
                  loaded.setData(next);
                  setSaved(true);
                }}
              />
              <p role="status">{saved && 'Opgeslagen.'}</p>
              <ArchiveControl
                what={org.name}
                archived={org.archived}
                consequence="Een gearchiveerde organisatie verdwijnt uit de lijsten; er kunnen geen nieuwe IKC's in. Gegevens en rapporten blijven bewaard."
                onChange={async (archive) => loaded.setData(await api.archiveOrganisation(org.id, archive))}
              />
            </>
          )}
        </>
      )}
    </LoadState>
  );
}
