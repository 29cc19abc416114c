import { COCKPIT_FIGURE_LABELS, type DrillEntity, periodLabel } from '@chainboard/contracts';
import { Flex, Modal, Switch, Table, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import type { Cockpit, CockpitFigure, DrillParams, SnapshotDiff } from '../api';
import { useDrill, useSnapshot, useSnapshotDiff } from '../hooks';
import { figureText } from '../labels';

type Change = SnapshotDiff['changes'][number];
type Named = { id: number; name: string };

/** Where a record of each kind is read; the others have no page of their own. */
const RECORD_PAGES: Partial<Record<DrillEntity, (id: number) => string>> = {
  enterprise: (id) => `/enterprises/${id}`,
  project: (id) => `/projects/${id}`,
  lead: (id) => `/attraction/leads/${id}`,
  problem: (id) => `/problems/${id}`,
  chain: (id) => `/chains/${id}`,
  event: (id) => `/coordination/events/${id}`,
};

const HIGHLIGHT = { background: '#fffbe6' };

/** The rebuilt day differs from what was reported: late entries or corrections since. */
const differs = (c: Change) => c.rebuilt !== c.before;

type FigureInfo = { drill: DrillParams | null; context: string | null };

/** Every figure of a cockpit, by id: the drill-down it opens, and what a city's or quarter's figure belongs to. */
function figuresOf(c: Cockpit): Map<string, FigureInfo> {
  const within = (context: string | null) => (f: CockpitFigure) => [f.id, { drill: f.drill, context }] as const;
  return new Map([
    ...c.targets.flatMap((t) => [within(null)(t.actual), ...t.units.map(within(t.label))]),
    ...c.quarters.flatMap((q) => [q.enterprises, q.revenue].map(within(periodLabel(q.period)))),
    ...c.projectsByClass.map(within(COCKPIT_FIGURE_LABELS.keyProjects)),
    ...c.landed.perCity.map(within(COCKPIT_FIGURE_LABELS.landedPerCity)),
    ...c.landed.perZone.map(within(COCKPIT_FIGURE_LABELS.landedPerHostZone)),
    ...[c.problems.open, c.problems.overdue, c.problems.solved].map(within(null)),
    ...(c.milestones ? [c.milestones.done, c.milestones.late] : []).map(within(null)),
    ...[c.freshness.stale, c.freshness.total].map(within('企业信息更新')),
  ]);
}

function signed(v: number | null, unit: string): ReactNode {
  if (v === null) return '—';
  if (v === 0) return <Typography.Text type="secondary">一致</Typography.Text>;
  const color = v > 0 ? '#389e0d' : v < 0 ? '#cf1322' : undefined;
  return <span style={{ color }}>{`${v > 0 ? '+' : ''}${figureText(v, unit)}`}</span>;
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** The records that make one figure's rebuilt day differ from the report, each opening its page. */
function ChangedRecords({ change, drill }: { change: Change; drill: DrillParams | null }) {
  // the drill-down says which kind of record the figure counts, hence which page a name opens
  const { data } = useDrill(change.records ? drill : null, 1, 10);
  const recordPage = data ? RECORD_PAGES[data.entity] : undefined;
  // a corrected revenue is read on the enterprise's figures tab
  const figuresTab = data?.entity === 'enterprise' && data.measure === 'sum' ? '?tab=figures' : '';
  const page = recordPage && ((id: number) => `${recordPage(id)}${figuresTab}`);
  if (!change.records) {
    return <Typography.Text type="secondary">快照未保存该指标的记录明细，只能比较数值。</Typography.Text>;
  }
  const groups: [string, Named[]][] = [
    ['补录/新增', change.records.added],
    ['更正后移出', change.records.removed],
    ['数值更正', change.records.changed],
  ];
  return (
    <Flex vertical gap={4}>
      {groups
        .filter(([, list]) => list.length > 0)
        .map(([title, list]) => (
          <div key={title}>
            <Typography.Text strong>{`${title}（${list.length}）：`}</Typography.Text>
            {list.map((r, i) => (
              <span key={r.id}>
                {i > 0 && '、'}
                {page ? <Link to={page(r.id)}>{r.name}</Link> : r.name}
              </span>
            ))}
          </div>
        ))}
    </Flex>
  );
}

/**
 * A snapshot as reported, its own day rebuilt from today's records (late entries and corrections
 * make the difference, with the records named), and today's figure for the same year.
 */
export default function SnapshotDiffModal({ id, onClose }: { id: number | undefined; onClose: () => void }) {
  const isMobile = useIsMobile();
  const { data, isFetching } = useSnapshotDiff(id);
  const snapshot = useSnapshot(id).data;
  const [onlyChanged, setOnlyChanged] = useState(true);
  const figures = snapshot ? figuresOf(snapshot.cockpit) : new Map<string, FigureInfo>();
  const changes = data?.changes ?? [];
  const differing = changes.filter(differs).length;
  // what the rebuilt day changes comes first; then what has moved on since
  const rows = changes
    .filter((c) => !onlyChanged || differs(c) || (c.delta !== null && c.delta !== 0))
    .sort((a, b) => Number(differs(b)) - Number(differs(a)));
  const version = snapshot?.cockpit.planVersion;
  const cell = (c: Change) => ({ style: differs(c) ? HIGHLIGHT : undefined });
  return (
    <Modal
      open={id !== undefined}
      onCancel={onClose}
      footer={null}
      width={isMobile ? undefined : 1120}
      title={data ? `${periodLabel(data.snapshot.period)}快照对比` : '快照对比'}
    >
      <Flex vertical gap={8} style={{ marginBottom: 8 }}>
        {data && snapshot && (
          <Typography.Text data-testid="snapshot-diff-basis">
            {`快照：${periodLabel(data.snapshot.period)}（数据截至 ${data.snapshot.asOf}${version ? `，第${version}版计划` : ''}）；同日按今日记录重算，差异来自补录和更正`}
          </Typography.Text>
        )}
        {data?.definitionsChanged && (
          <Typography.Text type="secondary" data-testid="snapshot-diff-definitions">
            该快照生成后平台更新了指标口径：重算差异可能来自口径调整，不逐条列出记录
          </Typography.Text>
        )}
        <Flex justify="space-between" align="center" wrap gap={8}>
          {data &&
            (differing === 0 ? (
              <Typography.Text type="success" data-testid="snapshot-diff-verdict">
                按今日记录重算与报送值一致
              </Typography.Text>
            ) : (
              <Typography.Text type="warning" data-testid="snapshot-diff-verdict">
                {`${differing} 项指标按今日记录重算与报送值不同，展开查看引起差异的记录`}
              </Typography.Text>
            ))}
          <Flex gap={4} align="center" style={{ marginLeft: 'auto' }}>
            <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} aria-label="只看有变化的指标" />
            只看有变化的
          </Flex>
        </Flex>
      </Flex>
      <Table<Change>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={rows}
        scroll={TABLE_SCROLL}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 项` }}
        expandable={{
          fixed: 'left',
          columnWidth: 32,
          rowExpandable: differs,
          expandedRowRender: (c) => <ChangedRecords change={c} drill={figures.get(c.id)?.drill ?? null} />,
        }}
        columns={[
          {
            title: '指标',
            dataIndex: 'label',
            fixed: 'left',
            width: isMobile ? 120 : 320,
            onCell: cell,
            render: (label: string, c) => {
              const context = figures.get(c.id)?.context;
              return (
                <Flex vertical>
                  {label}
                  {context && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {context}
                    </Typography.Text>
                  )}
                </Flex>
              );
            },
          },
          { title: '报送值（快照）', dataIndex: 'before', align: 'right', onCell: cell, render: (v, c) => figureText(v, c.unit) },
          {
            title: '按今日记录重算（同日）',
            dataIndex: 'rebuilt',
            align: 'right',
            onCell: cell,
            render: (v, c) => figureText(v, c.unit),
          },
          { title: '差异', key: 'difference', align: 'right', onCell: cell, render: (_, c) => signed(minus(c.rebuilt, c.before), c.unit) },
          {
            title: data ? `当前值（${data.today}）` : '当前值',
            dataIndex: 'now',
            align: 'right',
            onCell: cell,
            render: (v, c) => (
              <Flex vertical align="end">
                {figureText(v, c.unit)}
                {c.delta !== null && c.delta !== 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    较报送 {signed(c.delta, c.unit)}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </Modal>
  );
}
