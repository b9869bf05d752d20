import { api, can, editableFields, ROUND_STATUS_NL, type Round, type Visit } from '@driehoek/shared';
import { useState } from 'react';
import { call, failureMessage } from '../../api/client';
import { formatDateTime, formatDay } from '../../lib/dates';
import { AppLink } from '../router/app-link';
import { navigate } from '../router/navigation';
import { NEW, paths } from '../router/staff-route';
import { useStaff } from '../shell/staff-context';
import { useLoad } from '../shell/use-load';
import { ConfirmButton } from '../ui/confirm-button';
import { LoadState } from '../ui/load-state';
import { DoubleCodings } from './double-codings';
import { touchpointName, touchpointOrder } from './touchpoints';
import { codeForSecondCoding, groupCodings, raterOf, VISIT_CODE_QUESTION } from './visit-codes';
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

  /**
   * "Tweede codering": a new, empty visit on the same form version with the same visit code, so the two codings pair
   * into one visit. A visit without a code gets one first (kept in its local draft too, so a later sync of that
   * draft does not drop it). The second observer's form shows nothing of the first coding.
   */
  const codeAgain = async (visit: Visit) => {
    setError(undefined);
    const { code, isNew } = codeForSecondCoding(visit);
    try {
      if (isNew) {
        const answers = { ...visit.answers, [VISIT_CODE_QUESTION]: code };
        await call(api.visits.save, {
          params: { id: visit.id },
          body: { roundId: round.id, instrument: visit.instrument, visitedOn: visit.visitedOn, answers },
        });
        const draft = visitDrafts.load(visit.id);
        if (draft) visitDrafts.save({ ...draft, answers: { ...draft.answers, [VISIT_CODE_QUESTION]: code } });
      }
      navigate(
        paths.visit(round.id, NEW, visit.instrument.key, {
          version: visit.instrument.version,
          visitCode: code,
          visitedOn: visit.visitedOn,
        }),
      );
    } catch (e) {
      setError(failureMessage(e));
    }
  };

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
                    {groupCodings(mine).map((group) => {
                      const [first] = group.visits;
                      if (!first) return null;
                      const meta = (v: Visit) => (
                        <span className="muted">
                          {v.recordedBy ? `door ${v.recordedBy}, ` : ''}bijgewerkt {formatDateTime(v.updatedAt)}
                        </span>
                      );
                      const removeButton = (v: Visit, what: string) =>
                        editable && (
                          <ConfirmButton
                            label="Verwijderen"
                            question={`${what} verwijderen?`}
                            confirmLabel="Ja, verwijderen"
                            danger
                            onConfirm={() => remove(v)}
                          />
                        );
                      if (group.visits.length === 1)
                        return (
                          <li key={group.key}>
                            <AppLink to={paths.visit(round.id, first.id)}>
                              Bezoek van {formatDay(first.visitedOn)}
                            </AppLink>{' '}
                            {meta(first)}
                            {editable && (
                              <button type="button" className="button button--small" onClick={() => codeAgain(first)}>
                                Tweede codering
                              </button>
                            )}
                            {removeButton(first, `Bezoek van ${formatDay(first.visitedOn)}`)}
                          </li>
                        );
                      return (
                        <li key={group.key}>
                          Bezoek van {formatDay(first.visitedOn)}, bezoekcode {group.code}: {group.visits.length}{' '}
                          coderingen, telt als één bezoek
                          <ul className="codings">
                            {group.visits.map((v, i) => (
                              <li key={v.id}>
                                <AppLink to={paths.visit(round.id, v.id)}>
                                  Codering {i + 1}
                                  {raterOf(v.answers) ? ` (${raterOf(v.answers)})` : ''}
                                </AppLink>{' '}
                                {meta(v)}
                                {removeButton(v, `Codering ${i + 1} van dit bezoek`)}
                              </li>
                            ))}
                          </ul>
                        </li>
                      );
                    })}
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
      {loaded.state === 'ready' && (
        <DoubleCodings roundId={round.id} editable={can(me.role, 'visits.write')} reloadKey={loaded.data} />
      )}
    </>
  );
}
