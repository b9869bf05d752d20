import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartData = { categories: string[]; series: Array<{ name: string; data: number[] }> };
export type ChartHandle = { update: (data: ChartData) => void; dispose: () => void };

// Colours distinguishable for the common colour-vision deficiencies, dark enough on white.
const colours = ['#0f6e5c', '#b35900', '#3d4fb8'];

/** Draws the per-day bar chart into `element` (SVG, system font); this module is its own lazy chunk. */
export function renderChart(element: HTMLElement): ChartHandle {
  const chart = init(element, undefined, { renderer: 'svg' });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return {
    update: ({ categories, series }) =>
      chart.setOption(
        {
          color: colours,
          textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
          animation: false,
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { left: 40, right: 16, top: 40, bottom: 40 },
          xAxis: { type: 'category', data: categories },
          yAxis: { type: 'value', minInterval: 1 },
          series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, stack: 'total' })),
        },
        { notMerge: true },
      ),
    dispose: () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    },
  };
}
