import { api, can, editableFields, ROUND_STATUS_NL, type Round, type Visit } from '@driehoek/shared';
import { useState } from 'react';
import { call, failureMessage } from '../../api/client';
import { formatDateTime, formatDay } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { NEW, paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { ConfirmButton } from '../ui/confirm-button';
import { LoadState } from '../ui/load-state';
import { touchpointName, touchpointOrder } from './touchpoints';
import { visitDrafts } from './visit-drafts';

/** Mystery-guest visits of a round, per touchpoint; several per touchpoint are fine. */
export function VisitsPanel({ round }: { round: Round }) {
  const { me } = useStaff();
  const editable = editableFields(round.status).visits && can(me.role, 'visits.write');
  const [error, setError] = useState<string | undefined>(undefined);
  const loaded = useLoad(async () => {
    const [instruments, visits] = await Promise.all([
      call(api.instruments.list, {}),
      call(api.visits.list, { query: { roundId: round.id } }),
    ]);
    const forms = [...new Set(instruments.items.filter((i) => i.perspective === 'mystery-guest').map((i) => i.key))];
    return { forms: forms.sort((x, y) => touchpointOrder(x) - touchpointOrder(y)), visits: visits.items };
  }, [round.id]);
  const drafts = visitDrafts.unsyncedOf(round.id);

  const remove = async (visit: Visit) => {
    setError(undefined);
    try {
      await call(api.visits.remove, { params: { id: visit.id } });
      visitDrafts.clear(visit.id);
      await loaded.reload();
    } catch (e) {
      setError(failureMessage(e));
    }
  };

  return (
    <>
      <h2>Mystery guest</h2>
      <p>
        Leg elk contact als bezoek vast op het formulier van het contactpunt: telefoon, e-mail, website, gebouw,
        rondleiding en opvolging. Eén bezoek is een momentopname; meerdere bezoeken per contactpunt kunnen.
      </p>
      {!editable && <p className="notice">De ronde is {ROUND_STATUS_NL[round.status]}: bezoeken liggen vast.</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {drafts.length > 0 && (
        <div className="warning">
          <p className="warning__title">Niet opgeslagen op de server</p>
          <ul>
            {drafts.map((d) => (
              <li key={d.id}>
                <AppLink to={paths.visit(round.id, d.id)}>
                  {touchpointName(d.instrument.key)}, {formatDay(d.visitedOn)}
                </AppLink>{' '}
                — open het bezoek om het opnieuw te versturen.
              </li>
            ))}
          </ul>
        </div>
      )}
      <LoadState loaded={loaded}>
        {({ forms, visits }) =>
          forms.map((key) => {
            const mine = visits.filter((v) => v.instrument.key === key);
            return (
              <section key={key} className="touchpoint" aria-labelledby={`tp-${key}`}>
                <h3 id={`tp-${key}`}>{touchpointName(key)}</h3>
                {mine.length === 0 ? (
                  <p className="muted">Nog geen bezoeken.</p>
                ) : (
                  <ul className="visit-list">
                    {mine.map((v) => (
                      <li key={v.id}>
                        <AppLink to={paths.visit(round.id, v.id)}>Bezoek van {formatDay(v.visitedOn)}</AppLink>{' '}
                        <span className="muted">
                          {v.recordedBy ? `door ${v.recordedBy}, ` : ''}bijgewerkt {formatDateTime(v.updatedAt)}
                        </span>
                        {editable && (
                          <ConfirmButton
                            label="Verwijderen"
                            question={`Bezoek van ${formatDay(v.visitedOn)} verwijderen?`}
                            confirmLabel="Ja, verwijderen"
                            danger
                            onConfirm={() => remove(v)}
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {editable && (
                  <AppLink className="button button--small" to={paths.visit(round.id, NEW, key)}>
                    Nieuw bezoek: {touchpointName(key).toLowerCase()}
                  </AppLink>
                )}
              </section>
            );
          })
        }
      </LoadState>
    </>
  );
}
