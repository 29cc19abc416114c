import { periodLabel } from '@chainboard/contracts';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { formatWan, yuanToWan } from '../money';

// Only the pieces this chart draws, so the chunk stays small; the whole file is loaded lazily.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, TitleComponent, LegendComponent, CanvasRenderer]);

export type FigurePoint = { period: string; revenue: number; rdSpending: number };

type Props = {
  points: FigurePoint[];
  asOf: string;
  /** A click on a bar opens the row behind it. */
  onPick?: (period: string) => void;
  height?: number;
};

/** 营业收入 by period (bars) with 研发投入 (line), in 万元, with exact values in the tooltip. */
export default function FiguresChart({ points, asOf, onPick, height = 300 }: Props) {
  const option = {
    title: { text: `营业收入与研发投入（万元）`, subtext: `截至 ${asOf}`, left: 0, textStyle: { fontSize: 14 } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number) => `${formatWan(value * 10_000)} 万元`,
    },
    legend: { top: 0, right: 0 },
    grid: { left: 8, right: 8, top: 64, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => periodLabel(p.period)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => v.toLocaleString('zh-CN') } },
    series: [
      { name: '营业收入', type: 'bar', data: points.map((p) => yuanToWan(p.revenue)), itemStyle: { color: '#1f5fa6' }, barMaxWidth: 36 },
      { name: '研发投入', type: 'line', data: points.map((p) => yuanToWan(p.rdSpending)), itemStyle: { color: '#d48806' } },
    ],
  };
  const box = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const chart = useRef<echarts.ECharts | null>(null);

  // One chart instance per mount, resized with its box (the drawer menu, a phone turning).
  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current);
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.setOption(option, { notMerge: true });
    instance.off('click');
    instance.on('click', (params) => {
      const point = points[params.dataIndex];
      if (point) pick.current?.(point.period);
    });
  });

  return <div ref={box} role="img" aria-label={`营业收入与研发投入（万元），截至 ${asOf}`} style={{ height, width: '100%' }} />;
}
