import { AUDIENCE_NL, capitalised, type RoundMonitor } from '@driehoek/shared';
import { useEffect, useRef, useState } from 'react';
import { formatDay } from '../../lib/dates';
import type { ChartHandle } from './responses-chart-render';

/** Every date from the first to the last answer, so quiet days show as zero instead of being skipped. */
export function dayRange(monitor: RoundMonitor): string[] {
  const dates = monitor.audiences.flatMap((a) => a.perDay.map((d) => d.date)).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return [];
  const days: string[] = [];
  for (let d = new Date(`${first}T12:00:00Z`); d.toISOString().slice(0, 10) <= last; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

/** Complete answers per day and audience as a bar chart; ECharts loads only when this chart is first shown. */
export function ResponsesChart({ monitor }: { monitor: RoundMonitor }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartHandle | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const days = dayRange(monitor);
  const series = monitor.audiences.map((a) => ({
    name: capitalised(AUDIENCE_NL[a.audience]),
    data: days.map((day) => a.perDay.find((d) => d.date === day)?.complete ?? 0),
  }));
  const option = { categories: days.map(formatDay), series };
  const latest = useRef(option);
  latest.current = option;

  const hasData = days.length > 0;
  useEffect(() => {
    if (!hasData) return;
    let disposed = false;
    import('./responses-chart-render').then(
      ({ renderChart }) => {
        if (disposed || !box.current) return;
        chart.current = renderChart(box.current);
        chart.current.update(latest.current);
      },
      () => setFailed(true),
    );
    return () => {
      disposed = true;
      chart.current?.dispose();
      chart.current = undefined;
    };
  }, [hasData]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: redraw when the data (as text) changes.
  useEffect(() => {
    chart.current?.update(latest.current);
  }, [JSON.stringify(option)]);

  if (!hasData) return <p>Nog geen antwoorden.</p>;
  if (failed)
    return <p className="muted">De grafiek kon niet worden geladen; de tabel hieronder toont dezelfde cijfers.</p>;
  return (
    <div
      ref={box}
      className="chart"
      role="img"
      aria-label="Staafdiagram van volledige antwoorden per dag; de tabel eronder toont dezelfde cijfers."
    />
  );
}
