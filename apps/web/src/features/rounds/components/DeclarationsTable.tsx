import { DECISION_LABELS, type Declaration, type Round } from '@chainboard/contracts';
import { Button, Descriptions, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime, orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { formatCount, formatPercent, formatWan } from '../../enterprises/money';
import type { Decision } from '../api';
import { DECISION_COLORS } from '../labels';
import { DecisionModal, ReviewModal } from './ReviewModal';

const moneyColumn = (title: string, key: keyof Declaration) => ({
  title: `${title}（万元）`,
  dataIndex: key,
  align: 'right' as const,
  render: (v: number) => formatWan(v),
});

export function DecisionTag({ decision }: { decision: Declaration['decision'] }) {
  if (!decision) return <Typography.Text type="secondary">待认定</Typography.Text>;
  return <Tag color={DECISION_COLORS[decision]}>{DECISION_LABELS[decision]}</Tag>;
}

function Details({ d }: { d: Declaration }) {
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'o', label: '工业总产值', children: `${formatWan(d.output)} 万元` },
        { key: 't', label: '税收', children: `${formatWan(d.tax)} 万元` },
        { key: 'i', label: '投资额', children: `${formatWan(d.investment)} 万元` },
        { key: 'at', label: '申报时间', children: formatDateTime(d.declaredAt) },
        { key: 'rc', label: '评审意见', children: orDash(d.reviewComment) },
        { key: 'dn', label: '认定意见', children: orDash(d.decisionNote) },
        {
          key: 's',
          label: '申报说明',
          span: 'filled',
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(d.statement)}</span>,
        },
      ]}
    />
  );
}

/** The declarations of a round, with 评分 and 认定 where the user may act. */
export function DeclarationsTable({
  round,
  declarations,
  loading,
  mayReview,
  mayDecide,
}: {
  round: Round;
  declarations: Declaration[] | undefined;
  loading: boolean;
  /** Whether the user may score this declaration (the office, or the lead unit of its chain). */
  mayReview: (d: Declaration) => boolean;
  mayDecide: boolean;
}) {
  const isMobile = useIsMobile();
  const [reviewing, setReviewing] = useState<Declaration | null>(null);
  const [deciding, setDeciding] = useState<{ declaration: Declaration; decision: Decision } | null>(null);
  const inReview = round.state === 'review';

  const columns: TableColumnsType<Declaration> = [
    {
      title: '企业名称',
      dataIndex: 'enterpriseName',
      fixed: 'start',
      width: isMobile ? 140 : undefined,
      render: (name: string, d) => <Link to={`/enterprises/${d.enterpriseId}`}>{name}</Link>,
    },
    { title: '产业链', dataIndex: 'chainName' },
    {
      title: '评分',
      dataIndex: 'score',
      align: 'right',
      render: (v: number | null) => (v === null ? <Typography.Text type="secondary">未评分</Typography.Text> : v),
    },
    { title: '认定结论', dataIndex: 'decision', render: (v: Declaration['decision']) => <DecisionTag decision={v} /> },
    moneyColumn('营业收入', 'revenue'),
    moneyColumn('研发投入', 'rdSpending'),
    { title: '从业人数', dataIndex: 'employees', align: 'right', render: (v: number) => formatCount(v) },
    { title: '本地配套率', dataIndex: 'localSupplyShare', align: 'right', render: (v: number | null) => formatPercent(v) },
    { title: '统一社会信用代码', dataIndex: 'creditCode' },
  ];
  if (inReview && (mayDecide || (declarations ?? []).some(mayReview))) {
    columns.push({
      title: '操作',
      key: 'actions',
      fixed: isMobile ? undefined : 'end',
      render: (_, d) => (
        <Space size={0} wrap>
          {mayReview(d) && (
            <Button type="link" size="small" onClick={() => setReviewing(d)}>
              {d.score === null ? '评分' : '修改评分'}
            </Button>
          )}
          {mayDecide && (
            <Button
              type="link"
              size="small"
              disabled={d.score === null}
              title={d.score === null ? '请牵头单位先评分' : undefined}
              onClick={() => setDeciding({ declaration: d, decision: 'approved' })}
            >
              认定
            </Button>
          )}
          {mayDecide && (
            <Button
              type="link"
              size="small"
              danger
              disabled={d.score === null}
              onClick={() => setDeciding({ declaration: d, decision: 'rejected' })}
            >
              不予认定
            </Button>
          )}
        </Space>
      ),
    });
  }

  return (
    <>
      <Table<Declaration>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={declarations}
        loading={loading}
        scroll={TABLE_SCROLL}
        pagination={(declarations?.length ?? 0) > 20 ? { pageSize: 20, showTotal: (n) => `共 ${n} 条` } : false}
        expandable={{ expandedRowRender: (d) => <Details d={d} /> }}
        locale={{ emptyText: round.state === 'open' ? '还没有申报' : '本批次没有申报' }}
      />
      <ReviewModal roundId={round.id} declaration={reviewing} onClose={() => setReviewing(null)} />
      <DecisionModal roundId={round.id} target={deciding} onClose={() => setDeciding(null)} />
    </>
  );
}
