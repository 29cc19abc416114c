import { RESERVE_GAP_LABELS, RESERVE_STATE_LABELS, ReserveState } from '@chainboard/contracts';
import { Button, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, formatDateTime, orDash } from '../../../lib/format';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import type { ReserveRow } from '../api';
import { ProjectsNav } from '../components/ProjectsNav';
import { ReviewReserveModal } from '../components/ReviewReserveModal';
import { useChainOptions, useReserve } from '../hooks';
import { RESERVE_STATE_COLORS, RESERVE_STATE_OPTIONS, yearOptions } from '../labels';
import { canReviewReserve, mayLeadProjects } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

/** 产业链资金申报项目储备库: lead units' recommendations and the office's review. */
export function FundReservePage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [reviewing, setReviewing] = useState<ReserveRow | null>(null);
  const year = toNumber(params.year);
  const chainId = toNumber(params.chainId);
  const state = ReserveState.safeParse(params.state).data;
  const { data, isFetching } = useReserve({ page, pageSize, year, chainId, state });
  const chains = useChainOptions();
  const reviewer = canReviewReserve(me);

  const columns: TableColumnsType<ReserveRow> = [
    {
      title: '项目名称',
      dataIndex: 'projectName',
      fixed: 'start',
      width: isMobile ? 150 : 240,
      render: (name: string, r) => <Link to={`/projects/${r.projectId}`}>{name}</Link>,
    },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '年度', dataIndex: 'year', render: (y: number) => `${y}年` },
    { title: '推荐方向', dataIndex: 'gap', render: (g: ReserveRow['gap']) => RESERVE_GAP_LABELS[g] },
    {
      title: '推荐理由',
      dataIndex: 'reason',
      width: 260,
      render: (t: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, expandable: 'collapsible' }} style={{ margin: 0 }}>
          {t}
        </Typography.Paragraph>
      ),
    },
    { title: '推荐单位', dataIndex: 'recommendedBy' },
    { title: '推荐时间', dataIndex: 'recommendedAt', render: formatDate },
    {
      title: '状态',
      dataIndex: 'state',
      render: (s: ReserveRow['state']) => <Tag color={RESERVE_STATE_COLORS[s]}>{RESERVE_STATE_LABELS[s]}</Tag>,
    },
    {
      title: '审核意见',
      dataIndex: 'reviewNote',
      width: 200,
      render: (note: string | null, r) =>
        r.reviewedAt ? (
          <>
            {orDash(note)}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {formatDateTime(r.reviewedAt)}
            </Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
  ];
  if (reviewer) {
    columns.push({
      title: '操作',
      key: 'actions',
      fixed: isMobile ? undefined : 'end',
      render: (_, r) =>
        r.state === 'recommended' && (
          <Button type="link" size="small" onClick={() => setReviewing(r)}>
            审核
          </Button>
        ),
    });
  }

  const filtered = Boolean(year || chainId || state);
  return (
    <>
      <ProjectsNav />
      <ContentCard>
        <PageHeader title="资金申报储备库" />
        <FilterBar onReset={() => update({ year: undefined, chainId: undefined, state: undefined })}>
          <Select
            aria-label="年度"
            placeholder="年度"
            allowClear
            options={yearOptions()}
            value={year}
            onChange={(v?: number) => update({ year: v === undefined ? undefined : String(v) })}
            style={filterWidth(isMobile, 110)}
          />
          <Select
            aria-label="产业链"
            placeholder="产业链"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={chains.loading}
            options={chains.options}
            value={chainId}
            onChange={(v?: number) => update({ chainId: v === undefined ? undefined : String(v) })}
            style={filterWidth(isMobile, 170)}
          />
          <Select
            aria-label="状态"
            placeholder="状态"
            allowClear
            options={RESERVE_STATE_OPTIONS}
            value={state}
            onChange={(v?: string) => update({ state: v })}
            style={filterWidth(isMobile, 120)}
          />
        </FilterBar>
        <Table<ReserveRow>
          rowKey="id"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          scroll={TABLE_SCROLL}
          pagination={pagination(page, pageSize, data?.total)}
          onChange={(p) => update({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
          locale={{
            emptyText: filtered
              ? '没有符合条件的推荐'
              : mayLeadProjects(me)
                ? '还没有推荐，可以在项目页 推荐入储备库'
                : '还没有推荐纳入储备库的项目',
          }}
        />
        <ReviewReserveModal entry={reviewing} onClose={() => setReviewing(null)} />
      </ContentCard>
    </>
  );
}
