import {
  exclusionsText,
  type NormKey,
  type Perspective,
  type TagSummary,
  type TagVocabulary,
  type TickAnswer,
  type VisitResult,
} from '@driehoek/shared';
import { html } from 'hono/html';
import { type Html, type RenderContext, SUPPRESSED_NL } from './context';
import { quotesBlock } from './judgement-sections';
import {
  fmtDate,
  fmtMean,
  fmtPercent,
  fmtSigned,
  levelHeading,
  PERSPECTIVE_ORDER,
  perspectiveTitle,
  RELIABILITY_NL,
} from './labels';
import { guestFactValue, mysteryGuestTrust } from './mystery-guest-trust';

const criterionName = (ctx: RenderContext, id: string) => ctx.model.criteria.find((c) => c.id === id)?.name.nl ?? id;

function tagTable(ctx: RenderContext, tags: TagSummary[], focus?: Perspective): Html {
  const perspectives = PERSPECTIVE_ORDER.filter((p) =>
    tags.some((t) => t.perspectives.some((x) => x.perspective === p)),
  );
  const rows = tags.map((tag) => {
    const cells = perspectives.map((p) => {
      const fig = tag.perspectives.find((x) => x.perspective === p);
      if (!fig) return html`<td class="muted">—</td>`;
      if (fig.suppressed) return html`<td class="muted">${SUPPRESSED_NL(ctx.model)}</td>`;
      return html`<td class="${p === focus ? 'focus' : ''}"><span class="level level-${fig.band}">${fig.label}</span> ${fmtMean(fig.mean)}<br /><span class="note">n=${fig.n}, ${fig.items} vragen</span></td>`;
    });
    const criteria = tag.criteria.map((c) => `${c} ${criterionName(ctx, c)}`).join(', ');
    const mean = tag.criteriaMean
      ? html`<span class="level level-${tag.criteriaMean.level}">${tag.criteriaMean.level.toFixed(1)}</span> ${fmtMean(tag.criteriaMean.mean)}`
      : html`<span class="muted">—</span>`;
    return html`<tr><th scope="row">${tag.name.nl}<br /><span class="note">${criteria || 'geen criteria'}</span></th><td>${mean}</td>${cells}</tr>`;
  });
  return html`<div class="table-wrap"><table>
    <thead><tr><th>Onderwerp (criteria)</th><th>Niveau van de criteria</th>${perspectives.map((p) => html`<th>${perspectiveTitle(p)}</th>`)}</tr></thead>
    <tbody>${rows}</tbody></table></div>`;
}

const TAG_SECTIONS: Array<{
  vocabulary: TagVocabulary;
  id: string;
  title: string;
  intro: string;
  focus?: Perspective;
}> = [
  {
    vocabulary: 'core',
    id: 'kernwaarden',
    title: 'Kernwaarden',
    intro:
      'Onder niveau 3.0 liggen drie kernwaarden. Per kernwaarde: het gemiddelde niveau van de criteria die erbij horen, en per perspectief het gemiddelde over alle vragen erover.',
  },
  {
    vocabulary: 'form',
    id: 'basisvormen',
    title: 'Basisvormen',
    intro:
      'Het startgesprek en het communicatieplan op maat zijn verplicht; de nieuwjaarsreceptie en maatjes zijn aanbevolen. Per basisvorm: hoe de vragen erover uitkomen.',
  },
  {
    vocabulary: 'competence',
    id: 'competenties',
    title: 'Competenties van medewerkers',
    intro:
      'Vier competenties helpen medewerkers samen te werken met ouders: een uitnodigende houding, omgaan met diversiteit, ouders als waardevolle partners zien en ouders versterken. De kolom Medewerkers is hun eigen beeld; ouders en kinderen laten zien hoe het overkomt.',
    focus: 'professionals',
  },
  {
    vocabulary: 'component',
    id: 'componenten',
    title: 'Drie kanten van betrokkenheid',
    intro: 'Betrokkenheid bij het IKC als gemeenschap, bij het eigen kind en thuis.',
  },
];

export function tagSections(ctx: RenderContext): Html {
  const parts = TAG_SECTIONS.map((s) => {
    const tags = ctx.report.tags.filter((t) => t.vocabulary === s.vocabulary);
    if (tags.length === 0) return '';
    return html`<h3 id="${s.id}">${s.title}</h3><p>${s.intro}</p>${tagTable(ctx, tags, s.focus)}`;
  });
  return html`<section class="major" id="thema"><h2>Kernwaarden, basisvormen en competenties</h2>${parts}</section>`;
}

const ANSWER_NL: Record<TickAnswer, string> = {
  yes: 'ja',
  partly: 'deels',
  no: 'nee',
  'not-observed': 'niet waargenomen',
};
const UNIT_NL: Record<string, string> = {
  seconds: 'seconden',
  minutes: 'minuten',
  hours: 'uur',
  days: 'dagen',
  count: '×',
  percent: '%',
};

function visitTicks(ctx: RenderContext, key: string, visits: VisitResult[]): Html {
  const items = [...new Set(visits.flatMap((v) => v.ticks.map((t) => t.item)))];
  const rows = items.map((item) => {
    const ticks = visits.map((v) => v.ticks.find((t) => t.item === item));
    const first = ticks.find((t) => t !== undefined);
    const title = ctx.texts.byInstrument(key, item)?.title ?? first?.concept ?? item;
    const answers = ticks.map((t) => html`<td>${t?.answer ? ANSWER_NL[t.answer] : '—'}</td>`);
    return html`<tr><td>${title}${first?.criterion ? html`<br /><span class="note">${first.criterion}</span>` : ''}</td><td class="num">${first ? `${first.tier}.0` : ''}</td>${answers}</tr>`;
  });
  return html`<div class="table-wrap"><table>
    <thead><tr><th>Waarneming</th><th class="num">Laag</th>${visits.map((_, i) => html`<th>Bezoek ${i + 1}</th>`)}</tr></thead>
    <tbody>${rows}</tbody></table></div>`;
}

const NORM_UNIT_NL: Record<NormKey, string> = {
  phoneAnswerSeconds: 'seconden',
  emailReplyHours: 'uur',
  emailReplyWorkingDays: 'werkdagen',
};

/** The model's email norm as the report says it: working days from model v2, hours in model v1. */
function emailNorm(ctx: RenderContext): string {
  const { emailReplyWorkingDays: days, emailReplyHours: hours } = ctx.model.mysteryGuest.norms;
  if (days !== undefined) return `${days} ${days === 1 ? 'werkdag' : 'werkdagen'}`;
  return `${hours ?? 48} uur`;
}

function visitFacts(ctx: RenderContext, key: string, visits: VisitResult[]): Html {
  const rows = visits.flatMap((v, i) =>
    v.facts.map((f) => {
      const title = ctx.texts.byInstrument(key, f.item)?.title ?? f.concept;
      // Date-times and the email reply in working days are worded by the mystery-guest trust blocks (issue 16).
      const value =
        f.at !== undefined || f.norm?.key === 'emailReplyWorkingDays'
          ? guestFactValue(f)
          : f.value === null
            ? 'niet gemeten'
            : `${f.value} ${f.unit ? (UNIT_NL[f.unit] ?? f.unit) : ''}`;
      const norm = !f.norm
        ? ''
        : f.norm.met === null
          ? 'norm: niet te beoordelen'
          : html`norm ten hoogste ${f.norm.limit} ${NORM_UNIT_NL[f.norm.key]}: <strong class="${f.norm.met ? '' : 'flag'}">${f.norm.met ? 'gehaald' : 'niet gehaald'}</strong>`;
      return html`<tr><td>Bezoek ${i + 1}</td><td>${title}</td><td class="num">${value}</td><td>${norm}</td></tr>`;
    }),
  );
  if (rows.length === 0) return html``;
  return html`<h4>Gemeten feiten</h4><div class="table-wrap"><table>
    <thead><tr><th>Bezoek</th><th>Feit</th><th class="num">Waarde</th><th>Norm</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

export function mysteryGuestSection(ctx: RenderContext): Html {
  const { touchpoints } = ctx.report.mysteryGuest;
  const body =
    touchpoints.length === 0
      ? html`<p class="muted">In deze ronde zijn geen bezoeken van de mystery guest vastgelegd.</p>`
      : touchpoints.map((tp) => {
          const name = ctx.texts.instrumentTitle(tp.instrumentKey);
          const reached = tp.visits.map((v, i) =>
            v.tierReached === null
              ? html`<li>Bezoek ${i + 1}: geen waarnemingen beantwoord</li>`
              : html`<li>Bezoek ${i + 1}: <span class="level level-${v.tierReached}">${levelHeading(ctx.model, v.tierReached)}</span></li>`,
          );
          return html`<h3>${name}</h3>
            <p>${tp.visits.length === 1 ? '1 bezoek' : `${tp.visits.length} bezoeken`}. Bereikte laag per bezoek:</p>
            <ul>${reached}</ul>
            ${visitTicks(ctx, tp.instrumentKey, tp.visits)}
            ${visitFacts(ctx, tp.instrumentKey, tp.visits)}`;
        });
  return html`<section class="major" id="mystery-guest"><h2>Mystery guest</h2>
    <p>De onderzoeker gedroeg zich als (aanstaande) ouder en legde per contactpunt vast wat er gebeurde. Elke waarneming hoort bij een laag: 1.0 basis op orde, 2.0 reageren op de ouder, 3.0 samenwerken. Een bezoek bereikt een laag als op die laag en alle lagen eronder minstens de helft van de waarnemingen is gehaald (ja telt 1, deels ½). De telefoon hoort binnen ${ctx.model.mysteryGuest.norms.phoneAnswerSeconds} seconden opgenomen te worden en een e-mail binnen ${emailNorm(ctx)} beantwoord. Eén bezoek is een momentopname.</p>
    ${body}
    ${mysteryGuestTrust(ctx)}
    ${quotesBlock(ctx)}</section>`;
}

export function openAnswersSection(ctx: RenderContext): Html {
  const groups = PERSPECTIVE_ORDER.flatMap((p) => ctx.report.openAnswers.filter((g) => g.perspective === p));
  const body = groups.map((g) => {
    if (!g.shown)
      return html`<h3>${perspectiveTitle(g.perspective)}</h3><p class="muted">Open antwoorden worden pas getoond vanaf ${ctx.model.privacy.minOpenAnswers} respondenten; deze groep is te klein.</p>`;
    if (g.answers.length === 0)
      return html`<h3>${perspectiveTitle(g.perspective)}</h3><p class="muted">Geen goedgekeurde open antwoorden.</p>`;
    const questions = [...new Set(g.answers.map((a) => a.question))];
    return html`<h3>${perspectiveTitle(g.perspective)}</h3>${questions.map(
      (q) => html`<h4>${ctx.texts.byPerspective(g.perspective, q)?.title ?? q}</h4>
        <ul class="quotes">${g.answers.filter((a) => a.question === q).map((a) => html`<li>${a.text}</li>`)}</ul>`,
    )}`;
  });
  return html`<section class="major" id="citaten"><h2>Wat respondenten zelf schreven</h2>
    <p>Alleen open antwoorden die de onderzoeker heeft gelezen en vrijgegeven (zo nodig ingekort of geanonimiseerd).</p>
    ${groups.length === 0 ? html`<p class="muted">Geen open antwoorden.</p>` : body}</section>`;
}

/** How many responses the researcher left out of this report, per audience; nothing when none. */
function excludedNote(ctx: RenderContext): Html | '' {
  const text = exclusionsText(ctx.exclusions);
  if (!text) return '';
  return html`<p class="callout" id="uitgesloten"><strong>Uitgesloten door de onderzoeker:</strong> ${text}, bijvoorbeeld omdat ze in een verdachte piek binnenkwamen. Ze tellen nergens in dit rapport mee, ook niet in de aantallen hierboven.</p>`;
}

export function respondentsSection(ctx: RenderContext): Html {
  const { report, model } = ctx;
  const rows = PERSPECTIVE_ORDER.flatMap((p) =>
    report.respondents.byPerspective.filter((r) => r.perspective === p),
  ).map((r) => {
    if (r.suppressed)
      return html`<tr><th scope="row">${perspectiveTitle(r.perspective)}</th><td colspan="4" class="muted">${SUPPRESSED_NL(model)}</td></tr>`;
    const denominator = r.denominator ? `${r.denominator.count}` : '—';
    const rate = r.rate === null ? '—' : fmtPercent(r.rate);
    return html`<tr><th scope="row">${perspectiveTitle(r.perspective)}</th><td class="num">${r.complete}</td><td class="num">${r.partial}</td><td class="num">${denominator}</td><td>${rate}${r.label ? html` <strong>${r.label.nl}</strong>` : ''}</td></tr>`;
  });
  const total = report.respondents.total;
  const reliability = model.criteria.flatMap((c) =>
    report.criteria
      .filter((s) => s.criterion === c.id && !s.suppressed && s.reliability?.alpha !== null && s.reliability)
      .map((s) => {
        if (s.suppressed || !s.reliability) return '';
        const rel = s.reliability;
        return html`<tr><td>${c.id} ${c.name.nl}</td><td>${perspectiveTitle(s.perspective)}</td><td class="num">${rel.alpha?.toFixed(2) ?? '—'}</td><td>${rel.label ? RELIABILITY_NL[rel.label] : ''}${rel.reportItemsSeparately ? html` — <span class="flag">items apart bekeken</span>` : ''}</td><td class="num">${rel.items}</td></tr>`;
      }),
  );
  const [low, high] = model.responseRate.edges;
  return html`<section class="major" id="respons"><h2>Respons en betrouwbaarheid</h2>
    <div class="table-wrap"><table>
      <thead><tr><th>Perspectief</th><th class="num">Volledig</th><th class="num">Half ingevuld</th><th class="num">Doelgroep</th><th>Respons</th></tr></thead>
      <tbody>${rows}</tbody></table></div>
    ${excludedNote(ctx)}
    <p>${total.suppressed ? 'Het totaal wordt niet getoond, omdat een groep te klein is om te tonen: anders zou de kleine groep uit het verschil te halen zijn.' : `Totaal: ${total.complete} volledig ingevulde vragenlijsten, ${total.partial} half ingevuld (die tellen niet mee).`}</p>
    <p class="note">Respons onder ${fmtPercent(low)} is <strong>${model.responseRate.labels[0].nl}</strong>: lees de cijfers als een aanwijzing. ${fmtPercent(low)}–${fmtPercent(high)} is <strong>${model.responseRate.labels[1].nl}</strong>, vanaf ${fmtPercent(high)} <strong>${model.responseRate.labels[2].nl}</strong>. Ouderenquêtes in Nederland halen gemiddeld ongeveer 65%. De doelgroep is het aantal gezinnen, leerlingen van groep 5–8 of medewerkers van de locatie; bij ouders kan de respons boven 100% komen als beide ouders invullen. Een groep met minder dan ${model.privacy.minGroupSize} respondenten krijgt geen eigen cijfers.</p>
    <h3>Betrouwbaarheid per criterium</h3>
    <p class="note">Cronbachs alfa: vanaf ${fmtMean(model.reliability.alphaGood)} goed, vanaf ${fmtMean(model.reliability.alphaAcceptable)} acceptabel; onder ${fmtMean(model.reliability.alphaReportItemsBelow)} bekijken we de vragen één voor één in plaats van als schaal.</p>
    ${reliability.length === 0 ? html`<p class="muted">Geen alfa te berekenen.</p>` : html`<div class="table-wrap"><table><thead><tr><th>Criterium</th><th>Perspectief</th><th class="num">Alfa</th><th>Oordeel</th><th class="num">Vragen</th></tr></thead><tbody>${reliability}</tbody></table></div>`}
  </section>`;
}

export function comparisonSection(ctx: RenderContext): Html {
  const comparison = ctx.comparison;
  if (!comparison) return html``;
  const { result, baseline } = comparison;
  const blocks = ctx.model.criteria.map((c) => {
    const overall = result.overall.find((o) => o.criterion === c.id);
    const levels = overall
      ? html`${overall.before ? html`<span class="level level-${overall.before.level}">${overall.before.level.toFixed(1)}</span>` : '—'} → ${overall.after ? html`<span class="level level-${overall.after.level}">${overall.after.level.toFixed(1)}</span>` : '—'}${overall.levelChange !== null && overall.levelChange !== 0 ? ` (${overall.levelChange > 0 ? '+' : ''}${overall.levelChange} niveau)` : ''}`
      : '—';
    const rows = PERSPECTIVE_ORDER.flatMap((p) =>
      result.criteria.filter((x) => x.criterion === c.id && x.perspective === p),
    ).map((x) => {
      if (!x.change)
        return html`<tr><th scope="row">${perspectiveTitle(x.perspective)}</th><td colspan="4" class="muted">geen vergelijking: in een van beide rondes geen cijfers</td></tr>`;
      const ch = x.change;
      const interval = ch.interval ? `${fmtSigned(ch.interval.low)} tot ${fmtSigned(ch.interval.high)}` : '—';
      const q = x.questions;
      const changed =
        q && (q.continued > 0 || q.added > 0 || q.dropped > 0)
          ? html`<br /><span class="note flag">andere vragen: ${q.kept} gelijk, ${q.continued} herschreven, ${q.added} nieuw, ${q.dropped} vervallen — niet precies dezelfde maat</span>`
          : '';
      return html`<tr><th scope="row">${perspectiveTitle(x.perspective)}</th><td class="num">${fmtMean(ch.before.mean)} (n=${ch.before.n}) → ${fmtMean(ch.after.mean)} (n=${ch.after.n})</td><td class="num">${fmtSigned(ch.change)}</td><td class="num">${interval}</td><td>${ch.exceedsNoise ? html`<strong>groter dan de ruis</strong>` : 'binnen de ruis'}${changed}</td></tr>`;
    });
    return html`<h3>${c.id} ${c.name.nl}: ${levels}</h3>
      <div class="table-wrap"><table><thead><tr><th>Perspectief</th><th class="num">Nulmeting → nu</th><th class="num">Verandering</th><th class="num">${fmtPercent(result.confidence)}-interval</th><th>Oordeel</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  });
  const versions = (result.instrumentChanges ?? []).map(
    (v) =>
      html`<li>${perspectiveTitle(v.perspective)}: vragenlijst ${v.from.map((f) => `versie ${f.version}`).join(' en ')} in de ${baseline.kind === 'baseline' ? 'nulmeting' : 'vorige meting'}, versie ${v.to.version} nu.</li>`,
  );
  return html`<section class="major" id="vergelijking"><h2>Vergelijking met de vorige ronde</h2>
    <p>Deze ronde vergeleken met de ${baseline.kind === 'baseline' ? 'nulmeting' : 'vervolgmeting'}${baseline.name ? ` “${baseline.name}”` : ''} van ${fmtDate(baseline.opensOn)} tot en met ${fmtDate(baseline.closesOn)}, criterium voor criterium. Een verandering is <strong>groter dan de ruis</strong> als het ${fmtPercent(result.confidence)}-interval van het verschil nul niet bevat; anders kan het toeval zijn. Zijn de vragen van een criterium veranderd (een nieuwe versie van de vragenlijst), dan staat dat erbij: een vraag die een eerdere voortzet telt als gelijk, een nieuwe of vervallen vraag maakt het gemiddelde een iets andere maat.</p>
    ${versions.length > 0 ? html`<div class="callout"><h3>Let op: andere vragenlijsten</h3><ul>${versions}</ul><p>Nieuwe vragen en antwoordmogelijkheden kunnen een gemiddelde zelf al doen verschuiven. Een verschil bij deze perspectieven komt dus niet alleen door wat er op de locatie veranderde; lees het samen met wat ouders en medewerkers vertellen.</p></div>` : ''}
    ${blocks}</section>`;
}
