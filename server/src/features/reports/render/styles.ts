import { levelCssVariables } from '@driehoek/shared';

/** The report's only stylesheet, inlined: no external URLs or fonts, readable on a phone, on screen and on A4. */
export const REPORT_CSS = `
:root { --ink: #1d2430; --muted: #5b6473; --line: #d9dde3; --soft: #f3f5f8; --accent: #1f6f8b; --warn: #b3541e;
  --good: #2f7d4f; ${levelCssVariables()} }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.12rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
p { margin: .4rem 0; }
a { color: var(--accent); }
.muted, .note { color: var(--muted); }
.note { font-size: .88rem; }
.cover { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; padding: 2rem 0; }
.cover .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--accent); font-weight: 600; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 1.5rem 0 0; }
.cover dt { color: var(--muted); }
.cover dd { margin: 0; }
/* Room for two-digit numbers: a list marker outside the box is cut off inside columns. */
.toc ol { padding-left: 2.4em; columns: 2 16rem; }
.toc li { break-inside: avoid; }
.table-wrap { overflow-x: auto; margin: .5rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .45rem; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
.level { display: inline-block; padding: .1rem .5rem; border-radius: .3rem; font-weight: 600; white-space: nowrap; }
.level-1 { background: var(--l1); } .level-2 { background: var(--l2); } .level-3 { background: var(--l3); }
.level-none { background: var(--soft); color: var(--muted); }
.levelbox { border: 1px solid var(--line); border-left: 6px solid var(--accent); padding: .6rem .8rem; margin: .6rem 0;
  background: #fbfcfd; }
.levelbox .big { font-size: 1.25rem; font-weight: 700; }
.levelbox .big .level { white-space: normal; }
figure { margin: .8rem 0; }
.callout { border-left: 5px solid var(--warn); background: #fdf3ec; padding: .5rem .8rem; margin: .6rem 0; }
.stamp { padding: .6rem .9rem; margin: 0 0 1rem; border-radius: .3rem; border: 2px solid; }
.stamp--draft { border-color: var(--warn); background: #fdf3ec; } .stamp--published { border-color: var(--good); background: #eef7f1; }
.stamp p { margin: .3rem 0; } .stamp ul { margin: .2rem 0 .2rem 1.2rem; }
.callout.adjusted { border-color: var(--accent); background: #eef4f7; }
.quotes { list-style: none; padding: 0; } .quotes blockquote { margin: .3rem 0 .1rem; font-style: italic; }
@media print { .stamp { break-inside: avoid; } }
.callout.good { border-color: var(--good); background: #eef7f1; }
.rubric td:first-child { white-space: nowrap; }
.rubric tr.current td { background: #eef4f7; font-weight: 600; }
.reasons { margin: .3rem 0 .3rem 1.1rem; padding: 0; }
.reasons li { margin: .2rem 0; }
.scale { position: relative; height: 14px; min-width: 7rem; background: linear-gradient(to right, var(--l1) 0 33.5%,
  var(--l2) 33.5% 66.5%, var(--l3) 66.5% 100%); border-radius: 3px; margin-top: .25rem;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.scale .ci { position: absolute; top: 4px; height: 6px; background: rgba(29,36,48,.45); border-radius: 2px; }
.scale .dot { position: absolute; top: 1px; width: 4px; margin-left: -2px; height: 12px; background: var(--ink); }
.bars { display: flex; height: 14px; border-radius: 3px; overflow: hidden; background: var(--soft); min-width: 8rem;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bars span { display: block; height: 100%; }
.opt-1 { background: #d98b6a; } .opt-2 { background: #e9c46a; } .opt-3 { background: #8fc59a; } .opt-4 { background: #3f8f5f; }
.opt-dk { background: #b8bec7; } .opt-ns { background: #9aa5b8; }
.swatch { display: inline-block; width: .7rem; height: .7rem; border-radius: 2px; margin-right: .2rem; vertical-align: -1px;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.legend { font-size: .8rem; color: var(--muted); margin-top: .15rem; }
.legend span + span::before { content: " · "; }
.legend .face { width: 1.15em; height: 1.15em; vertical-align: -.25em; margin: 0 .15em 0 .1em; }
.item { padding: .45rem 0; border-bottom: 1px dotted var(--line); break-inside: avoid; }
.item .q { font-weight: 500; }
.focus { background: #eef4f7; }
.flag { color: var(--warn); font-weight: 600; }
.chart { margin: .8rem 0; break-inside: avoid; }
/* A set width: with only max-width Chromium printed the chart at two thirds of the page. */
.chart svg { width: 100%; height: auto; display: block; }
.quotes { list-style: none; padding: 0; }
.quotes li { border-left: 3px solid var(--line); padding: .2rem .7rem; margin: .4rem 0; font-style: italic; white-space: pre-line; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.findings li { margin: .3rem 0; }
footer.generated { margin-top: 3rem; font-size: .8rem; color: var(--muted); }
@media (max-width: 480px) {
  body { font-size: 14px; }
  main { padding: .7rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
  .cover dl { grid-template-columns: 1fr; }
  .cover dd { margin-bottom: .4rem; }
  th, td { padding: .3rem; }
}
@page { size: A4; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  /* The cover and the whole contents share the first page, or the contents move whole to the second; then the
     sections follow on, so no page is left nearly empty. */
  .cover { min-height: 0; padding: 12mm 0 4mm; }
  .toc { break-inside: avoid; break-after: page; }
  section.major > h2 { margin-top: 1.6rem; }
  h2, h3, h4 { break-after: avoid; }
  tr, .levelbox, .callout, .chart, .item, .quotes li { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  .toc ol { columns: auto; }
}
`;
