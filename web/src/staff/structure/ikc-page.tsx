import { api, can, type Ikc } from '@driehoek/shared';
import { useState } from 'react';
import { call } from '../../api/client';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { NEW, paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { ArchiveControl } from './archive-control';
import { IkcForm } from './ikc-form';

/** One IKC: details, its locations, archive. `id` undefined: a new one (in `?organisatie=` when given). */
export function IkcPage({ id, search }: { id?: string; search: URLSearchParams }) {
  if (!id) {
    return (
      <>
        <p className="breadcrumb">
          <AppLink to={paths.ikcs()}>IKC&apos;s</AppLink>
        </p>
        <PageHeading title="Nieuw IKC">Nieuw IKC</PageHeading>
        <IkcForm
          organisationId={search.get('organisatie') ?? undefined}
          onSaved={(ikc) => navigate(paths.ikc(ikc.id), { replace: true })}
        />
      </>
    );
  }
  return <ExistingIkc id={id} />;
}

function ExistingIkc({ id }: { id: string }) {
  const { me } = useStaff();
  const writable = can(me.role, 'structure.write');
  const loaded = useLoad(() => call(api.structure.ikc, { params: { id } }), [id]);
  const [saved, setSaved] = useState(false);
  return (
    <LoadState loaded={loaded}>
      {(ikc: Ikc) => (
        <>
          <p className="breadcrumb">
            <AppLink to={paths.organisation(ikc.organisationId)}>{ikc.organisation}</AppLink> ›{' '}
            <AppLink to={paths.ikcs(ikc.organisationId)}>IKC&apos;s</AppLink>
          </p>
          <PageHeading title={ikc.name}>{ikc.name}</PageHeading>
          <p>
            <AppLink to={paths.locations(ikc.id)}>
              {ikc.locationCount} locatie{ikc.locationCount === 1 ? '' : 's'}
            </AppLink>
            {can(me.role, 'report.read') && (
              <>
                {' · '}
                <AppLink to={paths.ikcReport(ikc.id)}>Rapport van het hele IKC</AppLink>
              </>
            )}
            {writable && (
              <>
                {' · '}
                <AppLink to={paths.location(NEW, ikc.id)}>Nieuwe locatie in dit IKC</AppLink>
                {' · '}
                <AppLink to={paths.bulkRounds({ ikcId: ikc.id })}>Nulmeting voor alle locaties van dit IKC</AppLink>
              </>
            )}
          </p>
          {writable && (
            <>
              <h2>Gegevens</h2>
              <IkcForm
                ikc={ikc}
                onSaved={(next) => {
                  loaded.setData(next);
                  setSaved(true);
                }}
              />
              <p role="status">{saved && 'Opgeslagen.'}</p>
              <ArchiveControl
                what={ikc.name}
                archived={ikc.archived}
                consequence="Een gearchiveerd IKC verdwijnt uit de lijsten; er kunnen geen nieuwe locaties in. Rondes en rapporten blijven bewaard."
                onChange={async (archive) =>
                  loaded.setData(
                    await call(archive ? api.structure.archiveIkc : api.structure.restoreIkc, {
                      params: { id: ikc.id },
                    }),
                  )
                }
              />
            </>
          )}
        </>
      )}
    </LoadState>
  );
}
