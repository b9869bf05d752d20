import { api, can, editableFields, roundTitle, type Visit } from '@driehoek/shared';
import { useEffect, useMemo } from 'react';
import { call, readAddress } from '../../api/client';
import { today } from '../../lib/dates';
import { keepForOffline, registerStaffServiceWorker } from '../../lib/offline/service-worker';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { NEW, paths, type SecondCoding } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { LoadState } from '../ui/load-state';
import { PageHeading } from '../ui/page-heading';
import { touchpointName } from './touchpoints';
import { VISIT_CODE_QUESTION } from './visit-codes';
import { type VisitDraft, visitDrafts } from './visit-drafts';
import { VisitForm } from './visit-form';

export type VisitPageProps = { roundId: string; visitId: string; search: URLSearchParams };

/**
 * `/app/rondes/<round>/bezoeken/<visit>`: one mystery-guest visit. A new visit gets its id here, in the browser,
 * and the address changes to it at once, so a reload finds the local draft.
 */
export default function VisitPage({ roundId, visitId, search }: VisitPageProps) {
  const form = search.get('formulier') ?? undefined;
  const query = search.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is what the coding is read from.
  const coding = useMemo(() => secondCodingOf(search), [query]);
  useEffect(() => {
    if (visitId === NEW) navigate(paths.visit(roundId, crypto.randomUUID(), form, coding), { replace: true });
  }, [roundId, visitId, form, coding]);
  if (visitId === NEW) return <p role="status">Nieuw bezoek…</p>;
  return <VisitLoader roundId={roundId} visitId={visitId} form={form} coding={coding} />;
}

/** `?versie=2&bezoekcode=B-7&datum=2026-11-20`: this visit is a second coding of another one. */
function secondCodingOf(search: URLSearchParams): SecondCoding | undefined {
  const version = Number(search.get('versie'));
  const visitCode = search.get('bezoekcode')?.trim();
  const visitedOn = search.get('datum') ?? '';
  if (!Number.isInteger(version) || version < 1 || !visitCode) return undefined;
  return { version, visitCode, visitedOn: /^\d{4}-\d{2}-\d{2}$/.test(visitedOn) ? visitedOn : today() };
}

const asDraft = (visit: Visit): VisitDraft => ({
  id: visit.id,
  roundId: visit.roundId,
  instrument: visit.instrument,
  visitedOn: visit.visitedOn,
  answers: visit.answers,
  unsynced: false,
});

type VisitLoaderProps = { roundId: string; visitId: string; form?: string; coding?: SecondCoding };

function VisitLoader({ roundId, visitId, form, coding }: VisitLoaderProps) {
  const { me } = useStaff();
  const loaded = useLoad(async () => {
    const round = await call(api.rounds.get, { params: { id: roundId } });
    const local = visitDrafts.load(visitId);
    const stored = local
      ? undefined
      : (await call(api.visits.list, { query: { roundId } })).items.find((v) => v.id === visitId);
    let start = local ?? (stored ? asDraft(stored) : undefined);
    if (!start) {
      const versions = (await call(api.instruments.list, {})).items
        .filter((i) => i.key === form && i.perspective === 'mystery-guest')
        .sort((a, b) => b.version - a.version);
      // A second coding uses the first coding's form version: codings on different versions never pair.
      const chosen = coding ? versions.find((v) => v.version === coding.version) : versions[0];
      if (!chosen) return { round, missing: true as const };
      start = {
        id: visitId,
        roundId,
        instrument: { key: chosen.key, version: chosen.version },
        visitedOn: coding?.visitedOn ?? today(),
        // Only the pairing code: the second observer codes on an empty form.
        answers: coding ? { [VISIT_CODE_QUESTION]: coding.visitCode } : {},
        unsynced: false,
      };
    }
    const file = await call(api.instruments.get, {
      params: { key: start.instrument.key, version: start.instrument.version },
    });
    return { round, missing: false as const, file, start, isNew: !stored && !local };
  }, [roundId, visitId]);
  // Offline (issue 16.6): the worker keeps the app shell; the reads this page was built from are kept beside it.
  const file = loaded.state === 'ready' && !loaded.data.missing ? loaded.data.file : undefined;
  useEffect(() => {
    if (!file) return;
    registerStaffServiceWorker();
    void keepForOffline([
      readAddress(api.accounts.me, {}),
      readAddress(api.rounds.get, { params: { id: roundId } }),
      readAddress(api.visits.list, { query: { roundId } }),
      readAddress(api.instruments.list, {}),
      readAddress(api.instruments.get, { params: { key: file.key, version: file.version } }),
    ]);
  }, [file, roundId]);
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
                {coding ? 'Tweede codering' : data.isNew ? 'Nieuw bezoek' : 'Bezoek'}:{' '}
                {touchpointName(data.file.key).toLowerCase()}
              </PageHeading>
              {coding && (
                <p className="notice">
                  Je codeert bezoek {coding.visitCode} als tweede observant. Vul in wat jij zelf waarnam, met je eigen
                  observantcode; de eerste codering zie je hier niet. Samen tellen ze als één bezoek.
                </p>
              )}
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
