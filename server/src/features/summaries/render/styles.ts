// Self-contained styles: no fonts or files from elsewhere (offline schools, and no third party learns who reads).
// DejaVu and Noto carry Arabic and Cyrillic where system-ui lacks them.
const FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

/** The parents' page on a phone, and as a one-page A4 letter in print. */
export const PARENTS_CSS = `
*{box-sizing:border-box}
html{font-family:${FONTS};color:#1a1a1a;background:#fff;line-height:1.5;-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:44rem;padding:1rem 1.25rem 2rem}
a{color:#1f4f8a}
.languages ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;margin:0 0 1rem}
.languages a{display:inline-block;padding:.35rem .1rem}
.languages a[aria-current]{font-weight:700;color:#1a1a1a;text-decoration:none}
.place{color:#4a5565;margin:0}
h1{font-size:1.75rem;line-height:1.2;margin:.25rem 0 .5rem}
h2{font-size:1.2rem;line-height:1.3;margin:1.25rem 0 .35rem;color:#17406d}
p{margin:.35rem 0}
.lead{margin:.5rem 0 .15rem;font-weight:600}
ul.topics{margin:.1rem 0 .4rem;padding-inline-start:1.4rem}
ul.goals{margin:.1rem 0 .4rem;padding-inline-start:1.4rem}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-inline-start:4px solid #9bb7d9;background:#f3f6fa}
blockquote p{white-space:pre-line}
.note{font-style:italic}
footer{margin-top:1.5rem;border-top:1px solid #c8ced6;padding-top:.75rem}
.qr-block{display:flex;gap:1rem;align-items:center}
.qr svg{width:30mm;height:30mm;display:block}
.url{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.85rem;word-break:break-all;direction:ltr;unicode-bidi:embed}
.small{font-size:.85rem;color:#4a5565}
@media (max-width:36rem){.qr{display:none}}
@page{size:A4;margin:13mm 15mm}
@media print{
  html{font-size:10pt;line-height:1.35}
  body{max-width:none;padding:0}
  .languages{display:none}
  h1{font-size:19pt;margin:1mm 0 2mm}
  h2{font-size:12.5pt;margin:3.5mm 0 1mm;break-after:avoid}
  p{margin:1mm 0}
  ul.topics{display:flex;flex-wrap:wrap;gap:0 5mm;list-style:none;padding:0;margin:.5mm 0 1.5mm}
  ul.topics li::before{content:'• '}
  blockquote{padding:1mm 3mm;margin:1mm 0}
  footer{margin-top:4mm;padding-top:3mm;break-inside:avoid}
  .qr{display:block}
  .qr svg{width:27mm;height:27mm}
  a{color:inherit;text-decoration:none}
}
`;

/** The children's page on the classroom screen, and as an A3 landscape class poster in print. */
export const CHILDREN_CSS = `
*{box-sizing:border-box}
html{font-family:${FONTS};color:#1a1a1a;background:#fffdf7;line-height:1.45}
body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem 2rem;font-size:1.25rem}
.place{color:#4a5565;margin:0;font-size:1rem}
h1{font-size:2.4rem;line-height:1.15;margin:.2rem 0 .5rem;color:#17406d}
h2{font-size:1.7rem;margin:1.25rem 0 .5rem;color:#17406d}
p{margin:.4rem 0}
.read-aloud{margin:.75rem 0}
.read-aloud button{font:inherit;font-size:1.1rem;font-weight:600;padding:.55rem 1.1rem;border-radius:.6rem;border:2px solid #1f4f8a;background:#fff;color:#1f4f8a;display:inline-flex;gap:.5rem;align-items:center;cursor:pointer}
.read-aloud button[hidden]{display:none}
.read-aloud svg{width:1.6rem;height:1.6rem}
.cards{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem}
.card{border:3px solid #e3d9c2;border-radius:1rem;padding:.9rem 1rem;background:#fff;display:flex;gap:.9rem;align-items:center}
.card svg{width:3.6rem;height:3.6rem;flex:none}
.card .topic{font-weight:700;margin:0}
.card .level{display:flex;gap:.4rem;align-items:center;margin:.2rem 0 0}
.card .level svg{width:2.2rem;height:2.2rem}
.message{font-size:1.35rem;border:3px dashed #e3d9c2;border-radius:1rem;padding:1rem;background:#fff}
.thanks{font-size:1.6rem;font-weight:700;color:#1d7a4a;margin-top:1.25rem}
.layout{display:block}
@page{size:A3 landscape;margin:12mm}
@media print{
  html{background:#fff;font-size:20pt}
  body{max-width:none;padding:0;font-size:1rem}
  .place{font-size:13pt}
  .read-aloud{display:none}
  .layout{display:grid;grid-template-columns:1.9fr 1fr;gap:12mm;align-items:start}
  h1{font-size:44pt}
  h2{font-size:28pt;margin-top:5mm}
  .cards{grid-template-columns:repeat(2,1fr);gap:5mm}
  .card{break-inside:avoid;padding:3mm 5mm}
  .card svg{width:20mm;height:20mm}
  .card .level svg{width:11mm;height:11mm}
  .cards.many{grid-template-columns:repeat(3,1fr)}
  .message{font-size:24pt}
  .thanks{font-size:28pt}
  .doing .cards{grid-template-columns:1fr}
}
`;
