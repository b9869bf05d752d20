import {
  answerFaceSvg,
  type Criterion,
  type CriterionScore,
  type ItemSummary,
  type LevelReason,
  type Perspective,
  splitAnswerFace,
  withoutAnswerFace,
} from '@driehoek/shared';
import { html, raw } from 'hono/html';
import { type Html, type RenderContext, SUPPRESSED_NL, scalePos } from './context';
import { criterionJudgement } from './judgement-sections';
import {
  fmtMean,
  fmtPercent,
  fmtSigned,
  levelHeading,
  PERSPECTIVE_NL,
  PERSPECTIVE_ORDER,
  perspectiveTitle,
  RELIABILITY_NL,
} from './labels';

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;

/** The 1–3 track with the interval and the mean marked; decorative, the numbers stand beside it. */
export function scaleBar(mean: number, interval: { low: number; high: number } | null): Html {
  const ci = interval
    ? html`<span class="ci" style="left:${pct(scalePos(interval.low) / 100)};width:${pct((scalePos(interval.high) - scalePos(interval.low)) / 100)}"></span>`
    : '';
  return html`<div class="scale" aria-hidden="true">${ci}<span class="dot" style="left:${pct(scalePos(mean) / 100)}"></span></div>`;
}

function responseRate(ctx: RenderContext, perspective: Perspective): string {
  const count = ctx.report.respondents.byPerspective.find((r) => r.perspective === perspective);
  if (!count || count.suppressed || count.rate === null || !count.label) return '';
  return `${fmtPercent(count.rate)} (${count.label.nl})`;
}

function reasonItem(ctx: RenderContext, reason: LevelReason): Html {
  const { model } = ctx;
  switch (reason.kind) {
    case 'perspective': {
      const items = reason.items.slice(0, 3).map((it) => {
        const title = ctx.texts.byPerspective(reason.perspective, it.item)?.title ?? it.concept;
        return html`<li>“${title}” — ${fmtMean(it.mean)} (n=${it.n})</li>`;
      });
      return html`<li><strong>${perspectiveTitle(reason.perspective)}</strong>: gemiddeld ${fmtMean(reason.mean)} (n=${reason.n}), weegt ${fmtPercent(reason.weight)} mee.
        ${items.length > 0 ? html`Vooral gedragen door:<ul>${items}</ul>` : ''}</li>`;
    }
    case 'guest-dropped':
      return html`<li><strong>Mystery guest</strong>: ${
        reason.because === 'not-observable'
          ? 'de formulieren konden dit criterium bij deze bezoeken niet waarnemen'
          : `de bezoeken haalden alles wat ze konden waarnemen, tot en met niveau ${reason.observedUpTo ?? 1}.0, maar er zijn geen andere cijfers om dat mee te vergelijken`
      }; telt niet mee.</li>`;
    case 'perspective-suppressed':
      return html`<li><strong>${perspectiveTitle(reason.perspective)}</strong>: ${SUPPRESSED_NL(model)}; telt niet mee.</li>`;
    case 'weighted-mean':
      return html`<li>Gewogen gemiddelde van de perspectieven: <strong>${fmtMean(reason.mean)}</strong>.</li>`;
    case 'evidence': {
      const from = reason.from.map((p) => PERSPECTIVE_NL[p]).join(' of ');
      if (reason.met) {
        const by = reason.carriedBy.map((c) => `${PERSPECTIVE_NL[c.perspective]} ${fmtMean(c.mean)}`).join(', ');
        return html`<li>Voorwaarde voor 3.0 — bewijs van ${from} op of boven ${fmtMean(reason.atLeast)}: <strong>gehaald</strong> (${by}).</li>`;
      }
      const best = reason.best
        ? ` (hoogste: ${PERSPECTIVE_NL[reason.best.perspective]} ${fmtMean(reason.best.mean)})`
        : ' (geen cijfers van deze perspectieven)';
      return html`<li>Voorwaarde voor 3.0 — bewijs van ${from} op of boven ${fmtMean(reason.atLeast)}: <strong>niet gehaald</strong>${best}.</li>`;
    }
    case 'gap':
      return reason.gap === null
        ? html`<li>Voorwaarde voor 3.0 — verschil medewerkers min ouders: niet te berekenen (een kant heeft geen cijfers); de voorwaarde geldt als gehaald.</li>`
        : html`<li>Voorwaarde voor 3.0 — verschil medewerkers min ouders ${fmtSigned(reason.gap)} moet onder ${fmtMean(reason.maxGap)} blijven: <strong>${reason.met ? 'gehaald' : 'niet gehaald'}</strong>.</li>`;
    case 'cap': {
      const why = reason.because.map((b) =>
        b === 'no-evidence'
          ? 'geen bewijs van ouders of mystery guest op 3.0'
          : 'groot verschil tussen medewerkers en ouders',
      );
      return html`<li>Daarom begrensd op <strong>${reason.capAt.toFixed(1)}</strong>: ${why.join(' en ')}.</li>`;
    }
  }
}

function perspectiveRow(ctx: RenderContext, cell: CriterionScore): Html {
  if (cell.suppressed) {
    return html`<tr><th scope="row">${perspectiveTitle(cell.perspective)}</th><td colspan="6" class="muted">${SUPPRESSED_NL(ctx.model)}</td></tr>`;
  }
  const interval = cell.interval ? `${fmtMean(cell.interval.low)}–${fmtMean(cell.interval.high)}` : 'geen (n<2)';
  // The mystery guest has no "weet ik niet": its ticks not observed are missing data, worded as such (issue 16).
  const notObserved = cell.observation?.notObservedRate;
  const dk =
    notObserved !== undefined && notObserved !== null
      ? `${fmtPercent(notObserved)} niet waargenomen`
      : cell.dontKnowRate === null
        ? '—'
        : fmtPercent(cell.dontKnowRate);
  const rel = cell.reliability;
  const reliability = !rel
    ? html`<span class="muted">n.v.t.</span>`
    : rel.alpha === null
      ? html`<span class="muted">niet te berekenen</span>`
      : html`α = ${rel.alpha.toFixed(2)} (${rel.label ? RELIABILITY_NL[rel.label] : ''})${rel.reportItemsSeparately ? html`<br /><span class="flag">items apart bekeken</span>` : ''}`;
  const shares = cell.levelShares;
  return html`<tr>
    <th scope="row">${perspectiveTitle(cell.perspective)}</th>
    <td><span class="level level-${cell.band}">${cell.label}</span><br />${fmtMean(cell.mean)} ${scaleBar(cell.mean, cell.interval)}</td>
    <td class="num">${interval}</td>
    <td class="num">${cell.n}<br /><span class="note">${responseRate(ctx, cell.perspective)}</span></td>
    <td class="num">${fmtPercent(shares['1'])} / ${fmtPercent(shares['2'])} / ${fmtPercent(shares['3'])}</td>
    <td class="num">${cell.dontKnowFlag ? html`<span class="flag">${dk} ⚑</span>` : dk}</td>
    <td>${reliability}</td>
  </tr>`;
}

function optionClass(score: number | 'dk' | 'ns'): string {
  if (score === 'dk') return 'opt-dk';
  if (score === 'ns') return 'opt-ns';
  return score < 1.5 ? 'opt-1' : score < 2 ? 'opt-2' : score < 2.7 ? 'opt-3' : 'opt-4';
}

/** An option's label; a child's face ("🙂 Ja") drawn as SVG, since the server that prints the PDF has no emoji font. */
function optionLabel(label: string): Html | string {
  const faced = splitAnswerFace(label);
  if (!faced?.face) return label;
  return html`${raw(answerFaceSvg(faced.face, 'face'))}${faced.word}`;
}

function itemBlock(ctx: RenderContext, item: Extract<ItemSummary, { suppressed: false }>): Html {
  const text = ctx.texts.byInstrument(item.instrumentKey, item.item);
  const label = (value: string) => withoutAnswerFace(text?.options.get(value) ?? value);
  const shownLabel = (value: string) => optionLabel(text?.options.get(value) ?? value);
  const segments = item.options
    .filter((o) => o.count > 0)
    .map(
      (o) =>
        html`<span class="${optionClass(o.score)}" style="width:${pct(o.share)}" title="${label(o.value)}: ${fmtPercent(o.share)}"></span>`,
    );
  const legend = item.options.map(
    (o) =>
      html`<span><i class="swatch ${optionClass(o.score)}"></i>${shownLabel(o.value)} ${fmtPercent(o.share)}</span>`,
  );
  // n is the number behind the mean: answers with a level, "weet ik niet" left out (its share follows).
  const mean = item.mean === null ? 'geen gemiddelde' : `gemiddeld ${fmtMean(item.mean)}`;
  const dk = item.dontKnowRate === null ? '' : `, weet ik niet ${fmtPercent(item.dontKnowRate)}`;
  return html`<div class="item">
    <div class="q">${text?.title ?? item.concept}</div>
    <div class="bars" role="img" aria-label="Verdeling van de antwoorden">${segments}</div>
    <div class="legend">${legend}</div>
    <div class="note">${mean}, n=${item.nScored}${dk}${item.dontKnowFlag ? html` <span class="flag">⚑ veel “weet ik niet”</span>` : ''}</div>
  </div>`;
}

function itemsOf(ctx: RenderContext, criterion: Criterion): Html[] {
  const out: Html[] = [];
  for (const perspective of PERSPECTIVE_ORDER) {
    if (perspective === 'mystery-guest') continue;
    const items = ctx.report.items.filter((i) => i.criterion === criterion.id && i.perspective === perspective);
    if (items.length === 0) continue;
    const cell = ctx.report.criteria.find((c) => c.criterion === criterion.id && c.perspective === perspective);
    const shown = items.filter((i): i is Extract<ItemSummary, { suppressed: false }> => !i.suppressed);
    const separately = cell && !cell.suppressed && cell.reliability?.reportItemsSeparately;
    out.push(html`<h4>${perspectiveTitle(perspective)} — per vraag</h4>
      ${separately ? html`<p class="note">De vragen hangen onderling zwak samen (alfa onder ${fmtMean(ctx.model.reliability.alphaReportItemsBelow)}): lees ze één voor één, niet als één schaal.</p>` : ''}
      ${shown.length === 0 ? html`<p class="muted">${SUPPRESSED_NL(ctx.model)}.</p>` : shown.map((i) => itemBlock(ctx, i))}`);
  }
  return out;
}

/** One criterion: its level and why, the rubric, every perspective's figures, the gap and the items. */
export function criterionSection(ctx: RenderContext, criterion: Criterion): Html {
  const { report, model } = ctx;
  const overall = report.overall.find((o) => o.criterion === criterion.id);
  const level = overall?.level ?? null;
  const cells = PERSPECTIVE_ORDER.map((p) =>
    report.criteria.find((c) => c.criterion === criterion.id && c.perspective === p),
  ).filter((c): c is CriterionScore => c !== undefined);
  const gap = report.gaps.find((g) => g.criterion === criterion.id);
  const rubric = (['1', '2', '3'] as const).map(
    (l) =>
      html`<tr class="${String(level) === l ? 'current' : ''}"><td><span class="level level-${l}">${l}.0</span></td><td>${criterion.rubric[l].nl}</td></tr>`,
  );
  const gapBlock = !gap
    ? ''
    : gap.available
      ? gap.flagged
        ? html`<div class="callout"><strong>Groot verschil:</strong> ${gap.sentence}. Medewerkers zien de samenwerking een niveau of meer hoger dan ouders haar ervaren.</div>`
        : html`<p><strong>Verschil medewerkers − ouders:</strong> ${gap.sentence}.</p>`
      : html`<p class="muted">Verschil medewerkers − ouders: ${gap.because === 'suppressed' ? 'niet te tonen, omdat een van beide groepen te weinig respondenten heeft' : 'niet te berekenen, omdat een van beide groepen geen vragen of antwoorden over dit criterium heeft'}.</p>`;
  return html`<section class="major criterion" id="${criterion.id.toLowerCase()}">
    <h2>${criterion.id} ${criterion.name.nl}</h2>
    <p class="muted"><em>Op 3.0: ${criterion.summary.nl}</em></p>
    <div class="levelbox">
      ${
        level === null
          ? html`<div class="big"><span class="level level-none">Geen niveau</span></div><p>Geen enkel perspectief heeft cijfers voor dit criterium.</p>`
          : html`<div class="big"><span class="level level-${level}">${levelHeading(model, level)}</span></div>
          <p>${overall?.reportedMean !== null && overall?.reportedMean !== undefined ? `Gemiddelde waaruit het niveau volgt: ${fmtMean(overall.reportedMean)}${overall.capped && overall.weightedMean !== null ? ` (gewogen gemiddelde ${fmtMean(overall.weightedMean)}, begrensd)` : ''}.` : ''}</p>`
      }
      ${overall ? html`<h3>Waarom dit niveau</h3><p>${overall.explanation.sentence}.</p><ul class="reasons">${overall.explanation.reasons.map((r) => reasonItem(ctx, r))}</ul>` : ''}
    </div>
    ${criterionJudgement(ctx, criterion)}
    <h3>Wat hoort bij elk niveau</h3>
    <div class="table-wrap"><table class="rubric"><tbody>${rubric}</tbody></table></div>
    <h3>De perspectieven naast elkaar</h3>
    <div class="table-wrap"><table>
      <thead><tr><th>Perspectief</th><th>Niveau en gemiddelde</th><th class="num">95%-interval</th><th class="num">n (respons)</th><th class="num">Aandeel 1 / 2 / 3</th><th class="num">Weet ik niet / niet waargenomen</th><th>Betrouwbaarheid</th></tr></thead>
      <tbody>${cells.map((c) => perspectiveRow(ctx, c))}</tbody>
    </table></div>
    <p class="note">“2.0, mogelijk 3.0”: het gemiddelde valt in 2.0, maar het 95%-interval reikt tot in 3.0. Bij de mystery guest telt n bezoeken. ⚑ = ${fmtPercent(model.dontKnow.flagRateAtLeast)} of meer “weet ik niet”.</p>
    ${gapBlock}
    ${itemsOf(ctx, criterion)}
  </section>`;
}
