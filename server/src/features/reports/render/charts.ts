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
 * Hidden perspectives get no bar; band edges are drawn as dashed lines.
 */
export function criteriaChartSvg(report: LocationReport, model: ScanModel, size = { width: 760, height: 360 }): string {
  const perspectives = PERSPECTIVE_ORDER.filter((p) =>
    report.criteria.some((c) => c.perspective === p && !c.suppressed),
  );
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
      legend: { top: 0, data: perspectives.map(perspectiveTitle) },
      grid: { left: 40, right: 56, top: 36, bottom: 70 },
      xAxis: {
        type: 'category',
        data: model.criteria.map((c) => `${c.id} ${c.name.nl}`),
        axisLabel: { interval: 0, rotate: 30, fontSize: 10, width: 110, overflow: 'truncate' },
      },
      yAxis: { type: 'value', min: 1, max: 3, interval: 0.5, axisLabel: { formatter: (v: number) => v.toFixed(1) } },
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
                label: { formatter: 'grens {c}', fontSize: 9 },
                data: model.bands.edges.map((edge) => ({ yAxis: edge })),
              }
            : undefined,
      })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
