import { periodLabel } from '@chainboard/contracts';
import { Card, Col, Row } from 'antd';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Cockpit, CockpitFigure, DrillParams } from '../api';

// Only the pieces these charts draw; this file is its own chunk, loaded after the figures show.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  TooltipComponent,
  TitleComponent,
  LegendComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

type Pick = (figure: CockpitFigure) => void;

const YI = 100_000_000;
const title = (text: string, asOf: string) => ({ text, subtext: `截至 ${asOf}`, left: 0, textStyle: { fontSize: 14 } });

/** Revenue and enterprises over the quarters, projects by class, landed projects per city against the target. */
export default function CockpitCharts({ cockpit, onDrill }: { cockpit: Cockpit; onDrill: (d: DrillParams, title: string) => void }) {
  const open: Pick = (f) => f.drill && onDrill(f.drill, f.label);
  const asOf = cockpit.asOf;
  const quarters = cockpit.quarters;
  const cityTarget = cockpit.landed.perCity[0]?.target ?? null;

  const charts: { key: string; label: string; option: echarts.EChartsCoreOption; figures: CockpitFigure[][] }[] = [
    {
      key: 'quarters',
      label: `链上企业营业收入（亿元）与企业数（家），截至 ${asOf}`,
      figures: [
        quarters.map((q) => ({ ...q.revenue, label: `${periodLabel(q.period)}营业收入` })),
        quarters.map((q) => ({ ...q.enterprises, label: `${periodLabel(q.period)}末链上企业` })),
      ],
      option: {
        title: title('链上企业营业收入（亿元）与企业数（家）', asOf),
        tooltip: { trigger: 'axis' },
        legend: { top: 0, right: 0 },
        grid: { left: 8, right: 8, top: 84, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: quarters.map((q) => q.period) },
        yAxis: [
          { type: 'value', name: '亿元' },
          { type: 'value', name: '家', splitLine: { show: false } },
        ],
        series: [
          {
            name: '营业收入',
            type: 'bar',
            data: quarters.map((q) => Math.round(((q.revenue.value ?? 0) / YI) * 100) / 100),
            itemStyle: { color: '#1f5fa6' },
            barMaxWidth: 36,
            tooltip: { valueFormatter: (v: number) => `${v.toLocaleString('zh-CN')} 亿元` },
          },
          {
            name: '链上企业',
            type: 'line',
            yAxisIndex: 1,
            data: quarters.map((q) => q.enterprises.value ?? 0),
            itemStyle: { color: '#d48806' },
            tooltip: { valueFormatter: (v: number) => `${v.toLocaleString('zh-CN')} 家` },
          },
        ],
      },
    },
    {
      key: 'classes',
      label: `亿元以上重点项目分类（个），截至 ${asOf}`,
      figures: [cockpit.projectsByClass],
      option: {
        title: title('亿元以上重点项目分类（个）', asOf),
        tooltip: { trigger: 'item', formatter: '{b}：{c} 个（{d}%）' },
        legend: { bottom: 0 },
        series: [
          {
            type: 'pie',
            radius: ['35%', '62%'],
            center: ['50%', '52%'],
            data: cockpit.projectsByClass.map((f) => ({ name: f.label, value: f.value ?? 0 })),
            label: { formatter: '{b}\n{c}' },
          },
        ],
      },
    },
    {
      key: 'landed',
      label: `各市招商落地项目（个），截至 ${asOf}`,
      figures: [cockpit.landed.perCity.map((u) => ({ ...u, label: `${u.label}落地项目` }))],
      option: {
        title: title('各市招商落地项目（个）', asOf),
        tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v} 个` },
        grid: { left: 8, right: 8, top: 64, bottom: 8, containLabel: true },
        xAxis: {
          type: 'category',
          data: cockpit.landed.perCity.map((u) => u.label.replace('山西转型综改示范区', '综改区')),
          axisLabel: { interval: 0, rotate: 40 },
        },
        yAxis: { type: 'value' },
        series: [
          {
            name: '落地项目',
            type: 'bar',
            barMaxWidth: 28,
            data: cockpit.landed.perCity.map((u) => ({
              value: u.value ?? 0,
              itemStyle: { color: cityTarget !== null && (u.value ?? 0) >= cityTarget ? '#389e0d' : '#d46b08' },
            })),
            markLine:
              cityTarget !== null
                ? { symbol: 'none', data: [{ yAxis: cityTarget, name: '目标' }], label: { formatter: `目标 ${cityTarget}` } }
                : undefined,
          },
        ],
      },
    },
  ];

  return (
    <Row gutter={[12, 12]}>
      {charts.map((c) => (
        <Col key={c.key} xs={24} lg={12} xxl={8}>
          <Card size="small">
            <ChartWithPick chart={c} open={open} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function ChartWithPick({
  chart,
  open,
}: {
  chart: { label: string; option: echarts.EChartsCoreOption; figures: CockpitFigure[][] };
  open: Pick;
}) {
  return <PickableChart {...chart} onPick={(s, i) => chart.figures[s]?.[i] && open(chart.figures[s][i])} />;
}

/** One chart instance per mount, resized with its box; a click opens the figure behind the bar or slice. */
function PickableChart({
  option,
  figures,
  label,
  onPick,
}: {
  option: echarts.EChartsCoreOption;
  figures: CockpitFigure[][];
  label: string;
  onPick: (seriesIndex: number, dataIndex: number) => void;
}) {
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
    instance.on('click', (p) => pick.current(p.seriesIndex ?? 0, p.dataIndex));
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  });
  return <div ref={box} role="img" aria-label={label} data-figures={figures.length} style={{ height: 280, width: '100%' }} />;
}
