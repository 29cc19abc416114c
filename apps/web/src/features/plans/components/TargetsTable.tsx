import { Button, Card, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { figure } from '../labels';
import { type AlongsideFigure, TargetAlongside } from './TargetAlongside';
import { TargetStatusTag } from './TargetTags';

/** A target row as both the plan and the quarterly report carry it. */
export type TargetRow = {
  key?: string;
  label: string;
  actual: number | null;
  value: number;
  unit: string;
  status: string;
  unitsMet: number | null;
  unitsTotal: number | null;
  comparison?: string;
  perUnit?: string | null;
  alongside?: AlongsideFigure[];
  /** What a revenue figure covers: 截至2024年第三季度. */
  coverage?: string | null;
};

const PER_UNIT: Record<string, string> = { hostZone: '每个承载示范开发区', city: '综改示范区、各市' };

/** What the figure is now: for per-unit targets "m/n 个单位达标"; money in 亿元. */
function Current({ row }: { row: TargetRow }) {
  if (row.status === 'notTracked' || row.actual === null) return <Typography.Text type="secondary">暂未统计</Typography.Text>;
  if (row.unitsTotal !== null && row.unitsMet !== null) {
    return (
      <span>
        {row.unitsMet}/{row.unitsTotal} 个单位达标
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          合计 {figure(row.actual, row.unit)}
        </Typography.Text>
      </span>
    );
  }
  return (
    <>
      {figure(row.actual, row.unit)}
      {row.coverage && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {row.coverage}
        </Typography.Text>
      )}
      <TargetAlongside items={row.alongside} unit={row.unit} />
    </>
  );
}

/** 推进目标: each target's live figure against its value, and whether it is met, on track or behind. */
export function TargetsTable({
  rows,
  loading,
  asOf,
  onEdit,
}: {
  rows: TargetRow[];
  loading?: boolean;
  asOf?: string;
  /** Given to those who may change a target's value (the office). */
  onEdit?: (row: TargetRow) => void;
}) {
  const isMobile = useIsMobile();
  if (isMobile) return <TargetCards rows={rows} onEdit={onEdit} />;
  const columns: TableColumnsType<TargetRow> = [
    { title: '目标', dataIndex: 'label', fixed: 'start', width: isMobile ? 150 : 360 },
    {
      title: '目标值',
      key: 'value',
      render: (_, r) => (
        <>
          {r.comparison === '<=' ? '≤ ' : '≥ '}
          {figure(r.value, r.unit)}
          {r.perUnit && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {PER_UNIT[r.perUnit] ?? r.perUnit}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: asOf ? `当前（截至 ${asOf}）` : '当前', key: 'actual', render: (_, r) => <Current row={r} /> },
    { title: '状态', dataIndex: 'status', render: (s: string) => <TargetStatusTag status={s} /> },
    ...(onEdit
      ? [
          {
            title: '操作',
            key: 'edit',
            render: (_: unknown, r: TargetRow) => (
              <Button type="link" size="small" onClick={() => onEdit(r)} aria-label={`修改目标值：${r.label}`}>
                修改目标值
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<TargetRow>
      rowKey={(r) => r.key ?? r.label}
      size="small"
      aria-label="推进目标"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={TABLE_SCROLL}
    />
  );
}

/** On a phone each target is a small card: what, where it stands, the target, and its status. */
function TargetCards({ rows, onEdit }: { rows: TargetRow[]; onEdit?: (row: TargetRow) => void }) {
  return (
    <Flex vertical gap={8} role="list" aria-label="推进目标">
      {rows.map((r) => (
        <Card key={r.key ?? r.label} size="small" role="listitem" styles={{ body: { padding: 10 } }}>
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Typography.Text strong>{r.label}</Typography.Text>
            <TargetStatusTag status={r.status} />
          </Flex>
          <Flex justify="space-between" gap={8} style={{ marginTop: 4 }}>
            <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
              目标 {r.comparison === '<=' ? '≤' : '≥'} {figure(r.value, r.unit)}
            </Typography.Text>
            <span style={{ textAlign: 'end' }}>
              <Current row={r} />
            </span>
          </Flex>
          {onEdit && (
            <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onEdit(r)} aria-label={`修改目标值：${r.label}`}>
              修改目标值
            </Button>
          )}
        </Card>
      ))}
    </Flex>
  );
}
