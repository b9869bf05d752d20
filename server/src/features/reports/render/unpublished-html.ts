import { AUDIENCE_NL, capitalised, type ReportView, ROUND_KIND_NL } from '@driehoek/shared';
import { html, raw } from 'hono/html';
import { fmtDate } from './labels';
import { REPORT_CSS } from './styles';

/**
 * What the IKC team and the municipality see of a report before the researcher publishes it: the round and its
 * response counts (groups below the minimum without a number), nothing else.
 */
export async function renderUnpublishedHtml(
  view: Extract<ReportView, { state: 'unpublished' }>,
  at: Date,
): Promise<string> {
  const { round, counts } = view;
  const doc = html`<!doctype html>
<html lang="nl"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>IKC-scan — ${round.location} — nog niet gepubliceerd</title><style>${raw(REPORT_CSS)}</style></head>
<body><main>
<header class="cover"><div class="kicker">IKC-scan ouderbetrokkenheid</div><h1>${round.location}</h1>
<p class="muted">${round.ikc} · ${round.organisation} · ${capitalised(ROUND_KIND_NL[round.kind])}, ${fmtDate(round.opensOn)} tot en met ${fmtDate(round.closesOn)}</p></header>
<div class="stamp stamp--draft" role="note"><strong>Het rapport is nog niet gepubliceerd.</strong>
<p>De onderzoeker bekijkt de antwoorden en schrijft een toelichting. Zodra het rapport is gepubliceerd, ziet u hier de niveaus, de bevindingen en de toelichting.</p></div>
<h2>Aantal antwoorden tot nu toe</h2>
<table><thead><tr><th>Doelgroep</th><th class="num">Volledig ingevuld</th><th class="num">Begonnen</th></tr></thead><tbody>
${counts.map((c) => html`<tr><th scope="row">${capitalised(AUDIENCE_NL[c.audience])}</th><td class="num">${c.complete ?? 'minder dan 5'}</td><td class="num">${c.partial ?? '—'}</td></tr>`)}
</tbody></table>
<p class="note">Groepen met minder dan 5 volledige antwoorden krijgen geen getal, zodat niemand één antwoord kan herkennen.</p>
<footer class="generated">Gemaakt met Driehoek op ${fmtDate(at.toISOString())}.</footer>
</main></body></html>`;
  return (await doc).toString();
}
