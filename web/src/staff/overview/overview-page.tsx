import {
  api,
  countOf,
  DECISION_OUTCOME_NL,
  decisionOutcomeText,
  dutchDay,
  type LevelCounts,
  type LevelFilter,
  OVERVIEW_SORTS,
  type Overview,
  type OverviewCell,
  type OverviewIkc,
  type OverviewLocation,
  type OverviewSort,
  PLAN_STATE_NL,
  type PlanState,
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
      {loc.round?.rawDataDeletedOn && (
        <span className="muted ov-raw-gone">
          {' '}
          · ruwe antwoorden verwijderd op {dutchDay(loc.round.rawDataDeletedOn)} (bewaartermijn); de niveaus blijven
        </span>
      )}
      {loc.pending && (
        <span className="ov-pending">
          {loc.round ? `${roundName(loc.pending)}: ` : `${roundName(loc.pending)}, `}
          <strong>nog niet gepubliceerd</strong>
        </span>
      )}
    </td>
  );
}

/** What the page asks the server for: the filter, sort and page (empty strings: no filter). */
type Query = {
  q: string;
  criterion: string;
  level: '' | LevelFilter;
  plan: '' | PlanState;
  sort: OverviewSort;
  dir: 'asc' | 'desc';
  page: number;
};
const START: Query = { q: '', criterion: '', level: '', plan: '', sort: 'name', dir: 'asc', page: 1 };
const PAGE_SIZE = 25;

/** The filter as query parameters, leaving out what is not chosen (and the defaults, so the plain address stays plain). */
function filterParams(query: Query) {
  const level = query.criterion && query.level ? query.level : undefined;
  return {
    q: query.q.trim() || undefined,
    criterion: level ? (query.criterion as OverviewSort & `C${number}`) : undefined,
    level,
    plan: query.plan || undefined,
    sort: query.sort === 'name' ? undefined : query.sort,
    dir: query.dir === 'asc' ? undefined : query.dir,
  };
}

const LEVEL_NL: Record<LevelFilter, string> = { 1: '1.0', 2: '2.0', 3: '3.0', none: 'geen gegevens' };

/** An IKC's summary on one criterion: how many of its locations stand at each level, in colour and in words. */
function CountsCell({ counts }: { counts: LevelCounts }) {
  const parts = (['1', '2', '3', 'none'] as const).filter((l) => counts[l] > 0);
  return (
    <td className="ov-counts">
      {parts.map((l) => (
        <span key={l} className={`plan-level plan-level--${l}`} title={`${counts[l]} op ${LEVEL_NL[l]}`}>
          <span aria-hidden="true">{counts[l]}</span>
          <span className="visually-hidden">{` ${counts[l]} op ${LEVEL_NL[l]},`}</span>
        </span>
      ))}
    </td>
  );
}

type Expanded = Record<
  string,
  { state: 'loading' } | { state: 'failed'; error: string } | { state: 'ready'; locations: OverviewLocation[] }
>;

function LocationRow({ loc }: { loc: OverviewLocation }) {
  return (
    <tr>
      <th scope="row">{loc.name}</th>
      <RoundCell loc={loc} />
      {loc.cells.map((cell) => (
        <Cell key={cell.criterion} cell={cell} />
      ))}
      <td>
        {loc.plan ? (
          <AppLink to={paths.plan(loc.plan.roundId)}>
            {`${countOf(loc.plan.goals, 'doel', 'doelen')}, ${loc.plan.actionsDone}/${loc.plan.actionsTotal} acties klaar${loc.plan.overdue ? `, ${loc.plan.overdue} te laat` : ''}`}
          </AppLink>
        ) : (
          'geen plan'
        )}
        {loc.plan?.decision && <span> · commissie: {DECISION_OUTCOME_NL[loc.plan.decision.outcome]}</span>}
      </td>
    </tr>
  );
}

/** An IKC's summary row, and its locations: those the page carries, or those asked for with the button. */
function IkcRows({
  ikc,
  columns,
  shown,
  onShow,
}: {
  ikc: OverviewIkc;
  columns: number;
  shown: Expanded[string] | undefined;
  onShow: (open: boolean) => void;
}) {
  const locations = ikc.locations ?? (shown?.state === 'ready' ? shown.locations : null);
  const counted =
    ikc.locationCount === ikc.locationTotal
      ? `${ikc.locationCount} locaties`
      : `${ikc.locationCount} van ${ikc.locationTotal} locaties`;
  return (
    <>
      <tr className="ov-ikc">
        <th scope="colgroup" colSpan={columns}>
          {ikc.name}{' '}
          <AppLink className="ov-ikc-report" to={paths.ikcReport(ikc.id)}>
            IKC-rapport<span className="visually-hidden"> van {ikc.name}</span>
          </AppLink>
          {ikc.locations === null && (
            <button
              type="button"
              className="ov-toggle"
              aria-expanded={shown !== undefined}
              onClick={() => onShow(shown === undefined)}
            >
              {shown === undefined ? 'Locaties tonen' : 'Locaties verbergen'}
              <span className="visually-hidden"> van {ikc.name}</span>
            </button>
          )}
        </th>
      </tr>
      <tr className="ov-summary">
        <th scope="row">{counted}</th>
        <td className="ov-round">
          {ikc.published} gepubliceerd{ikc.pending > 0 ? `, ${ikc.pending} nog niet gepubliceerd` : ''}
        </td>
        {ikc.levels.map((counts) => (
          <CountsCell key={counts.criterion} counts={counts} />
        ))}
        <td>
          {ikc.plan.plans === 0
            ? 'geen plannen'
            : `${ikc.plan.plans} plannen, ${ikc.plan.actionsDone}/${ikc.plan.actionsTotal} acties klaar${ikc.plan.overdue ? `, ${ikc.plan.overdue} te laat` : ''}`}
        </td>
      </tr>
      {shown?.state === 'loading' && (
        <tr>
          <td colSpan={columns} role="status">
            Locaties laden…
          </td>
        </tr>
      )}
      {shown?.state === 'failed' && (
        <tr>
          <td colSpan={columns} className="form-error" role="alert">
            {shown.error}
          </td>
        </tr>
      )}
      {locations?.map((loc) => (
        <LocationRow key={loc.id} loc={loc} />
      ))}
    </>
  );
}

/**
 * The municipality's overview of one organisation, paged by IKC: per IKC a summary row (per criterion how many
 * locations stand at each level of the latest published report), its locations as a heatmap of the ten criteria
 * (colour and text, the researcher's levels marked, movement since the round before, a closed round not published
 * yet) when the page carries them or when asked for, plan status per IKC, filters and sorting done by the server,
 * and the XLSX of the whole (filtered) overview. Only what is on screen is rendered.
 */
export function OverviewPage({ organisationId }: { organisationId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [query, setQuery] = useState<Query>(START);
  const [draft, setDraft] = useState<Query>(START);
  const [expanded, setExpanded] = useState<Expanded>({});
  useEffect(() => {
    let current = true;
    setLoaded((l) => (l.state === 'ready' ? l : { state: 'loading' }));
    setExpanded({});
    call(api.overview.get, {
      params: { organisationId },
      query: { ...filterParams(query), page: query.page, pageSize: PAGE_SIZE },
    }).then(
      (overview) => current && setLoaded({ state: 'ready', overview }),
      (e: unknown) =>
        current && setLoaded({ state: 'failed', error: failureMessage(e, 'Het overzicht kon niet worden geladen.') }),
    );
    return () => {
      current = false;
    };
  }, [organisationId, query]);

  const showLocations = (ikcId: string, open: boolean) => {
    if (!open) {
      setExpanded(({ [ikcId]: _, ...rest }) => rest);
      return;
    }
    setExpanded((e) => ({ ...e, [ikcId]: { state: 'loading' } }));
    call(api.overview.locations, { params: { organisationId, ikcId }, query: filterParams(query) }).then(
      ({ locations }) => setExpanded((e) => (ikcId in e ? { ...e, [ikcId]: { state: 'ready', locations } } : e)),
      (err: unknown) =>
        setExpanded((e) =>
          ikcId in e
            ? {
                ...e,
                [ikcId]: { state: 'failed', error: failureMessage(err, 'De locaties konden niet worden geladen.') },
              }
            : e,
        ),
    );
  };

  if (loaded.state === 'loading') return <p role="status">Laden…</p>;
  if (loaded.state === 'failed')
    return (
      <p className="form-error" role="alert">
        {loaded.error}
      </p>
    );
  const { overview } = loaded;
  const columns = overview.criteria.length + 3;
  const pages = Math.max(1, Math.ceil(overview.total / overview.pageSize));
  const filtered = overview.locations.matching !== overview.locations.total;
  const set = (change: Partial<Query>) => setDraft((d) => ({ ...d, ...change }));
  return (
    <div className="overview-page">
      <h1>Overzicht {overview.organisation.name}</h1>
      <p>
        Per IKC hoeveel locaties op elk niveau staan, en per locatie het niveau op de tien criteria in het laatste
        gepubliceerde rapport, de beweging sinds de ronde daarvoor en de stand van het plan van aanpak.
      </p>
      {overview.refresh.stale > 0 && (
        <p className="hint" role="status">
          Het overzicht wordt bijgewerkt na een nieuwe berekening: nog {overview.refresh.stale} van{' '}
          {overview.refresh.rows} locaties. Tot dan staan daar de niveaus van de vorige berekening.
        </p>
      )}
      <p>
        <a
          className="button"
          href={href(api.overview.xlsx, {
            params: { organisationId: overview.organisation.id },
            query: filterParams(query),
          })}
          download
        >
          Overzicht downloaden (Excel)
        </a>
      </p>

      <form
        className="ov-filter"
        aria-label="Filteren en sorteren"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery({ ...draft, page: 1 });
        }}
      >
        <label>
          IKC-naam bevat
          <input type="search" value={draft.q} maxLength={100} onChange={(e) => set({ q: e.target.value })} />
        </label>
        <label>
          Criterium
          <select value={draft.criterion} onChange={(e) => set({ criterion: e.target.value })}>
            <option value="">alle</option>
            {overview.criteria.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id} {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Niveau
          <select
            value={draft.level}
            disabled={!draft.criterion}
            onChange={(e) => set({ level: e.target.value as Query['level'] })}
          >
            <option value="">alle</option>
            {(['1', '2', '3', 'none'] as const).map((l) => (
              <option key={l} value={l}>
                {LEVEL_NL[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Plan van aanpak
          <select value={draft.plan} onChange={(e) => set({ plan: e.target.value as Query['plan'] })}>
            <option value="">alle</option>
            {(Object.keys(PLAN_STATE_NL) as PlanState[]).map((p) => (
              <option key={p} value={p}>
                {PLAN_STATE_NL[p]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sorteren op
          <select value={draft.sort} onChange={(e) => set({ sort: e.target.value as OverviewSort })}>
            {OVERVIEW_SORTS.map((key) => (
              <option key={key} value={key}>
                {key === 'name'
                  ? 'naam IKC'
                  : key === 'locations'
                    ? 'aantal locaties'
                    : key === 'overdue'
                      ? 'acties te laat'
                      : `gemiddeld niveau ${key}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Volgorde
          <select value={draft.dir} onChange={(e) => set({ dir: e.target.value as Query['dir'] })}>
            <option value="asc">oplopend</option>
            <option value="desc">aflopend</option>
          </select>
        </label>
        <button type="submit">Toepassen</button>
      </form>
      <p role="status">
        {filtered
          ? `${overview.locations.matching} van ${overview.locations.total} locaties in ${overview.total} IKC's voldoen aan het filter.`
          : `${overview.locations.total} locaties in ${overview.total} IKC's.`}
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
        <li>per IKC: het aantal locaties op elk niveau</li>
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
                  {c.id} {c.name}
                </th>
              ))}
              <th scope="col">Plan van aanpak</th>
            </tr>
          </thead>
          <tbody>
            {overview.ikcs.map((ikc) => (
              <Fragment key={ikc.id}>
                <IkcRows
                  ikc={ikc}
                  columns={columns}
                  shown={expanded[ikc.id]}
                  onShow={(open) => showLocations(ikc.id, open)}
                />
              </Fragment>
            ))}
            {overview.ikcs.length === 0 && (
              <tr>
                <td colSpan={columns}>Geen IKC's met locaties die aan het filter voldoen.</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>
      {pages > 1 && (
        <nav className="ov-pager" aria-label="Pagina's">
          <button
            type="button"
            disabled={overview.page <= 1}
            onClick={() => setQuery((q) => ({ ...q, page: overview.page - 1 }))}
          >
            Vorige
          </button>
          <span>
            Pagina {overview.page} van {pages}
          </span>
          <button
            type="button"
            disabled={overview.page >= pages}
            onClick={() => setQuery((q) => ({ ...q, page: overview.page + 1 }))}
          >
            Volgende
          </button>
        </nav>
      )}

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
              <th scope="col">Besluit commissie</th>
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
                <td>
                  {ikc.decision ? (
                    <>
                      <strong>{decisionOutcomeText(ikc.decision)}</strong>
                      <br />
                      {ikc.decision.subject}, {ikc.decision.location.name}, {dutchDay(ikc.decision.decidedOn)}
                    </>
                  ) : (
                    <span className="muted">nog geen besluit</span>
                  )}
                </td>
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
