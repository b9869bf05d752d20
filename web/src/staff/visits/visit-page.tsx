import { api, can, editableFields, roundTitle, type Visit } from '@driehoek/shared';
import { useEffect } from 'react';
import { call } from '../../api/client';
import { today } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { NEW, paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { touchpointName } from './touchpoints';
import { type VisitDraft, visitDrafts } from './visit-drafts';
import { VisitForm } from './visit-form';

export type VisitPageProps = { roundId: string; visitId: string; search: URLSearchParams };

/**
 * `/app/rondes/<round>/bezoeken/<visit>`: one mystery-guest visit. A new visit gets its id here, in the browser,
 * and the address changes to it at once, so a reload finds the local draft.
 */
export default function VisitPage({ roundId, visitId, search }: VisitPageProps) {
  const form = search.get('formulier') ?? undefined;
  useEffect(() => {
    if (visitId === NEW) navigate(paths.visit(roundId, crypto.randomUUID(), form), { replace: true });
  }, [roundId, visitId, form]);
  if (visitId === NEW) return <p role="status">Nieuw bezoek…</p>;
  return <VisitLoader roundId={roundId} visitId={visitId} form={form} />;
}

const asDraft = (visit: Visit): VisitDraft => ({
  id: visit.id,
  roundId: visit.roundId,
  instrument: visit.instrument,
  visitedOn: visit.visitedOn,
  answers: visit.answers,
  unsynced: false,
});

function VisitLoader({ roundId, visitId, form }: { roundId: string; visitId: string; form?: string }) {
  const { me } = useStaff();
  const loaded = useLoad(async () => {
    const round = await call(api.rounds.get, { params: { id: roundId } });
    const local = visitDrafts.load(visitId);
    const stored = local
      ? undefined
      : (await call(api.visits.list, { query: { roundId } })).items.find((v) => v.id === visitId);
    let start = local ?? (stored ? asDraft(stored) : undefined);
    if (!start) {
      const newest = (await call(api.instruments.list, {})).items
        .filter((i) => i.key === form && i.perspective === 'mystery-guest')
        .sort((a, b) => b.version - a.version)[0];
      if (!newest) return { round, missing: true as const };
      start = {
        id: visitId,
        roundId,
        instrument: { key: newest.key, version: newest.version },
        visitedOn: today(),
        answers: {},
        unsynced: false,
      };
    }
    const file = await call(api.instruments.get, {
      params: { key: start.instrument.key, version: start.instrument.version },
    });
    return { round, missing: false as const, file, start, isNew: !stored && !local };
  }, [roundId, visitId]);
  return (
    <LoadState loaded={loaded}>
      {(data) => (
        <>
          <p className="breadcrumb">
            <AppLink to={paths.location(data.round.locationId)}>{data.round.location}</AppLink> ›{' '}
            <AppLink to={paths.round(data.round.id, 'bezoeken')}>{roundTitle(data.round)}: mystery guest</AppLink>
          </p>
          {data.missing ? (
            <>
              <PageHeading title="Bezoek niet gevonden">Bezoek niet gevonden</PageHeading>
              <p>Dit bezoek bestaat niet (meer). Kies een contactpunt op de pagina van de ronde.</p>
            </>
          ) : (
            <>
              <PageHeading title={touchpointName(data.file.key)}>
                {data.isNew ? 'Nieuw bezoek' : 'Bezoek'}: {touchpointName(data.file.key).toLowerCase()}
              </PageHeading>
              <VisitForm
                file={data.file}
                start={data.start}
                editable={editableFields(data.round.status).visits && can(me.role, 'visits.write')}
              />
            </>
          )}
        </>
      )}
    </LoadState>
  );
}
