import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { TABLE_SCROLL } from '../../../lib/table';
import type { ChainRankRow, CockpitFigure, DrillParams } from '../api';
import { formatFigure } from '../labels';

type FigureColumn = Exclude<keyof ChainRankRow, 'chainId' | 'chainName' | 'leadUnitName'>;
const COLUMNS: [FigureColumn, string][] = [
  ['enterprises', '链上企业（家）'],
  ['masters', '链主（家）'],
  ['revenue', '营业收入'],
  ['keyProjects', '重点项目（个）'],
  ['landed', '落地项目（个）'],
  ['problemsOpen', '未办结问题（件）'],
  ['problemsOverdue', '逾期问题（件）'],
  ['stale', '未按期确认（家）'],
];

/** Every key chain in one row, sortable by any figure; each cell opens its rows, the name opens the chain's cockpit. */
export default function RankingTable({
  rows,
  loading,
  onDrill,
  onOpenChain,
  canOpen = () => true,
  revenueLabel,
  distinctTotal,
}: {
  rows: ChainRankRow[];
  /** Which quarters the revenue column counts: 截至2024年第三季度. */
  revenueLabel?: string;
  /** The province's enterprises, each counted once; the chains' sum counts one on two chains twice. */
  distinctTotal?: number | null;
  loading?: boolean;
  onDrill: (d: DrillParams, title: string) => void;
  onOpenChain?: (chainId: number) => void;
  /** Whether the user may open this chain's records (a lead unit sees every chain's figures, the rows of its own). */
  canOpen?: (chainId: number) => boolean;
}) {
  const cell = (row: ChainRankRow, f: CockpitFigure) =>
    !canOpen(row.chainId) ? (
      formatFigure(f.value, f.unit).text
    ) : (
      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => f.drill && onDrill(f.drill, `${row.chainName} · ${f.label}`)}>
        {formatFigure(f.value, f.unit).text}
      </Button>
    );
  const columns: ColumnsType<ChainRankRow> = [
    {
      title: '产业链',
      dataIndex: 'chainName',
      fixed: 'left',
      render: (name: string, row) =>
        onOpenChain && canOpen(row.chainId) ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpenChain(row.chainId)}>
            {name}
          </Button>
        ) : (
          name
        ),
    },
    { title: '牵头单位', dataIndex: 'leadUnitName', render: (v) => v ?? '—', responsive: ['lg'] },
    ...COLUMNS.map(([key, title]) => ({
      title: key === 'revenue' ? `营收（${revenueLabel ? `${revenueLabel}，` : ''}亿元）` : title,
      key,
      align: 'right' as const,
      sorter: (a: ChainRankRow, b: ChainRankRow) => (a[key].value ?? 0) - (b[key].value ?? 0),
      defaultSortOrder: key === 'enterprises' ? ('descend' as const) : undefined,
      render: (_: unknown, row: ChainRankRow) => cell(row, row[key]),
    })),
  ];
  const chainsSum = rows.reduce((sum, r) => sum + (r.enterprises.value ?? 0), 0);
  const crossChain = distinctTotal !== null && distinctTotal !== undefined && chainsSum > distinctTotal;
  return (
    <>
      <Table<ChainRankRow>
        rowKey="chainId"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading}
        scroll={TABLE_SCROLL}
        pagination={false}
      />
      {crossChain && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 12px 0', fontSize: 12 }} data-testid="ranking-cross-chain">
          按链合计含跨链企业，合计可能大于全省去重数（按链合计 {chainsSum.toLocaleString('zh-CN')} 家，全省去重{' '}
          {distinctTotal.toLocaleString('zh-CN')} 家）
        </Typography.Paragraph>
      )}
    </>
  );
}
