import { api, can, capitalised, ORGANISATION_KIND_NL, type Organisation } from '@driehoek/shared';
import { useState } from 'react';
import { call } from '../../api/client';
import { DataLifecycle } from '../lifecycle/data-lifecycle';
import { PrivacyStatementPanel } from '../privacy/privacy-statement-panel';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { NEW, paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
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
  const loaded = useLoad(() => call(api.structure.organisation, { params: { id } }), [id]);
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
            {capitalised(ORGANISATION_KIND_NL[org.kind])} ·{' '}
            <AppLink to={paths.ikcs(org.id)}>
              {org.ikcCount} IKC{org.ikcCount === 1 ? '' : "'s"}
            </AppLink>
            {writable && (
              <>
                {' · '}
                <AppLink to={`${paths.ikc(NEW, org.id)}`}>Nieuw IKC in deze organisatie</AppLink>
                {' · '}
                <AppLink to={paths.structureImport(org.id)}>IKC&apos;s en locaties importeren</AppLink>
                {' · '}
                <AppLink to={paths.bulkRounds({ organisationId: org.id })}>Nulmeting voor alle locaties</AppLink>
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
                onChange={async (archive) =>
                  loaded.setData(
                    await call(archive ? api.structure.archiveOrganisation : api.structure.restoreOrganisation, {
                      params: { id: org.id },
                    }),
                  )
                }
              />
            </>
          )}
          <PrivacyStatementPanel organisationId={org.id} />
          <DataLifecycle organisationId={org.id} />
        </>
      )}
    </LoadState>
  );
}
