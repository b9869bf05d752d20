import { api, can, type Location } from '@driehoek/shared';
import { useState } from 'react';
import { call } from '../../api/client';
import { DeletionControl } from '../lifecycle/deletion-control';
import { RoundsTable } from '../rounds/rounds-table';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { ArchiveControl } from './archive-control';
import { LocationFacts } from './location-facts';
import { LocationForm } from './location-form';

/** One location: its rounds first (what a researcher comes for), then its details and archive. */
export function LocationPage({ id, search }: { id?: string; search: URLSearchParams }) {
  if (!id) {
    return (
      <>
        <p className="breadcrumb">
          <AppLink to={paths.locations()}>Locaties</AppLink>
        </p>
        <PageHeading title="Nieuwe locatie">Nieuwe locatie</PageHeading>
        <LocationForm
          ikcId={search.get('ikc') ?? undefined}
          onSaved={(loc) => navigate(paths.location(loc.id), { replace: true })}
        />
      </>
    );
  }
  return <ExistingLocation id={id} />;
}

function ExistingLocation({ id }: { id: string }) {
  const { me } = useStaff();
  const writable = can(me.role, 'structure.write');
  const loaded = useLoad(() => call(api.structure.location, { params: { id } }), [id]);
  // The largest page the API gives; a location gathers a round or two a year.
  const rounds = useLoad(() => call(api.rounds.list, { query: { locationId: id, pageSize: 200 } }), [id]);
  const [saved, setSaved] = useState(false);
  return (
    <LoadState loaded={loaded}>
      {(loc: Location) => (
        <>
          <p className="breadcrumb">
            <AppLink to={paths.organisation(loc.organisationId)}>{loc.organisation}</AppLink> ›{' '}
            <AppLink to={paths.ikc(loc.ikcId)}>{loc.ikc}</AppLink> ›{' '}
            <AppLink to={paths.locations(loc.ikcId)}>Locaties</AppLink>
          </p>
          <PageHeading title={loc.name}>{loc.name}</PageHeading>
          {loc.address && <p>{loc.address}</p>}
          <h2>Rondes</h2>
          {can(me.role, 'rounds.write') && !loc.archived && (
            <p>
              <AppLink className="button button--primary" to={paths.newRound(loc.id)}>
                Nieuwe ronde
              </AppLink>
            </p>
          )}
          <LoadState loaded={rounds}>
            {(list) =>
              list.items.length === 0 ? (
                <p>Deze locatie heeft nog geen rondes.</p>
              ) : (
                <RoundsTable
                  rounds={list.items}
                  caption={
                    list.total > list.items.length
                      ? `Rondes van ${loc.name}: de nieuwste ${list.items.length} van ${list.total}`
                      : `Rondes van ${loc.name}`
                  }
                  showLocation={false}
                />
              )
            }
          </LoadState>
          {!writable && <LocationFacts location={loc} />}
          {writable && (
            <>
              <h2>Gegevens</h2>
              <LocationForm
                location={loc}
                onSaved={(next) => {
                  loaded.setData(next);
                  setSaved(true);
                }}
              />
              <p role="status">{saved && 'Opgeslagen.'}</p>
              <ArchiveControl
                what={loc.name}
                archived={loc.archived}
                consequence="Een gearchiveerde locatie verdwijnt uit de lijsten en krijgt geen nieuwe rondes. Rondes en rapporten blijven bewaard."
                onChange={async (archive) =>
                  loaded.setData(
                    await call(archive ? api.structure.archiveLocation : api.structure.restoreLocation, {
                      params: { id: loc.id },
                    }),
                  )
                }
              />
            </>
          )}
          {can(me.role, 'lifecycle.manage') && (
            <DeletionControl
              kind="location"
              id={loc.id}
              onDeleted={() => navigate(paths.locations(loc.ikcId), { replace: true })}
            />
          )}
        </>
      )}
    </LoadState>
  );
}
