import { adjustedSentence, type Criterion, effectiveLevels } from '@driehoek/shared';
import { html } from 'hono/html';
import type { Html, RenderContext } from './context';
import { fmtDate } from './labels';

const dutchMinute = (at: string) => `${fmtDate(at.slice(0, 10))} om ${at.slice(11, 16)}`;

/** The band at the top: a draft says so in words a reader cannot miss; a publication says which and when. */
export function stampBand(ctx: RenderContext): Html | '' {
  const stamp = ctx.stamp;
  if (!stamp) return '';
  if (stamp.state === 'published') {
    const gone = ctx.rawDataDeletedOn
      ? html` De ruwe gegevens van deze ronde (antwoorden, open antwoorden, bezoekverslagen en codes) zijn op ${fmtDate(ctx.rawDataDeletedOn)} verwijderd, na afloop van de bewaartermijn. Dit rapport blijft zoals het is gepubliceerd; opnieuw berekenen of publiceren kan niet meer.`
      : '';
    return html`<div class="stamp stamp--published" role="note">Gepubliceerd op ${dutchMinute(stamp.publishedAt)}${stamp.publishedBy ? ` door ${stamp.publishedBy}` : ''} (versie ${stamp.version}).${gone}</div>`;
  }
  const since = stamp.published
    ? stamp.published.changes.length > 0
      ? html`<p>Gewijzigd sinds publicatie ${stamp.published.version} (${dutchMinute(stamp.published.publishedAt)}):</p><ul>${stamp.published.changes.map((c) => html`<li>${c}</li>`)}</ul>`
      : html`<p>Gelijk aan publicatie ${stamp.published.version} (${dutchMinute(stamp.published.publishedAt)}).</p>`
    : html`<p>Het IKC-team en de gemeente zien dit rapport pas na publicatie; tot dan zien zij alleen aantallen antwoorden.</p>`;
  const todo =
    stamp.todo.length > 0 ? html`<p>Nog te doen:</p><ul>${stamp.todo.map((t) => html`<li>${t.text}</li>`)}</ul>` : '';
  return html`<div class="stamp stamp--draft" role="note"><strong>Concept — niet gepubliceerd</strong>${since}${todo}</div>`;
}

/** The researcher's summary at the top: what goes well, what to work on, advice. Nothing when they wrote none. */
export function researcherSummary(ctx: RenderContext): Html | '' {
  const summary = ctx.judgement?.summary;
  if (!summary || ![summary.strengths, summary.improvements, summary.advice].some((t) => t.trim())) return '';
  const part = (title: string, text: string) =>
    text.trim() ? html`<h3>${title}</h3>${text.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}` : '';
  return html`<section class="major" id="onderzoeker"><h2>Samenvatting van de onderzoeker</h2>
    ${part('Wat goed gaat', summary.strengths)}
    ${part('Waar het IKC aan kan werken', summary.improvements)}
    ${part('Advies', summary.advice)}
  </section>`;
}

/** Beside a criterion's computed level: the researcher's level with the reason, and their interpretation. */
export function criterionJudgement(ctx: RenderContext, criterion: Criterion): Html | '' {
  const judgement = ctx.judgement;
  if (!judgement) return '';
  const own = judgement.criteria.find((j) => j.criterion === criterion.id);
  if (!own) return '';
  const [effective] = effectiveLevels(
    ctx.report.overall.filter((o) => o.criterion === criterion.id),
    judgement,
  );
  const sentence = effective ? adjustedSentence(effective) : null;
  return html`${sentence ? html`<div class="callout adjusted"><strong>Niveau ${effective?.level}.0, vastgesteld door de onderzoeker.</strong> ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.</div>` : ''}
    ${own.interpretation.trim() ? html`<h3>Interpretatie van de onderzoeker</h3>${own.interpretation.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}` : ''}`;
}

/** Mystery-guest notes and observations the researcher chose to quote. */
export function quotesBlock(ctx: RenderContext): Html | '' {
  const quotes = ctx.judgement?.quotes ?? [];
  if (quotes.length === 0) return '';
  return html`<h3>Uit de bezoeken</h3><ul class="quotes">${quotes.map(
    (q) =>
      html`<li><blockquote>${q.text}</blockquote><span class="note">${q.touchpoint}, ${fmtDate(q.visitedOn)} — ${q.title}</span></li>`,
  )}</ul>`;
}

/** The level a reader takes for a criterion: the researcher's where they set one. */
export function shownLevel(ctx: RenderContext, criterion: string): { level: number | null; adjusted: boolean } {
  const overall = ctx.report.overall.filter((o) => o.criterion === criterion);
  const [effective] = ctx.judgement ? effectiveLevels(overall, ctx.judgement) : [];
  if (effective) return { level: effective.level, adjusted: effective.adjusted !== null };
  return { level: overall[0]?.level ?? null, adjusted: false };
}
