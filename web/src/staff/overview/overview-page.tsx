import {
  api,
  dutchDay,
  type Overview,
  type OverviewCell,
  type OverviewLocation,
  ROUND_KIND_NL,
} from '@driehoek/shared';
import { Fragment, useEffect, useState } from 'react';
import { call, failureMessage, href } from '../../api/client';
import { AppLink } from '../router/app-link';
import { paths } from '../router/staff-route';
import './overview.css';

type Loaded = { state: 'loading' } | { state: 'failed'; error: string } | { state: 'ready'; overview: Overview };

const ARROW = (change: number | null) => (change === null ? '' : change > 0 ? '↑' : change < 0 ? '↓' : '=');

function Cell({ cell }: { cell: OverviewCell }) {
  const move = cell.movement;
  return (
    <td className={`ov-cell plan-level--${cell.level ?? 'none'}`}>
      <span className={cell.level === null ? 'ov-none' : 'ov-level'}>
        {cell.level === null ? 'geen gegevens' : cell.label}
      </span>
      {cell.adjusted && (
        <span className="ov-adjusted" title="vastgesteld door de onderzoeker">
          <span aria-hidden="true">*</span>
          <span className="visually-hidden">, vastgesteld door de onderzoeker</span>
        </span>
      )}
      {move && move.levelChange !== null && (
        <span className="ov-move" title={move.label}>
          <span aria-hidden="true"> {ARROW(move.levelChange)}</span>
          <span className="visually-hidden">, beweging {move.label}</span>
        </span>
      )}
    </td>
  );
}

const roundName = (r: { kind: keyof typeof ROUND_KIND_NL; opensOn: string }) =>
  `${ROUND_KIND_NL[r.kind]} ${dutchDay(r.opensOn)}`;

/** Which round the levels come from, and a later round that closed but whose report is not published yet. */
function RoundCell({ loc }: { loc: OverviewLocation }) {
  return (
    <td className="ov-round">
      {loc.round ? roundName(loc.round) : loc.pending ? null : 'nog geen gepubliceerd rapport'}
      {loc.baseline && <span className="muted"> (vergeleken met {dutchDay(loc.baseline.opensOn)})</span>}
      {loc.pending && (
        <span className="ov-pending">
          {loc.round ? `${roundName(loc.pending)}: ` : `${roundName(loc.pending)}, `}
          <strong>nog niet gepubliceerd</strong>
        </span>
      )}
    </td>
  );
}

/**
 * The municipality's overview of one organisation: a heatmap of locations × the ten criteria of the latest published
 * report (colour and text, the researcher's levels marked), movement since the round before, a closed round that is
 * not published yet, plan status per IKC, and the XLSX download.
 */
export function OverviewPage({ organisationId }: { organisationId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    call(api.overview.get, { params: { organisationId } }).then(
      (overview) => current && setLoaded({ state: 'ready', overview }),
      (e: unknown) =>
        current && setLoaded({ state: 'failed', error: failureMessage(e, 'Het overzicht kon niet worden geladen.') }),
    );
    return () => {
      current = false;
    };
  }, [organisationId]);

  if (loaded.state === 'loading') return <p role="status">Laden…</p>;
  if (loaded.state === 'failed')
    return (
      <p className="form-error" role="alert">
        {loaded.error}
      </p>
    );
  const { overview } = loaded;
  const columns = overview.criteria.length + 3;
  return (
    <div className="overview-page">
      <h1>Overzicht {overview.organisation.name}</h1>
      <p>
        Per locatie het niveau op de tien criteria in het laatste gepubliceerde rapport, de beweging sinds de ronde
        daarvoor en de stand van het plan van aanpak.
      </p>
      <p>
        <a
          className="button"
          href={href(api.overview.xlsx, { params: { organisationId: overview.organisation.id } })}
          download
        >
          Overzicht downloaden (Excel)
        </a>
      </p>
      <ul className="ov-legend" aria-label="Legenda">
        <li>
          <span className="plan-level plan-level--1">1.0</span> eenrichtingsverkeer
        </li>
        <li>
          <span className="plan-level plan-level--2">2.0</span> tweerichtingsverkeer
        </li>
        <li>
          <span className="plan-level plan-level--3">3.0</span> samenwerking
        </li>
        <li>
          <span className="plan-level plan-level--none">geen gegevens</span> te weinig respondenten voor cijfers
        </li>
        <li>↑ ↓ = beweging sinds de vorige ronde</li>
        <li>* vastgesteld door de onderzoeker (het berekende niveau staat met de reden in het rapport)</li>
        <li>nog niet gepubliceerd: de ronde is gesloten, de onderzoeker heeft het rapport nog niet gepubliceerd</li>
      </ul>

      <h2 id="ov-levels">Niveaus per locatie</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table that scrolls must be reachable by keyboard. */}
      <section className="table-wrap" tabIndex={0} aria-labelledby="ov-levels">
        <table className="ov-table">
          <thead>
            <tr>
              <th scope="col">Locatie</th>
              <th scope="col">Ronde</th>
              {overview.criteria.map((c) => (
                <th scope="col" key={c.id}>
                  <abbr title={c.name}>{c.id}</abbr>
                  <span className="visually-hidden"> {c.name}</span>
                </th>
              ))}
              <th scope="col">Plan van aanpak</th>
            </tr>
          </thead>
          <tbody>
            {overview.ikcs.map((ikc) => (
              <Fragment key={ikc.id}>
                <tr className="ov-ikc">
                  <th scope="colgroup" colSpan={columns}>
                    {ikc.name}{' '}
                    <AppLink className="ov-ikc-report" to={paths.ikcReport(ikc.id)}>
                      IKC-rapport<span className="visually-hidden"> van {ikc.name}</span>
                    </AppLink>
                  </th>
                </tr>
                {ikc.locations.map((loc) => (
                  <tr key={loc.id}>
                    <th scope="row">{loc.name}</th>
                    <RoundCell loc={loc} />
                    {loc.cells.map((cell) => (
                      <Cell key={cell.criterion} cell={cell} />
                    ))}
                    <td>
                      {loc.plan
                        ? `${loc.plan.goals} doelen, ${loc.plan.actionsDone}/${loc.plan.actionsTotal} acties klaar${loc.plan.overdue ? `, ${loc.plan.overdue} te laat` : ''}`
                        : 'geen plan'}
                    </td>
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </section>

      <h2>Plannen van aanpak per IKC</h2>
      <div className="table-wrap">
        <table className="ov-plans">
          <thead>
            <tr>
              <th scope="col">IKC</th>
              <th scope="col">Plannen</th>
              <th scope="col">Doelen</th>
              <th scope="col">Acties klaar</th>
              <th scope="col">Te laat</th>
            </tr>
          </thead>
          <tbody>
            {overview.ikcs.map((ikc) => (
              <tr key={ikc.id}>
                <th scope="row">{ikc.name}</th>
                <td>{ikc.plan.plans}</td>
                <td>{ikc.plan.goals}</td>
                <td>
                  {ikc.plan.actionsDone} van {ikc.plan.actionsTotal}
                </td>
                <td className={ikc.plan.overdue > 0 ? 'plan-overdue' : undefined}>{ikc.plan.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Niveaus komen uit de rapporten zelf: een groep van minder dan 5 respondenten krijgt geen cijfers, dus ook hier
        niet. Stand van {dutchDay(overview.today)}.
      </p>
    </div>
  );
}
