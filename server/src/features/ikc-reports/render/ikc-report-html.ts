import {
  capitalised,
  type IkcCriterionCell,
  type IkcReport,
  type IkcSplitPerspective,
  type Level,
  ROUND_KIND_NL,
  type ScanModel,
  SECTOR_NL,
  withoutSentence,
} from '@driehoek/shared';
import { html, raw } from 'hono/html';
import type { Html } from '../../reports/render/context';
import { fmtDate, fmtMean, PERSPECTIVE_ORDER, perspectiveTitle } from '../../reports/render/labels';
import { REPORT_CSS } from '../../reports/render/styles';

/** Whether the document is the researcher's draft or a publication, and which. */
export type IkcStamp =
  | { state: 'draft'; published: { version: number; publishedAt: string; unchanged: boolean } | null; todo: string[] }
  | { state: 'published'; version: number; publishedAt: string; publishedBy: string | null };

export type IkcDocumentInput = {
  report: IkcReport;
  model: ScanModel | null;
  stamp: IkcStamp;
  generatedAt: Date;
  /** Included locations whose raw answers the retention period removed. */
  rawDataGone?: Array<{ location: string; deletedOn: string }>;
};

const dateTime = (at: Date): string =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }).format(at);
const minute = (at: string) => `${fmtDate(at.slice(0, 10))} om ${at.slice(11, 16)}`;

const level = (l: Level | null) =>
  l === null
    ? html`<span class="level level-none">geen</span>`
    : html`<span class="level level-${l}">${l.toFixed(1)}</span>`;

function band(stamp: IkcStamp): Html {
  if (stamp.state === 'published')
    return html`<div class="stamp stamp--published" role="note">Gepubliceerd op ${minute(stamp.publishedAt)}${stamp.publishedBy ? ` door ${stamp.publishedBy}` : ''} (versie ${stamp.version}).</div>`;
  const since = stamp.published
    ? html`<p>${stamp.published.unchanged ? 'Gelijk aan' : 'Gewijzigd sinds'} publicatie ${stamp.published.version} (${minute(stamp.published.publishedAt)}).</p>`
    : html`<p>Het IKC-team en de gemeente zien dit rapport pas na publicatie.</p>`;
  const todo = stamp.todo.length > 0 ? html`<ul>${stamp.todo.map((t) => html`<li>${t}</li>`)}</ul>` : '';
  return html`<div class="stamp stamp--draft" role="note"><strong>Concept — niet gepubliceerd</strong>${since}${todo}</div>`;
}

function cover(r: IkcReport, at: Date): Html {
  return html`<header class="cover">
    <div class="kicker">IKC-scan ouderbetrokkenheid — het hele IKC</div>
    <h1>${r.ikc.name}</h1>
    <p class="muted">${r.ikc.organisation}</p>
    <dl>
      <dt>Locaties</dt><dd>${r.locations.length === 0 ? 'geen' : r.locations.map((l, i) => html`${i > 0 ? '; ' : ''}${l.location} (${ROUND_KIND_NL[l.round.kind]} ${fmtDate(l.round.opensOn)}, rapport versie ${l.publication.version})`)}</dd>
      ${r.notIncluded.length > 0 ? html`<dt>Niet meegenomen</dt><dd>${r.notIncluded.map((l, i) => html`${i > 0 ? '; ' : ''}${l.location}: ${l.reason}`)}</dd>` : ''}
      <dt>Scanmodel</dt><dd>${r.modelVersion === null ? '—' : `versie ${r.modelVersion}`}</dd>
      <dt>Gemaakt op</dt><dd>${dateTime(at)}</dd>
    </dl>
  </header>`;
}

/** The table an IKC director wants: the IKC's level per criterion beside each location's published one. */
function levels(r: IkcReport, model: ScanModel): Html {
  const rows = model.criteria.map((c) => {
    const o = r.overall.find((x) => x.criterion === c.id);
    const cells = r.locations.map((l) => {
      const e = l.levels.find((x) => x.criterion === c.id);
      if (!e) return html`<td class="muted">—</td>`;
      return html`<td>${level(e.level)}${e.adjusted ? html`<br /><span class="note">vastgesteld door de onderzoeker (berekend ${e.computed === null ? 'geen' : e.computed.toFixed(1)})</span>` : ''}</td>`;
    });
    return html`<tr><th scope="row">${c.id} ${c.name.nl}</th><td>${level(o?.level ?? null)}</td>${cells}</tr>`;
  });
  return html`<section class="major" id="niveaus"><h2>Niveaus: het IKC en zijn locaties</h2>
    <p>Het niveau van het IKC volgt uit de samengenomen cijfers van de locaties, met dezelfde regels als een locatierapport. Daarnaast het gepubliceerde niveau van elke locatie.</p>
    <div class="table-wrap"><table>
      <thead><tr><th>Criterium</th><th>IKC</th>${r.locations.map((l) => html`<th>${l.location}</th>`)}</tr></thead>
      <tbody>${rows}</tbody></table></div>
    <p class="note">“Vastgesteld door de onderzoeker”: in het locatierapport staat een ander niveau dan berekend, met de reden. Het IKC-niveau wordt altijd berekend.</p>
  </section>`;
}

function figure(cell: IkcCriterionCell | undefined): Html {
  if (!cell) return html`<td class="muted">—</td>`;
  const without = withoutSentence(cell);
  if (cell.suppressed)
    return html`<td class="muted">verborgen${without ? html`<br /><span class="note">${without}</span>` : ''}</td>`;
  return html`<td class="num">${fmtMean(cell.mean)} (n=${cell.n})<br /><span class="note">${cell.label}</span>${without ? html`<br /><span class="note">${without}</span>` : ''}</td>`;
}

function perspectives(r: IkcReport, model: ScanModel): Html {
  const present = PERSPECTIVE_ORDER.filter((p) => r.criteria.some((c) => c.perspective === p));
  const rows = model.criteria.map((c) => {
    const o = r.overall.find((x) => x.criterion === c.id);
    return html`<tr><th scope="row">${c.id} ${c.name.nl}${o ? html`<br /><span class="note">${o.explanation.sentence}</span>` : ''}</th>${present.map((p) => figure(r.criteria.find((x) => x.criterion === c.id && x.perspective === p)))}</tr>`;
  });
  return html`<section class="major" id="perspectieven"><h2>Per perspectief, over het IKC</h2>
    <p>Gemiddelde op de schaal 1.0–3.0, het aantal respondenten (bij de mystery guest: bezoeken) en het niveau. Alleen de cijfers die in de locatierapporten staan, tellen mee (${r.locations.map((l) => l.location).join(', ')}); een locatie waar een groep te klein was, staat erbij genoemd.</p>
    <div class="table-wrap"><table>
      <thead><tr><th>Criterium</th>${present.map((p) => html`<th class="num">${perspectiveTitle(p)}</th>`)}</tr></thead>
      <tbody>${rows}</tbody></table></div>
  </section>`;
}

function respondents(r: IkcReport, model: ScanModel): Html {
  const rows = r.respondents.byPerspective.map(
    (c) =>
      html`<tr><th scope="row">${perspectiveTitle(c.perspective)}</th>${c.suppressed ? html`<td class="muted" colspan="2">te weinig om te tonen (minder dan ${model.privacy.minGroupSize} op een locatie)</td>` : html`<td class="num">${c.complete}</td><td class="num">${c.rate === null ? '—' : `${Math.round(c.rate * 100)}%`}</td>`}</tr>`,
  );
  return html`<section id="respons"><h2>Respons over het IKC</h2>
    <div class="table-wrap"><table><thead><tr><th>Doelgroep</th><th class="num">Volledig ingevuld</th><th class="num">Respons</th></tr></thead>
    <tbody>${rows}</tbody></table></div>
    <p class="note">Verborgen zodra één locatie het aantal van die groep niet toont: anders volgde het uit de som.</p>
  </section>`;
}

function splitPerspective(part: IkcSplitPerspective, model: ScanModel): Html {
  if (!part.shown) return html`<h4>${perspectiveTitle(part.perspective)}</h4><p class="muted">${part.reason}</p>`;
  const groups = part.counts.map((g) => g.sector);
  const rows = part.criteria.map((c) => {
    const name = model.criteria.find((m) => m.id === c.criterion)?.name.nl ?? '';
    if (!c.shown)
      return html`<tr><th scope="row">${c.criterion} ${name}</th><td class="muted" colspan="${groups.length}">te weinig antwoorden per groep</td></tr>`;
    return html`<tr><th scope="row">${c.criterion} ${name}</th>${c.groups.map((g) => (g.suppressed ? html`<td class="muted">—</td>` : html`<td class="num">${fmtMean(g.mean)} (n=${g.n})<br /><span class="note">${g.label}</span></td>`))}</tr>`;
  });
  return html`<h4>${perspectiveTitle(part.perspective)}</h4>
    <div class="table-wrap"><table>
      <thead><tr><th>Criterium</th>${part.counts.map((g) => html`<th class="num">${capitalised(SECTOR_NL[g.sector])}<br /><span class="note">${g.suppressed ? 'aantal verborgen' : `${g.count} respondenten`}</span></th>`)}</tr></thead>
      <tbody>${rows}</tbody></table></div>`;
}

function splits(r: IkcReport, model: ScanModel): Html | '' {
  if (r.splits.length === 0) return '';
  return html`<section class="major" id="onderwijs-opvang"><h2>Onderwijs en kinderopvang apart</h2>
    <p>Op locaties met onderwijs én kinderopvang: de antwoorden van ouders en medewerkers naar het deel van het IKC dat zij zelf opgaven, uit precies de antwoorden die het gepubliceerde locatierapport telde.</p>
    ${r.splits.map((s) => html`<h3>${s.location}</h3>${s.reason ? html`<p class="muted">${s.reason}</p>` : ''}${s.perspectives.map((p) => splitPerspective(p, model))}`)}
    <p class="note">Een groep met minder dan ${model.privacy.minGroupSize} respondenten krijgt geen cijfers, en wie de vraag niet beantwoordde ook niet. Omdat het totaal van de locatie gepubliceerd is, wordt dan ook de volgende kleinste groep verborgen: anders volgde de verborgen groep uit het verschil.</p>
  </section>`;
}

function goneNote(gone: IkcDocumentInput['rawDataGone']): Html | '' {
  if (!gone || gone.length === 0) return '';
  return html`<h3>Ruwe gegevens verwijderd</h3><ul>${gone.map(
    (g) =>
      html`<li>${g.location}: de ruwe antwoorden zijn op ${fmtDate(g.deletedOn)} verwijderd (bewaartermijn). De cijfers in dit rapport blijven; ze kunnen niet meer opnieuw worden berekend.</li>`,
  )}</ul>`;
}

function guide(r: IkcReport, model: ScanModel | null, gone: IkcDocumentInput['rawDataGone']): Html {
  return html`<section class="major" id="leeswijzer"><h2>Zo leest u dit rapport</h2>
    <p>Dit rapport neemt de gepubliceerde rapporten van de locaties samen: per criterium en perspectief tellen de respondenten van alle locaties waar die groep groot genoeg was. Het gemiddelde is gewogen naar het aantal respondenten; de spreiding en het interval zijn uit de cijfers van de locaties berekend. Het aandeel “weet ik niet” is een benadering (gewogen naar respondenten, niet naar antwoorden).</p>
    <p>Er staat niets in dat niet al in de locatierapporten staat: wie ze naast elkaar legt, leert niets nieuws over een respondent.${model ? ` Een groep van minder dan ${model.privacy.minGroupSize} respondenten krijgt nergens eigen cijfers.` : ''}</p>
    ${r.notes.length > 0 ? html`<h3>Weggelaten in deze versie</h3><ul>${r.notes.map((n) => html`<li>${n}</li>`)}</ul>` : ''}
    ${goneNote(gone)}
  </section>`;
}

/** The IKC report as one HTML document for screen, print and PDF. No scripts. */
export async function renderIkcReportHtml(input: IkcDocumentInput): Promise<string> {
  const { report, model } = input;
  const doc = html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>IKC-scan — ${report.ikc.name} — het hele IKC</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<main>
${band(input.stamp)}
${cover(report, input.generatedAt)}
${model && report.locations.length > 0 ? html`${levels(report, model)}${perspectives(report, model)}${respondents(report, model)}${splits(report, model)}` : html`<p>Nog geen enkele locatie van dit IKC heeft een gepubliceerd rapport.</p>`}
${guide(report, model, input.rawDataGone)}
<footer class="generated">Gemaakt met Driehoek op ${dateTime(input.generatedAt)}.${report.modelVersion ? ` Scanmodel versie ${report.modelVersion}.` : ''}</footer>
</main>
</body>
</html>`;
  return (await doc).toString();
}

/** What the IKC team and the municipality see before publication: that it is not published, nothing else. */
export async function renderIkcUnpublishedHtml(ikc: IkcReport['ikc'], at: Date): Promise<string> {
  const doc = html`<!doctype html>
<html lang="nl"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>IKC-scan — ${ikc.name} — nog niet gepubliceerd</title><style>${raw(REPORT_CSS)}</style></head>
<body><main>
<header class="cover"><div class="kicker">IKC-scan ouderbetrokkenheid — het hele IKC</div><h1>${ikc.name}</h1><p class="muted">${ikc.organisation}</p></header>
<div class="stamp stamp--draft" role="note"><strong>Het IKC-rapport is nog niet gepubliceerd.</strong>
<p>De onderzoeker publiceert het rapport van het hele IKC nadat de rapporten van de locaties zijn gepubliceerd.</p></div>
<footer class="generated">Gemaakt met Driehoek op ${dateTime(at)}.</footer>
</main></body></html>`;
  return (await doc).toString();
}
