import type { Plan, PlanGoal } from '@driehoek/shared';
import { ACTION_STATUS_NL, dutchDay, levelCssVariables, ROUND_KIND_NL } from '@driehoek/shared';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import {
  actionCounts,
  currentDecisionText,
  DECISION_COLUMNS,
  dateText,
  decisionRows,
  goalHeading,
  INTRO,
  knosterRows,
  SCALE_NOTE,
  statusText,
  tenMinuteText,
  whyText,
} from './plan-text';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

// hono's html escapes every interpolated value; only `raw` (the fixed stylesheet) goes in as it is.
const level = (label: string, value: number | null) =>
  html`<span class="level level-${value ?? 'none'}">${label}</span>`;

const CSS = `
:root { --ink: #1d2430; --muted: #5b6473; --line: #d9dde3; --soft: #f3f5f8; --accent: #1f6f8b; --warn: #b3541e;
  ${levelCssVariables()} }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .3rem; }
h2 { font-size: 1.3rem; margin: 1.8rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; break-after: avoid; }
p { margin: .35rem 0; }
.kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--accent); font-weight: 600; }
.muted, .note { color: var(--muted); } .note { font-size: .85rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 1rem 0; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; margin: .4rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .4rem; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
.level { display: inline-block; padding: 0 .45rem; border-radius: .3rem; font-weight: 600; white-space: nowrap;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.level-1 { background: var(--l1); } .level-2 { background: var(--l2); } .level-3 { background: var(--l3); }
.level-none { background: var(--soft); color: var(--muted); }
.callout { border-left: 5px solid var(--warn); background: #fdf3ec; padding: .45rem .7rem; margin: .5rem 0;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.why { border-left: 5px solid var(--accent); background: #f1f6f9; padding: .45rem .7rem; margin: .5rem 0;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.missing { color: var(--warn); font-weight: 600; }
.overdue { color: var(--warn); font-weight: 600; }
section.goal { break-inside: auto; }
section.goal h2 { break-after: avoid; }
tr { break-inside: avoid; }
@media print { main { padding: 0; max-width: none; } h2 { break-after: avoid; } }
`;

function goalSection(plan: Plan, g: PlanGoal): Html {
  const f = g.findings;
  const overdue = new Set(plan.overdue.map((o) => o.actionId));
  const actions = g.actions.length
    ? html`<table><thead><tr><th scope="col">Actie</th><th scope="col">Waarom het helpt</th><th scope="col">Eigenaar</th><th scope="col">Start</th><th scope="col">Gereed</th><th scope="col">Status</th></tr></thead><tbody>${g.actions.map(
        (a) =>
          html`<tr><td>${a.title}</td><td>${whyText(a)}</td><td>${a.owner || '—'}</td><td>${dateText(a.startsOn)}</td><td>${dateText(a.dueOn)}</td><td>${statusText(a)}${overdue.has(a.id) ? html` <span class="overdue">(te laat)</span>` : ''}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="muted">Nog geen acties.</p>`;
  const knoster = knosterRows(g).map(
    (r) =>
      html`<tr><th scope="row">${r.label}</th><td>${r.text ?? ''}${r.missing ? html`<div class="missing">${r.missing}</div>` : ''}</td></tr>`,
  );
  const progress = g.progress ? html`<h3>Voortgang in de vervolgmeting</h3><p>${g.progress.sentence}</p>` : '';
  return html`<section class="goal">
  <h2>${goalHeading(g)}</h2>
  <div class="why"><h3>Waarom dit nodig is: wat de scan liet zien</h3>
    <p>Huidig niveau ${level(f.label, f.level)} — ambitie ${level(`${g.ambition}.0`, g.ambition)}</p>
    <p>${f.sentence}</p>
    ${f.gap ? html`<p>${f.gapFlagged ? html`<strong>Groot verschil in beleving:</strong> ` : ''}${f.gap}.</p>` : ''}
  </div>
  <h3>Doel</h3>
  <p>${g.goal.trim() ? g.goal : html`<span class="muted">Nog geen doel geschreven.</span>`}</p>
  <h3>Acties (${actionCounts(g)})</h3>
  ${actions}
  <h3>Voorwaarden voor verandering (Knoster)</h3>
  <table>${knoster}</table>
  ${progress}
</section>`;
}

/** The plan of action as one self-contained HTML document for screen, print and PDF: no scripts, no external URLs. */
export async function renderPlanHtml(plan: Plan, options: { generatedOn: string }): Promise<string> {
  const summary = plan.goals.map(
    (g) =>
      html`<tr><td>${`${g.criterion} ${g.findings.name}`}</td><td>${level(g.findings.label, g.findings.level)}</td><td>${level(`${g.ambition}.0`, g.ambition)}</td><td>${actionCounts(g)}</td></tr>`,
  );
  const warnings = plan.warnings.map(
    (w) =>
      html`<div class="callout" role="note"><strong>${w.message}</strong>${w.evidence.map((e) => html`<p>${e}</p>`)}</div>`,
  );
  const overdue = plan.overdue.length
    ? html`<h2>Acties over de datum</h2><ul>${plan.overdue.map(
        (o) =>
          html`<li>${o.title} — ${o.owner || 'geen eigenaar'}, gereed ${dutchDay(o.dueOn)} (${o.daysLate} dagen te laat)</li>`,
      )}</ul>`
    : '';
  const history = plan.updates.length
    ? html`<h2>Verloop</h2><table><thead><tr><th scope="col">Wanneer</th><th scope="col">Actie</th><th scope="col">Wijziging</th><th scope="col">Notitie</th><th scope="col">Door</th></tr></thead><tbody>${plan.updates
        .slice(0, 40)
        .map(
          (u) =>
            html`<tr><td>${dutchDay(u.at.slice(0, 10))}</td><td>${u.actionTitle}</td><td>${u.fromStatus ? `${ACTION_STATUS_NL[u.fromStatus]} → ${ACTION_STATUS_NL[u.toStatus]}` : `toegevoegd (${ACTION_STATUS_NL[u.toStatus]})`}</td><td>${u.note ?? ''}</td><td>${u.by ?? ''}</td></tr>`,
        )}</tbody></table>`
    : '';
  const decisions = plan.committee.decisions.length
    ? html`<h2>Besluiten van de IKC-commissie</h2><table><thead><tr>${DECISION_COLUMNS.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead><tbody>${decisionRows(
        plan,
      ).map(
        (d) =>
          html`<tr><td>${d.decidedOn}</td><td>${d.subject}</td><td>${d.outcome}</td><td>${d.reason}</td><td>${d.by}</td><td>${d.state}</td></tr>`,
      )}</tbody></table>`
    : '';
  const page = html`<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${plan.title}</title><style>${raw(CSS)}</style></head>
<body><main>
<header>
  <div class="kicker">Plan van aanpak ouderbetrokkenheid</div>
  <h1>${plan.title}</h1>
  <p class="muted">${plan.location.name} · ${plan.ikc.name} · ${plan.organisation.name}</p>
  <dl class="meta">
    <dt>Gebaseerd op</dt><dd>${ROUND_KIND_NL[plan.round.kind]}${plan.round.name ? ` ${plan.round.name}` : ''}, ${dutchDay(plan.round.opensOn)} tot en met ${dutchDay(plan.round.closesOn)}</dd>
    ${plan.followUp ? html`<dt>Vervolgmeting</dt><dd>${dutchDay(plan.followUp.opensOn)} tot en met ${dutchDay(plan.followUp.closesOn)}</dd>` : ''}
    <dt>Tienminutengesprekken blijven</dt><dd>${tenMinuteText(plan)}</dd>
    <dt>Besluit IKC-commissie</dt><dd>${currentDecisionText(plan)}</dd>
    <dt>Gemaakt op</dt><dd>${dutchDay(options.generatedOn)}</dd>
  </dl>
  <p>${INTRO}</p>
</header>
<h2>Overzicht</h2>
${plan.goals.length ? html`<table><thead><tr><th scope="col">Criterium</th><th scope="col">Nu</th><th scope="col">Ambitie</th><th scope="col">Acties</th></tr></thead><tbody>${summary}</tbody></table>` : html`<p class="muted">Het plan heeft nog geen doelen.</p>`}
${warnings}
${plan.goals.map((g) => goalSection(plan, g))}
${overdue}
${decisions}
${history}
<p class="note">${SCALE_NOTE}</p>
</main></body></html>`;
  return (await page).toString();
}
