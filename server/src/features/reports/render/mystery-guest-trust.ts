import type { FactResult, Kappa, MysteryGuestResults, ScenarioFinding, VisitResult } from '@driehoek/shared';
import { html } from 'hono/html';
import type { Html, RenderContext } from './context';
import { fmtPercent } from './labels';

/**
 * What makes the mystery guest's part of the report trustworthy (issue 16): agreement between raters who coded one
 * visit, equal treatment across scenarios, what the guest could not observe, and the measured facts against their
 * norms in the model's own units (working days, not hours).
 */

const decimal = (x: number, digits = 2) => x.toFixed(digits).replace('.', ',');

/** "2 werkdagen", "1 werkdag", "45 seconden". */
const plural = (n: number, one: string, many: string) =>
  `${Number.isInteger(n) ? n : decimal(n, 1)} ${n === 1 ? one : many}`;

/** "13 oktober 2026, 16:00" from a `datetime-local` value. */
function fmtDateTimeLocal(at: string): string {
  const [date = '', time = ''] = at.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const months = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  if (!y || !m || !d) return at;
  return `${d} ${months[m - 1] ?? ''} ${y}${time ? `, ${time.slice(0, 5)}` : ''}`;
}

const UNIT_NL: Record<string, [string, string]> = {
  seconds: ['seconde', 'seconden'],
  minutes: ['minuut', 'minuten'],
  hours: ['uur', 'uur'],
  days: ['dag', 'dagen'],
};

/**
 * A measured fact as the report writes it: a date-time as a date and time, the email reply in working days (or "geen
 * persoonlijk antwoord"), other numbers with their unit.
 */
export function guestFactValue(f: FactResult): string {
  if (f.norm?.key === 'emailReplyWorkingDays') {
    if (f.value !== null) return plural(f.value, 'werkdag', 'werkdagen');
    return f.norm.met === false ? 'geen persoonlijk antwoord' : 'niet te meten';
  }
  if (f.at !== undefined && f.value === null) return f.at ? fmtDateTimeLocal(f.at) : 'niet ingevuld';
  if (f.value === null) return 'niet gemeten';
  if (f.unit === 'count') return `${f.value}×`;
  if (f.unit === 'percent') return `${f.value}%`;
  const unit = f.unit ? UNIT_NL[f.unit] : undefined;
  return unit ? plural(f.value, unit[0], unit[1]) : String(f.value);
}

function kappaCell(k: Kappa, kappaMin: number): Html {
  if (k.kappa === null)
    return k.ticks === 0
      ? html`<span class="muted">geen waarnemingen om te vergelijken</span>`
      : html`niet te berekenen: beide observanten gaven overal hetzelfde antwoord`;
  const verdict = k.meetsMinimum
    ? html`voldoet (minimaal ${decimal(kappaMin)})`
    : html`<strong class="flag">⚑ onder het minimum van ${decimal(kappaMin)}</strong>`;
  return html`κ = ${decimal(k.kappa)} — ${verdict}`;
}

function agreementBlock(ctx: RenderContext, mg: MysteryGuestResults): Html {
  const agreement = mg.agreement;
  const intro = html`<p>Twee observanten kunnen hetzelfde contact los van elkaar coderen, met dezelfde bezoekcode. Zo'n bezoek telt één keer; Cohen's kappa zegt hoe goed ze het eens waren, gecorrigeerd voor toeval (de methode vraagt minstens ${decimal(ctx.model.reliability.kappaMin)}). Waar ze verschillen, beslist de onderzoeker welke codering telt.</p>`;
  if (!agreement)
    return html`<h3 id="mystery-guest-agreement">Overeenstemming tussen observanten</h3>${intro}
      <p class="muted">In deze ronde is geen bezoek door twee observanten gecodeerd: de overeenstemming is niet bekend.</p>`;
  const rows = agreement.byForm.map(
    (f) => html`<tr><td>${ctx.texts.instrumentTitle(f.instrumentKey)}</td>
      <td class="num">${agreement.pairs.filter((p) => p.instrumentKey === f.instrumentKey).length}</td>
      <td class="num">${f.ticks}</td>
      <td class="num">${f.observedAgreement === null ? '—' : fmtPercent(f.observedAgreement)}</td>
      <td>${kappaCell(f, agreement.kappaMin)}</td></tr>`,
  );
  const pooled = agreement.pooled;
  const open = agreement.pairs.filter((p) => p.disagreements.length > 0 && !p.settled);
  const settled = agreement.pairs.filter((p) => p.settled).length;
  return html`<h3 id="mystery-guest-agreement">Overeenstemming tussen observanten</h3>${intro}
    <div class="table-wrap"><table>
      <thead><tr><th>Contactpunt</th><th class="num">Dubbel gecodeerd</th><th class="num">Vergeleken waarnemingen</th><th class="num">Zelfde antwoord</th><th>Kappa</th></tr></thead>
      <tbody>${rows}
        <tr><th scope="row">Hele ronde</th><td class="num">${agreement.pairs.length}</td><td class="num">${pooled.ticks}</td>
          <td class="num">${pooled.observedAgreement === null ? '—' : fmtPercent(pooled.observedAgreement)}</td>
          <td>${kappaCell(pooled, agreement.kappaMin)}</td></tr>
      </tbody></table></div>
    <p class="note">“Niet waargenomen” telt niet mee in de kappa: het is ontbrekende informatie, geen antwoord.${settled > 0 ? ` De onderzoeker heeft ${settled === 1 ? 'één bezoek' : `${settled} bezoeken`} beslist; die beslissing telt in de cijfers.` : ''}</p>
    ${
      open.length > 0
        ? html`<p class="callout">${open.length === 1 ? 'Bij één dubbel gecodeerd bezoek' : `Bij ${open.length} dubbel gecodeerde bezoeken`} zijn de verschillen nog niet beslist. Tot dan telt per waarneming het laagste antwoord dat een observant gaf.</p>`
        : ''
    }`;
}

const SCENARIO_NL: Record<string, string> = {
  standard: 'standaard',
  'little-dutch': 'ouder met weinig Nederlands',
  'child-support': 'kind dat extra ondersteuning nodig heeft',
};

function scenarioCounts(visits: ReadonlyArray<VisitResult>): string {
  const counts = new Map<string, number>();
  for (const v of visits) {
    const key = v.scenario ?? 'onbekend';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([s, n]) => `${SCENARIO_NL[s] ?? 'scenario niet vastgelegd'} ${n}`).join(', ');
}

function scenarioBlock(ctx: RenderContext, mg: MysteryGuestResults): Html {
  const findings: ScenarioFinding[] = mg.scenarios ?? [];
  const intro = html`<p>Per contactpunt staat het standaardscenario naast een ouder met weinig Nederlands en een kind dat extra ondersteuning nodig heeft. Een verschil is een waarneming die in het ene scenario wel en in het andere niet gehaald werd, of een norm (telefoon, e-mail) die alleen in één scenario gehaald werd.</p>`;
  const perTouchpoint = mg.touchpoints.map(
    (t) => html`<li>${ctx.texts.instrumentTitle(t.instrumentKey)}: ${scenarioCounts(t.visits)}</li>`,
  );
  const others = mg.touchpoints.some((t) => t.visits.some((v) => v.scenario && v.scenario !== 'standard'));
  const worse = findings.filter((f) => f.direction === 'worse');
  const better = findings.filter((f) => f.direction === 'better');
  const body = !others
    ? html`<p class="muted">Er zijn in deze ronde geen bezoeken in een ander scenario dan het standaardscenario: gelijke behandeling is niet getoetst.</p>`
    : findings.length === 0
      ? html`<p>Waar beide scenario's bezocht zijn, werden ouders in de andere scenario's op dezelfde punten geholpen als in het standaardscenario.</p>`
      : html`${worse.length > 0 ? html`<p><strong class="flag">⚑ Minder goed geholpen dan in het standaardscenario:</strong></p><ul>${worse.map((f) => html`<li>${f.sentence}</li>`)}</ul>` : ''}
        ${better.length > 0 ? html`<p><strong>Beter geholpen dan in het standaardscenario:</strong></p><ul>${better.map((f) => html`<li>${f.sentence}</li>`)}</ul>` : ''}`;
  return html`<h3 id="mystery-guest-scenarios">Gelijke behandeling: scenario's vergeleken</h3>${intro}
    <p class="note">Bezoeken per scenario:</p><ul class="note">${perTouchpoint}</ul>${body}`;
}

function notObservedBlock(ctx: RenderContext, mg: MysteryGuestResults): Html {
  const rows = mg.touchpoints.flatMap((t) => {
    const ticks = t.visits.flatMap((v) => v.ticks.filter((x) => x.answer !== null));
    if (ticks.length === 0) return [];
    const missing = ticks.filter((x) => x.answer === 'not-observed').length;
    const perCriterion = (t.notObserved ?? [])
      .filter((o) => o.notObserved > 0 && o.notObservedRate !== null)
      .map((o) => `${o.criterion} ${fmtPercent(o.notObservedRate ?? 0)}`)
      .join(', ');
    return [
      html`<tr><td>${ctx.texts.instrumentTitle(t.instrumentKey)}</td><td class="num">${ticks.length}</td>
        <td class="num">${missing} (${fmtPercent(missing / ticks.length)})</td><td>${perCriterion || '—'}</td></tr>`,
    ];
  });
  if (rows.length === 0) return html``;
  return html`<h3 id="mystery-guest-not-observed">Niet waargenomen</h3>
    <p>“Niet waargenomen” betekent dat de observant iets bij dit contact niet kon zien, bijvoorbeeld omdat het gesprek er niet aan toe kwam. Het is ontbrekende informatie en geen antwoord: het telt niet mee in de cijfers. Een hoog aandeel zegt dat het contactpunt dit criterium niet liet zien.</p>
    <div class="table-wrap"><table>
      <thead><tr><th>Contactpunt</th><th class="num">Ingevulde waarnemingen</th><th class="num">Niet waargenomen</th><th>Per criterium</th></tr></thead>
      <tbody>${rows}</tbody></table></div>`;
}

function normsBlock(ctx: RenderContext, mg: MysteryGuestResults): Html {
  const { phoneAnswerSeconds, emailReplyWorkingDays, emailReplyHours } = ctx.model.mysteryGuest.norms;
  const emailNorm =
    emailReplyWorkingDays !== undefined
      ? `binnen ${plural(emailReplyWorkingDays, 'werkdag', 'werkdagen')} (maandag tot en met vrijdag, zonder feestdagen; niet ${emailReplyWorkingDays * 24} uur)`
      : `binnen ${emailReplyHours ?? 48} uur`;
  const rows = mg.touchpoints.flatMap((t) =>
    t.visits.flatMap((v, i) =>
      v.facts.flatMap((f) => {
        const norm = f.norm;
        if (!norm) return [];
        const limit =
          norm.key === 'phoneAnswerSeconds'
            ? `ten hoogste ${plural(norm.limit, 'seconde', 'seconden')}`
            : norm.key === 'emailReplyWorkingDays'
              ? `ten hoogste ${plural(norm.limit, 'werkdag', 'werkdagen')}`
              : `ten hoogste ${norm.limit} uur`;
        const verdict =
          norm.met === null
            ? html`<span class="muted">niet te beoordelen</span>`
            : norm.met
              ? html`gehaald`
              : html`<strong class="flag">niet gehaald</strong>`;
        return [
          html`<tr><td>${ctx.texts.instrumentTitle(t.instrumentKey)}, bezoek ${i + 1}</td>
            <td>${v.scenario ? (SCENARIO_NL[v.scenario] ?? v.scenario) : '—'}</td>
            <td class="num">${guestFactValue(f)}</td><td>${limit}</td><td>${verdict}</td></tr>`,
        ];
      }),
    ),
  );
  return html`<h3 id="mystery-guest-norms">Gemeten tegen de norm</h3>
    <p>De telefoon hoort binnen ongeveer ${plural(phoneAnswerSeconds, 'seconde', 'seconden')} opgenomen te worden, een e-mail ${emailNorm} persoonlijk beantwoord. De app meet de tijd tot opnemen met een stopwatch en rekent de werkdagen uit de verzend- en antwoordtijd.</p>
    ${
      rows.length === 0
        ? html`<p class="muted">In deze ronde is geen telefoon- of e-mailcontact gemeten.</p>`
        : html`<div class="table-wrap"><table>
      <thead><tr><th>Bezoek</th><th>Scenario</th><th class="num">Gemeten</th><th>Norm</th><th>Oordeel</th></tr></thead>
      <tbody>${rows}</tbody></table></div>`
    }`;
}

/** The blocks after the touchpoints in the mystery-guest section; nothing when the round had no visits. */
export function mysteryGuestTrust(ctx: RenderContext): Html {
  const mg = ctx.report.mysteryGuest;
  if (mg.touchpoints.length === 0) return html``;
  return html`${normsBlock(ctx, mg)}${notObservedBlock(ctx, mg)}${scenarioBlock(ctx, mg)}${agreementBlock(ctx, mg)}`;
}
