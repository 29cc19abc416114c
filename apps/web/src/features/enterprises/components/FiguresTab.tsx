import { EditOutlined } from '@ant-design/icons';
import { type Figure, periodLabel } from '@chainboard/contracts';
import { Button, Empty, Flex, Segmented, Spin, Table, type TableColumnsType } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { formatDate, formatDateTime } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useFigures } from '../hooks';
import { formatCount, formatWan } from '../money';
import { FigureFormDrawer } from './FigureFormDrawer';

// ECharts is loaded only when this tab draws its chart, never with the first screen.
const FiguresChart = lazy(() => import('./FiguresChart'));

type Grain = 'quarter' | 'half' | 'year';
const GRAIN_LABELS: Record<Grain, string> = { quarter: '季度', half: '半年', year: '年度' };
const grainOf = (period: string): Grain => (period.length === 4 ? 'year' : period[4] === 'H' ? 'half' : 'quarter');

const money = (title: string, key: keyof Figure) => ({
  title: `${title}（万元）`,
  dataIndex: key,
  align: 'right' as const,
  render: (v: number) => formatWan(v),
});

/** 经营数据: every reported period in 万元, with a chart of revenue by period and 填报数据. */
export function FiguresTab({ enterpriseId, editable }: { enterpriseId: number; editable: boolean }) {
  const isMobile = useIsMobile();
  const { data, isLoading } = useFigures(enterpriseId);
  const [editing, setEditing] = useState<{ open: boolean; figure: Figure | null }>({ open: false, figure: null });
  const [picked, setPicked] = useState<string | null>(null);
  const figures = [...(data ?? [])].sort((a, b) => b.period.localeCompare(a.period));
  const grains = (['quarter', 'half', 'year'] as Grain[]).filter((g) => figures.some((f) => grainOf(f.period) === g));
  const [grain, setGrain] = useState<Grain | null>(null);
  const shown = grain && grains.includes(grain) ? grain : (grains[0] ?? 'quarter');
  const points = figures.filter((f) => grainOf(f.period) === shown).reverse();
  const asOf = formatDate(
    figures
      .map((f) => f.reportedAt)
      .sort()
      .at(-1),
  );

  const columns: TableColumnsType<Figure> = [
    { title: '期间', dataIndex: 'period', fixed: 'start', render: (p: string) => periodLabel(p) },
    money('营业收入', 'revenue'),
    money('工业总产值', 'output'),
    money('税收', 'tax'),
    money('研发投入', 'rdSpending'),
    { title: '从业人数', dataIndex: 'employees', align: 'right', render: (v: number) => formatCount(v) },
    money('投资额', 'investment'),
    { title: '填报时间', dataIndex: 'reportedAt', render: formatDateTime },
  ];
  if (editable) {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_, f) => (
        <Button type="link" size="small" onClick={() => setEditing({ open: true, figure: f })}>
          修改
        </Button>
      ),
    });
  }

  const onPick = (period: string) => {
    setPicked(period);
    document.querySelector(`[data-row-key="${period}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        {grains.length > 1 ? (
          <Segmented
            aria-label="期间粒度"
            value={shown}
            options={grains.map((g) => ({ value: g, label: GRAIN_LABELS[g] }))}
            onChange={(v) => setGrain(v as Grain)}
          />
        ) : (
          <span />
        )}
        {editable && (
          <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing({ open: true, figure: null })}>
            填报数据
          </Button>
        )}
      </Flex>
      {isLoading ? (
        <Spin />
      ) : points.length > 0 ? (
        <Suspense fallback={<Spin style={{ minHeight: 300 }} />}>
          <FiguresChart points={points} asOf={asOf} onPick={onPick} height={isMobile ? 240 : 300} />
        </Suspense>
      ) : (
        <Empty description={editable ? '还没有经营数据，可以 填报数据 或在企业列表 导入经营数据' : '还没有经营数据'} />
      )}
      {figures.length > 0 && (
        <Table<Figure>
          rowKey="period"
          size="small"
          columns={columns}
          dataSource={figures}
          pagination={figures.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
          scroll={TABLE_SCROLL}
          onRow={(f) => ({ style: f.period === picked ? { background: '#e6f0fa' } : undefined })}
        />
      )}
      <FigureFormDrawer
        enterpriseId={enterpriseId}
        open={editing.open}
        figure={editing.figure}
        onClose={() => setEditing((prev) => ({ ...prev, open: false }))}
      />
    </Flex>
  );
}
