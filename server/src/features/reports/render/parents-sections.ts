import type { BasicForm, FormInPlace, NeedItem, ReachQuestion } from '@driehoek/shared';
import { html } from 'hono/html';
import { type Html, type RenderContext, SUPPRESSED_NL } from './context';
import { fmtMean, fmtPercent } from './labels';

const criterionName = (ctx: RenderContext, id: string) => ctx.model.criteria.find((c) => c.id === id)?.name.nl ?? id;

function reachTable(ctx: RenderContext, q: ReachQuestion): Html {
  const rows = q.groups.map((g) =>
    g.suppressed
      ? html`<tr><th scope="row">${g.label}</th><td colspan="2" class="muted">${SUPPRESSED_NL(ctx.model)}</td></tr>`
      : html`<tr><th scope="row">${g.label}</th><td class="num">${g.count}</td><td class="num">${fmtPercent(g.share)}</td></tr>`,
  );
  return html`<h3>${q.title}</h3><div class="table-wrap"><table>
    <thead><tr><th>Groep</th><th class="num">Ouders</th><th class="num">Aandeel</th></tr></thead>
    <tbody>${rows}</tbody></table></div>`;
}

/** "Wie we hoorden": whose voice the parents' figures carry, so a reader knows whose voice is missing. */
export function reachSection(ctx: RenderContext): Html {
  const reach = ctx.report.reach;
  if (!reach) return html``;
  const body =
    reach.questions.length === 0
      ? html`<p class="muted">Te weinig volledig ingevulde vragenlijsten van ouders om de groepen te tonen (minder dan ${ctx.model.privacy.minGroupSize}).</p>`
      : html`${reach.sentences.length > 0 ? html`<div class="callout"><ul>${reach.sentences.map((s) => html`<li>${s}</li>`)}</ul></div>` : ''}
        ${reach.questions.map((q) => reachTable(ctx, q))}`;
  return html`<section class="major" id="wie-we-hoorden"><h2>Wie we hoorden</h2>
    <p>Welke ouders de vragenlijst volledig invulden, naar de achtergrondvragen aan het eind en de taal waarin ze invulden. De cijfers van ouders in dit rapport zijn vooral de stem van de grote groepen hieronder; waar een groep weinig voorkomt, weten we minder over hoe die ouders de samenwerking ervaren.</p>
    ${body}
    <p class="note">Een groep met minder dan ${ctx.model.privacy.minGroupSize} ouders wordt niet getoond. Zou één verborgen groep uit het totaal te berekenen zijn, dan is ook de kleinste andere groep verborgen.</p>
  </section>`;
}

function inPlaceCell(ctx: RenderContext, p: FormInPlace | null): Html {
  if (!p) return html`<td class="muted">niet gevraagd</td>`;
  if (p.suppressed) return html`<td class="muted">${SUPPRESSED_NL(ctx.model)}</td>`;
  return html`<td>${fmtPercent(p.inPlaceShare)} volledig, ${fmtPercent(p.atLeastPartlyShare)} minstens deels<br /><span class="note">n=${p.n}${p.dontKnow > 0 ? `, ${p.dontKnow} × weet ik niet` : ''}</span></td>`;
}

function formRow(ctx: RenderContext, f: BasicForm): Html {
  const parents =
    f.parents.mean === null
      ? html`<td class="muted">${f.parents.items.length === 0 ? 'geen vragen' : SUPPRESSED_NL(ctx.model)}</td>`
      : html`<td class="num">${fmtMean(f.parents.mean)}<br /><span class="note">${f.parents.items.length} vragen</span></td>`;
  return html`<tr><th scope="row">${f.name.nl}</th>${inPlaceCell(ctx, f.professionals)}${parents}</tr>`;
}

/** The four basic forms: what professionals say is in place beside what parents experience of it. */
export function basicFormsSection(ctx: RenderContext): Html {
  const forms = ctx.report.basicForms;
  if (!forms) return html``;
  const half = forms.halfAdoption;
  return html`<section class="major" id="basisvormen-praktijk"><h2>Basisvormen in de praktijk</h2>
    <p>Vier basisvormen dragen de samenwerking met ouders: het startgesprek en het communicatieplan op maat (allebei nodig), de nieuwjaarsreceptie na de zomer en maatjes (allebei een keuze). Links wat medewerkers zeggen dat er is, rechts hoe ouders het ervaren (gemiddelde op de schaal 1.0–3.0). Dat een vorm er is, zegt nog niet dat ouders hem zo beleven.</p>
    <div class="table-wrap"><table>
      <thead><tr><th>Basisvorm</th><th>Medewerkers: is het er?</th><th class="num">Ouders: beleving</th></tr></thead>
      <tbody>${forms.forms.map((f) => formRow(ctx, f))}</tbody></table></div>
    ${half.flagged ? html`<div class="callout"><h3>Let op de werkdruk</h3><p>${half.sentence}</p></div>` : half.sentence ? html`<p>${half.sentence}</p>` : ''}
  </section>`;
}

function needItem(ctx: RenderContext, item: NeedItem): Html {
  if (item.suppressed) return html`<p class="muted">${item.concept}: ${SUPPRESSED_NL(ctx.model)}.</p>`;
  const rows = [...item.options]
    .sort((a, b) => b.share - a.share)
    .map(
      (o) =>
        html`<tr><th scope="row">${o.label}</th><td class="num">${o.count}</td><td class="num">${fmtPercent(o.share)}</td><td>${o.pointsTo ? o.pointsTo.criteria.map((c) => `${c} ${criterionName(ctx, c)}`).join(', ') : '—'}</td></tr>`,
    );
  return html`<h3>${item.title}</h3>
    <p class="note">${item.n} ouders kregen deze vraag; ${item.answered} kozen iets. Meer keuzes mogelijk, dus de percentages tellen niet op tot 100%.</p>
    <div class="table-wrap"><table>
      <thead><tr><th>Keuze</th><th class="num">Ouders</th><th class="num">Aandeel</th><th>Wijst naar</th></tr></thead>
      <tbody>${rows}</tbody></table></div>`;
}

/** What parents say they need: never scored, shown as shares, and read by the plan of action. */
export function needsSection(ctx: RenderContext): Html {
  const needs = ctx.report.needs;
  if (!needs) return html``;
  const top = needs.topNeeds.filter((o) => o.count > 0);
  return html`<section class="major" id="behoeften"><h2>Wat ouders nodig hebben</h2>
    <p>De behoeftepeiling telt niet mee in de niveaus: ze zegt waar ouders zelf om vragen. In het plan van aanpak staan de acties waar ouders om vroegen bovenaan bij het criterium waar ze bij horen.</p>
    ${top.length > 0 ? html`<div class="callout good"><h3>Het vaakst gekozen</h3><ul>${top.map((o) => html`<li>${o.label}: ${fmtPercent(o.share)}</li>`)}</ul></div>` : ''}
    ${needs.items.map((i) => needItem(ctx, i))}
  </section>`;
}
