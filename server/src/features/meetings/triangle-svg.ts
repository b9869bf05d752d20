import type { Figure, Shape } from './triangle-figure';
import { TEXT_COLOUR } from './triangle-figure';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number): string => String(Math.round(x * 10) / 10);

function svgOf(s: Shape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${s.fill}"/>`;
    case 'ellipse':
      return `<ellipse cx="${n(s.x + s.w / 2)}" cy="${n(s.y + s.h / 2)}" rx="${n(s.w / 2)}" ry="${n(s.h / 2)}" fill="${s.fill}"/>`;
    case 'triangle':
      return `<polygon points="${n(s.x + s.w / 2)},${n(s.y)} ${n(s.x + s.w)},${n(s.y + s.h)} ${n(s.x)},${n(s.y + s.h)}" fill="${s.fill}"/>`;
    case 'diamond':
      return `<polygon points="${n(s.x + s.w / 2)},${n(s.y)} ${n(s.x + s.w)},${n(s.y + s.h / 2)} ${n(s.x + s.w / 2)},${n(s.y + s.h)} ${n(s.x)},${n(s.y + s.h / 2)}" fill="${s.fill}"/>`;
    case 'line':
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}" stroke-width="2"/>`;
    case 'text': {
      const x = s.align === 'left' ? s.x + 4 : s.align === 'right' ? s.x + s.w - 4 : s.x + s.w / 2;
      const anchor = s.align === 'left' ? 'start' : s.align === 'right' ? 'end' : 'middle';
      const weight = s.bold ? ' font-weight="700"' : '';
      return `<text x="${n(x)}" y="${n(s.y + s.h / 2)}" font-size="${s.size}" text-anchor="${anchor}" dominant-baseline="central"${weight}>${escapeXml(s.text)}</text>`;
    }
  }
}

/** The figure as one self-contained SVG document (no scripts, no external references), scaling to its box. */
export function figureSvg(figure: Figure): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${figure.width} ${figure.height}" role="img" aria-label="${escapeXml(figure.description)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" fill="${TEXT_COLOUR}"><title>${escapeXml(figure.description)}</title>${figure.shapes.map(svgOf).join('')}</svg>`;
}
