import { capitalised, ROUND_KIND_NL, tooFewSentence } from '@driehoek/shared';
import { html, raw } from 'hono/html';
import { criteriaChartSvg, PERSPECTIVE_COLOUR } from './charts';
import { type Html, type RenderContext, type ReportDocumentInput, SUPPRESSED_NL } from './context';
import { criterionSection } from './criterion-section';
import { findingsOf } from './findings';
import { itemTexts } from './item-texts';
import { researcherSummary, shownLevel, stampBand } from './judgement-sections';
import { fmtDate, fmtMean, levelHeading, PERSPECTIVE_ORDER, perspectiveTitle, roundStatusLine } from './labels';
import { basicFormsSection, needsSection, reachSection } from './parents-sections';
import {
  comparisonSection,
  mysteryGuestSection,
  openAnswersSection,
  respondentsSection,
  tagSections,
} from './sections';
import { REPORT_CSS } from './styles';

const dateTime = (at: Date): string =>
  new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }).format(at);

function cover(ctx: RenderContext): Html {
  const { round, model, report } = ctx;
  const instruments = report.instruments.map((i) => `${ctx.texts.instrumentTitle(i.key)} (v${i.version})`).join('; ');
  return html`<header class="cover">
    <div class="kicker">IKC-scan ouderbetrokkenheid</div>
    <h1>${round.location}</h1>
    <p class="muted">${round.ikc} · ${round.organisation}</p>
    <dl>
      <dt>Ronde</dt><dd>${capitalised(ROUND_KIND_NL[round.kind])}${round.name ? ` — ${round.name}` : ''}</dd>
      <dt>Periode</dt><dd>${fmtDate(round.opensOn)} tot en met ${fmtDate(round.closesOn)}</dd>
      <dt>Status</dt><dd>${ctx.stamp?.state === 'draft' ? 'concept, niet gepubliceerd' : roundStatusLine(round.status)}</dd>
      <dt>Gemaakt op</dt><dd>${dateTime(ctx.generatedAt)}</dd>
      <dt>Vragenlijsten</dt><dd>${instruments || '—'}</dd>
      <dt>Scanmodel</dt><dd>versie ${model.version}</dd>
    </dl>
  </header>`;
}

function contents(ctx: RenderContext): Html {
  const summary = ctx.judgement?.summary;
  const wrote = summary && [summary.strengths, summary.improvements, summary.advice].some((t) => t.trim());
  const entries: Array<[string, string]> = [
    ...(wrote ? ([['onderzoeker', 'Samenvatting van de onderzoeker']] as Array<[string, string]>) : []),
    ['samenvatting', 'Samenvatting: de tien criteria'],
    ['bevindingen', 'Sterke punten en verbeterpunten'],
    ...ctx.model.criteria.map((c): [string, string] => [c.id.toLowerCase(), `${c.id} ${c.name.nl}`]),
    ['thema', 'Kernwaarden, basisvormen en competenties'],
    ...(ctx.report.basicForms
      ? ([['basisvormen-praktijk', 'Basisvormen in de praktijk']] as Array<[string, string]>)
      : []),
    ...(ctx.report.needs ? ([['behoeften', 'Wat ouders nodig hebben']] as Array<[string, string]>) : []),
    ['mystery-guest', 'Mystery guest'],
    ['citaten', 'Wat respondenten zelf schreven'],
    ['respons', 'Respons en betrouwbaarheid'],
    ...(ctx.report.reach ? ([['wie-we-hoorden', 'Wie we hoorden']] as Array<[string, string]>) : []),
  ];
  if (ctx.comparison) entries.push(['vergelijking', 'Vergelijking met de vorige ronde']);
  entries.push(['leeswijzer', 'Zo leest u dit rapport']);
  return html`<nav class="toc" aria-label="Inhoud"><h2>Inhoud</h2><ol>${entries.map(([id, title]) => html`<li><a href="#${id}">${title}</a></li>`)}</ol></nav>`;
}

function summary(ctx: RenderContext): Html {
  const { report, model } = ctx;
  const perspectives = PERSPECTIVE_ORDER.filter((p) => report.criteria.some((c) => c.perspective === p));
  const rows = model.criteria.map((c) => {
    const shown = shownLevel(ctx, c.id);
    const level =
      shown.level === null
        ? html`<span class="level level-none">geen</span>`
        : html`<span class="level level-${shown.level}">${shown.level.toFixed(1)}</span>${shown.adjusted ? html`<br /><span class="note">vastgesteld door de onderzoeker</span>` : ''}`;
    const cells = perspectives.map((p) => {
      const cell = report.criteria.find((x) => x.criterion === c.id && x.perspective === p);
      if (!cell) return html`<td class="muted">—</td>`;
      if (cell.suppressed) return html`<td class="muted">verborgen</td>`;
      return html`<td class="num">${fmtMean(cell.mean)}<br /><span class="note">${cell.label}</span></td>`;
    });
    const gap = report.gaps.find((g) => g.criterion === c.id);
    return html`<tr><th scope="row"><a href="#${c.id.toLowerCase()}">${c.id} ${c.name.nl}</a>${gap?.available && gap.flagged ? html`<br /><span class="flag">⚑ groot verschil medewerkers–ouders</span>` : ''}</th><td>${level}</td>${cells}</tr>`;
  });
  const hidden = perspectives.filter((p) => report.criteria.some((c) => c.perspective === p && c.suppressed));
  const counts = ([1, 2, 3] as const).map(
    (l) => model.criteria.filter((c) => shownLevel(ctx, c.id).level === l).length,
  );
  return html`<section class="major" id="samenvatting"><h2>Samenvatting: de tien criteria</h2>
    <p>Per criterium het niveau van de samenwerking tussen thuis en IKC, en wat elk perspectief ervan vindt. ${counts[2]} ${counts[2] === 1 ? 'criterium staat' : 'criteria staan'} op 3.0, ${counts[1]} op 2.0 en ${counts[0]} op 1.0.</p>
    <ul class="note">${([1, 2, 3] as const).map((l) => html`<li><strong>${levelHeading(model, l)}</strong>: ${model.scale.levels[l].nl.split(':').slice(1).join(':').trim()}</li>`)}</ul>
    <figure class="chart" aria-label="Gemiddelde per criterium en perspectief">${raw(criteriaChartSvg(report, model))}
      <figcaption class="note">Gemiddelde per criterium, per perspectief (schaal 1.0–3.0). Stippellijnen: de grenzen tussen de niveaus (${model.bands.edges.map(fmtMean).join(' en ')}).${hidden.length > 0 ? ` Geen staaf voor ${hidden.map((p) => perspectiveTitle(p).toLowerCase()).join(' en ')} waar die groep te klein is.` : ''}</figcaption>
    </figure>
    <div class="table-wrap"><table>
      <thead><tr><th>Criterium</th><th>Niveau</th>${perspectives.map((p) => html`<th class="num"><i class="swatch" style="background:${PERSPECTIVE_COLOUR[p]}"></i>${perspectiveTitle(p)}</th>`)}</tr></thead>
      <tbody>${rows}</tbody></table></div>
    ${hidden.length > 0 ? html`<p class="note">“Verborgen”: ${SUPPRESSED_NL(model)}.</p>` : ''}
  </section>`;
}

function findings(ctx: RenderContext): Html {
  const { strengths, improvements } = findingsOf(ctx.report, ctx.model, ctx.texts.instrumentTitle);
  const list = (items: typeof strengths, empty: string) =>
    items.length === 0
      ? html`<p class="muted">${empty}</p>`
      : html`<ul class="findings">${items.map((f) => html`<li>${f.text}</li>`)}</ul>`;
  return html`<section class="major" id="bevindingen"><h2>Sterke punten en verbeterpunten</h2>
    <div class="grid2">
      <div class="callout good"><h3>Sterke punten</h3>${list(strengths, 'Nog geen criterium of perspectief op niveau 3.0.')}</div>
      <div class="callout"><h3>Verbeterpunten</h3>${list(improvements, 'Geen criteria op 1.0, geen grote verschillen en geen gemiste normen.')}</div>
    </div>
    <p class="note">Sterk: een criterium op 3.0, ouders die al samenwerking ervaren (${fmtMean(ctx.model.level3.evidenceAtLeast)} of hoger) of een bezoek van de mystery guest op 3.0. Verbeterpunt: een criterium op 1.0, een groot verschil tussen medewerkers en ouders, een 3.0 zonder bewijs van ouders of mystery guest, veel “weet ik niet”, of een gemiste norm.</p>
  </section>`;
}

function guide(ctx: RenderContext): Html {
  const { model } = ctx;
  return html`<section class="major" id="leeswijzer"><h2>Zo leest u dit rapport</h2>
    <p>Ouderbetrokkenheid is iets anders dan ouderparticipatie: het gaat erom dat ouders zich medeverantwoordelijk voelen voor de ontwikkeling van hun kind en daarnaar handelen, thuis en samen met het IKC. De vragen gaan daarom over gedrag (“de leerkracht vroeg wat ik over mijn kind weet”), niet over tevredenheid.</p>
    <p>Elk antwoord krijgt een plek op één schaal van 1.0 tot 3.0. Per criterium en perspectief is het gemiddelde het gemiddelde van de respondenten, met een ${Math.round(model.interval.confidence * 100)}%-interval. Onder ${fmtMean(model.bands.edges[0])} is niveau 1.0, onder ${fmtMean(model.bands.edges[1])} niveau 2.0, daarboven 3.0. Valt het interval over een grens, dan staat er bijvoorbeeld “2.0, mogelijk 3.0”. “Weet ik niet” telt niet mee in het gemiddelde; het aandeel staat erbij.</p>
    <p>De perspectieven blijven naast elkaar staan: ouders, medewerkers, kinderen en de mystery guest zien elk iets anders, en juist de verschillen zeggen iets. Het niveau van een criterium is een gewogen gemiddelde (ouders ${Math.round(model.weights.byPerspective.parents * 100)}%, mystery guest ${Math.round(model.weights.byPerspective['mystery-guest'] * 100)}%, medewerkers ${Math.round(model.weights.byPerspective.professionals * 100)}%, kinderen ${Math.round(model.weights.byPerspective.children * 100)}%; een perspectief zonder cijfers valt weg). Voor 3.0 is meer nodig dan zelfbeoordeling: ouders of de mystery guest moeten op 3.0 uitkomen en het verschil tussen medewerkers en ouders moet kleiner zijn dan ${fmtMean(model.level3.maxGap)}; anders blijft het niveau ${model.level3.otherwiseCapAt.toFixed(1)}.</p>
    <p>Privacy: een groep met minder dan ${model.privacy.minGroupSize} respondenten krijgt geen eigen cijfers, en open antwoorden verschijnen pas vanaf ${model.privacy.minOpenAnswers} respondenten en na controle door de onderzoeker.</p>
  </section>`;
}

/**
 * A round below the minimum group size (issue 19): one plain sentence with the counts that may be shown, instead of
 * pages of "verborgen"; the researcher's summary stays, if they wrote one.
 */
function tooFewSection(ctx: RenderContext, sentence: string): Html {
  return html`<section class="major" id="te-weinig"><h2>Te weinig antwoorden</h2>
    <p>${sentence}</p>
    <p class="note">Een groep krijgt pas eigen cijfers vanaf ${ctx.model.privacy.minGroupSize} respondenten. Meer antwoorden in een volgende ronde geven wel een rapport.</p>
  </section>
  ${researcherSummary(ctx)}`;
}

/** The whole report of one round as one HTML document: the screen, print and the PDF all use it. No scripts. */
export async function renderReportHtml(input: ReportDocumentInput): Promise<string> {
  const ctx: RenderContext = { ...input, texts: itemTexts(input.instruments) };
  const { round } = ctx;
  const small = tooFewSentence(ctx.report, ctx.model.privacy.minGroupSize);
  const doc = html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>IKC-scan — ${round.location} — ${capitalised(ROUND_KIND_NL[round.kind])} ${fmtDate(round.opensOn)}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<main>
${stampBand(ctx)}
${cover(ctx)}
${small ? tooFewSection(ctx, small) : fullReport(ctx)}
<footer class="generated">Gemaakt met Driehoek op ${dateTime(ctx.generatedAt)}. Scanmodel versie ${ctx.model.version}.</footer>
</main>
</body>
</html>`;
  return (await doc).toString();
}

/** Every section of a report with figures. */
function fullReport(ctx: RenderContext): Html {
  return html`${contents(ctx)}
${researcherSummary(ctx)}
${summary(ctx)}
${findings(ctx)}
${ctx.model.criteria.map((c) => criterionSection(ctx, c))}
${tagSections(ctx)}
${basicFormsSection(ctx)}
${needsSection(ctx)}
${mysteryGuestSection(ctx)}
${openAnswersSection(ctx)}
${respondentsSection(ctx)}
${reachSection(ctx)}
${comparisonSection(ctx)}
${guide(ctx)}`;
}
