import { PlusOutlined } from '@ant-design/icons';
import { periodLabel, ROUND_KIND_LABELS, type Round, RoundKind, RoundState } from '@chainboard/contracts';
import { Button, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import type { RoundListQuery } from '../api';
import { RoundFormDrawer } from '../components/RoundFormDrawer';
import { RoundStateTag } from '../components/RoundStateTag';
import { useRounds } from '../hooks';
import { ROUND_KIND_OPTIONS, ROUND_STATE_OPTIONS } from '../labels';
import { mayOpenRounds } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

export function RoundListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const query: RoundListQuery = {
    page,
    pageSize,
    kind: RoundKind.safeParse(params.kind).data,
    state: RoundState.safeParse(params.state).data,
    chainId: toNumber(params.chainId),
  };
  const { data, isFetching } = useRounds(query);
  const chains = useChainOptions();
  const filtered = Boolean(query.kind || query.state || query.chainId);

  const columns: TableColumnsType<Round> = [
    {
      title: '标题',
      dataIndex: 'title',
      fixed: 'start',
      width: isMobile ? 160 : 300,
      render: (title: string, r) => <Link to={`/rounds/${r.id}`}>{title}</Link>,
    },
    { title: '类别', dataIndex: 'kind', render: (k: RoundKind) => ROUND_KIND_LABELS[k] },
    { title: '期间', dataIndex: 'period', render: (p: string) => periodLabel(p) },
    {
      title: '产业链',
      dataIndex: 'chainName',
      render: (name: string | null) => name ?? <Typography.Text type="secondary">全部产业链</Typography.Text>,
    },
    { title: '申报期', key: 'window', render: (_, r) => `${r.opensOn} 至 ${r.closesOn}` },
    { title: '生效日期', dataIndex: 'effectiveOn' },
    { title: '状态', dataIndex: 'state', render: (s: RoundState) => <RoundStateTag state={s} /> },
    { title: '申报数', dataIndex: 'declarationCount', align: 'right' },
  ];

  return (
    <ContentCard>
      <PageHeader
        title="企业评定"
        actions={
          mayOpenRounds(me) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              发起评定
            </Button>
          )
        }
      />
      <FilterBar onReset={() => update({ kind: undefined, state: undefined, chainId: undefined })}>
        <FilterSelect label="评定类别" options={ROUND_KIND_OPTIONS} value={query.kind} onChange={(v) => update({ kind: v })} width={200} />
        <FilterSelect label="状态" options={ROUND_STATE_OPTIONS} value={query.state} onChange={(v) => update({ state: v })} width={140} />
        {!chains.isError && (
          <Select
            aria-label="产业链"
            placeholder="产业链"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={chains.isLoading}
            options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={query.chainId}
            onChange={(v?: number) => update({ chainId: v === undefined ? undefined : String(v) })}
            style={filterWidth(isMobile, 180)}
          />
        )}
      </FilterBar>
      <Table<Round>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        pagination={pagination(page, pageSize, data?.total)}
        onChange={(p) => update({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
        locale={{
          emptyText: filtered ? '没有符合条件的评定批次' : mayOpenRounds(me) ? '还没有评定批次，可以 发起评定' : '还没有评定批次',
        }}
      />
      <RoundFormDrawer open={creating} onClose={() => setCreating(false)} onSaved={(r) => navigate(`/rounds/${r.id}`)} />
    </ContentCard>
  );
}
