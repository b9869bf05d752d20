import type { LocationReport, Perspective, ScanModel } from '@driehoek/shared';
import * as echarts from 'echarts';
import { PERSPECTIVE_ORDER, perspectiveTitle } from './labels';

/** One colour per perspective, used by the chart and the HTML legends alike. */
export const PERSPECTIVE_COLOUR: Record<Perspective, string> = {
  parents: '#1f6f8b',
  professionals: '#e0a030',
  children: '#6a9f58',
  'mystery-guest': '#8a5a9e',
};

/**
 * The criteria with each perspective's mean side by side, as an inline SVG (ECharts server-side rendering, no DOM).
 * Hidden perspectives get no bar; band edges are drawn as dashed lines. The bars lie down so every criterion's whole
 * name fits beside its bars (slanted names under standing bars were cut off).
 */
export function criteriaChartSvg(report: LocationReport, model: ScanModel, size = { width: 760, height: 440 }): string {
  const perspectives = PERSPECTIVE_ORDER.filter((p) =>
    report.criteria.some((c) => c.perspective === p && !c.suppressed),
  );
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
      legend: { top: 0, data: perspectives.map(perspectiveTitle) },
      // Room for the names set by hand: in server-side rendering ECharts guesses text widths, and `containLabel`
      // guessed wrong (names cut at the left edge).
      grid: { left: 212, right: 28, top: 44, bottom: 28 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: model.criteria.map((c) => `${c.id} ${c.name.nl}`),
        axisLabel: { interval: 0, fontSize: 12, width: 196, overflow: 'break', lineHeight: 14 },
      },
      xAxis: { type: 'value', min: 1, max: 3, interval: 0.5, axisLabel: { formatter: (v: number) => v.toFixed(1) } },
      series: perspectives.map((p, i) => ({
        name: perspectiveTitle(p),
        type: 'bar',
        barGap: '10%',
        itemStyle: { color: PERSPECTIVE_COLOUR[p] },
        data: model.criteria.map((c) => {
          const cell = report.criteria.find((x) => x.criterion === c.id && x.perspective === p);
          return cell && !cell.suppressed ? Math.round(cell.mean * 100) / 100 : null;
        }),
        markLine:
          i === 0
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#666' },
                label: { formatter: 'grens {c}', fontSize: 10, position: 'start' },
                data: model.bands.edges.map((edge) => ({ xAxis: edge })),
              }
            : undefined,
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
