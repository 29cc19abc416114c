import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { formatWan, yuanToWan } from '../../enterprises/money';
import type { ChainSummary } from '../api';

echarts.use([BarChart, GridComponent, TooltipComponent, TitleComponent, CanvasRenderer]);

type Props = { rows: ChainSummary[]; year: number; asOf: string; onPick: (chainId: number) => void };

/** Money funds put into each chain in the year (已投, 万元); a bar opens the chain's funds. */
export default function FundChainsChart({ rows, year, asOf, onPick }: Props) {
  const shown = rows.filter((r) => r.investedAmount > 0);
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

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
    instance.setOption(
      {
        title: { text: `${year}年各产业链基金已投金额（万元）`, subtext: `截至 ${asOf}`, left: 0, textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis', valueFormatter: (value: number) => `${formatWan(value * 10_000)} 万元` },
        grid: { left: 8, right: 8, top: 64, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: shown.map((r) => r.chainName), axisLabel: { interval: 0, rotate: shown.length > 6 ? 30 : 0 } },
        yAxis: { type: 'value', axisLabel: { formatter: (v: number) => v.toLocaleString('zh-CN') } },
        series: [
          {
            name: '已投金额',
            type: 'bar',
            data: shown.map((r) => yuanToWan(r.investedAmount)),
            itemStyle: { color: '#1f5fa6' },
            barMaxWidth: 36,
          },
        ],
      },
      { notMerge: true },
    );
    instance.off('click');
    instance.on('click', (params) => {
      const row = shown[params.dataIndex];
      if (row) pick.current(row.chainId);
    });
  });

  return (
    <div ref={box} role="img" aria-label={`${year}年各产业链基金已投金额（万元），截至 ${asOf}`} style={{ height: 320, width: '100%' }} />
  );
}
