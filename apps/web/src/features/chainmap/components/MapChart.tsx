import { TreeChart } from 'echarts/charts';
import { TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { formatYi } from '../../enterprises/money';
import type { ChainMap, MapSegment } from '../api';
import { CHAIN_STAGE_LABELS, GAP_STATUS_COLOURS, GAP_STATUS_LABELS } from '../labels';

// Only the pieces this chart draws; the whole file is loaded lazily with the page. SVG keeps the
// labels crisp when printed and scaled.
echarts.use([TreeChart, TitleComponent, TooltipComponent, SVGRenderer]);

type TreeNode = {
  name: string;
  value?: number;
  segmentId?: number;
  children?: TreeNode[];
  itemStyle?: object;
  label?: object;
  tip?: string;
};

function toNode(s: MapSegment, all: MapSegment[]): TreeNode {
  const f = s.figures;
  const marks = [f.masters.length ? `链主${f.masters.length}` : '', f.cores.length ? `链核${f.cores.length}` : '']
    .filter(Boolean)
    .join(' ');
  const colour = GAP_STATUS_COLOURS[f.status];
  return {
    name: `${s.name}（${f.enterprises}家${marks ? `，${marks}` : ''}）`,
    value: f.enterprises,
    segmentId: s.id,
    itemStyle: { color: colour, borderColor: colour },
    label: { color: f.status === 'strong' ? '#262626' : colour },
    tip: [
      `<b>${s.path}</b>（${GAP_STATUS_LABELS[f.status]}）`,
      `本地企业 ${f.enterprises} 家，营收 ${formatYi(f.revenue)} 亿元（占全链 ${f.revenueShare.toFixed(1)}%）`,
      f.masters.length ? `链主：${f.masters.join('、')}` : '',
      f.cores.length ? `链核：${f.cores.slice(0, 5).join('、')}${f.cores.length > 5 ? ' 等' : ''}` : '',
      `在建项目 ${f.projectsUnderway} 个，招商线索 ${f.leads} 条`,
      ...f.reasons,
    ]
      .filter(Boolean)
      .join('<br/>'),
    children: all.filter((c) => c.parentId === s.id).map((c) => toNode(c, all)),
  };
}

/** The segment tree of one chain, stages upstream to downstream, coloured by gap status; a click opens a segment. */
export default function MapChart({
  map,
  onPick,
  onReady,
}: {
  map: ChainMap;
  onPick: (segmentId: number) => void;
  /** Hands back the chart, for 导出图片 and 打印. */
  onReady?: (chart: echarts.ECharts | null) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const leaves = Math.max(map.segments.filter((s) => s.leaf).length, 6);
  const height = Math.max(420, leaves * 30 + 80);

  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.on('click', (e) => {
      const id = (e.data as TreeNode | undefined)?.segmentId;
      if (id !== undefined) pick.current(id);
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(box.current);
    onReady?.(chart);
    return () => {
      resize.disconnect();
      onReady?.(null);
      chart.dispose();
    };
  }, [onReady]);

  useEffect(() => {
    const chart = box.current ? echarts.getInstanceByDom(box.current) : undefined;
    if (!chart) return;
    const root: TreeNode = {
      name: map.chainName,
      children: (['upstream', 'midstream', 'downstream'] as const).map((stage) => ({
        name: CHAIN_STAGE_LABELS[stage],
        itemStyle: { color: '#1f5fa6' },
        children: map.segments.filter((s) => s.parentId === null && s.stage === stage).map((s) => toNode(s, map.segments)),
      })),
    };
    chart.setOption(
      {
        backgroundColor: '#fff',
        title: {
          text: `${map.chainName}产业链图谱（企业：家）`,
          subtext: `截至 ${map.asOf}，营收为 ${map.year} 年；红色断点、橙色堵点、绿色为强`,
          left: 0,
          textStyle: { fontSize: 14 },
        },
        tooltip: {
          trigger: 'item',
          formatter: (p: { data: TreeNode }) => p.data.tip ?? p.data.name,
        },
        series: [
          {
            type: 'tree',
            data: [root],
            top: 60,
            left: 60,
            bottom: 20,
            right: 200,
            orient: 'LR',
            initialTreeDepth: -1,
            expandAndCollapse: false,
            symbolSize: 10,
            label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12 },
            leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
            animationDuration: 300,
          },
        ],
      },
      true,
    );
  }, [map]);

  return (
    <div style={{ overflowX: 'auto' }}>
      <div ref={box} data-testid="chain-map-chart" role="img" aria-label={`${map.chainName}产业链图谱`} style={{ height, minWidth: 760 }} />
    </div>
  );
}
