import { PlusOutlined } from '@ant-design/icons';
import { type Chain, ChainStatus } from '@chainboard/contracts';
import { Button, Select, Table, type TableColumnsType, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { formatDateTime, orDash } from '../../../lib/format';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { ExportButton } from '../../excel/ExportButton';
import { useOrganisationOptions } from '../../organisations/hooks';
import type { ChainListQuery, ChainSort } from '../api';
import { ChainFormDrawer } from '../components/ChainFormDrawer';
import { ChainStatusTag } from '../components/ChainStatusTag';
import { useChains } from '../hooks';
import { batchOptions, CHAIN_STATUS_OPTIONS } from '../labels';
import { canCreateChain, canEditChain, mayEditChains } from '../permissions';

const SORTS: ChainSort[] = ['code', 'name', 'batch', 'updatedAt'];
const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

type DrawerState = { open: boolean; chain: Chain | null };

export function ChainListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, chain: null });

  const query: ChainListQuery = {
    page,
    pageSize,
    q: params.q,
    status: ChainStatus.safeParse(params.status).data,
    batch: toNumber(params.batch),
    leadUnitId: toNumber(params.leadUnitId),
    sort: SORTS.find((s) => s === params.sort),
    order: params.order === 'desc' ? 'desc' : params.order === 'asc' ? 'asc' : undefined,
  };
  const { data, isFetching } = useChains(query);
  const leadUnits = useOrganisationOptions('leadUnit');
  const filtered = Boolean(query.q || query.status || query.batch || query.leadUnitId);

  const sortOrder = (key: ChainSort) => (query.sort === key ? (query.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null);

  const columns: TableColumnsType<Chain> = [
    { title: '编码', dataIndex: 'code', key: 'code', fixed: 'start', sorter: true, sortOrder: sortOrder('code') },
    {
      title: '名称',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, chain) => <Link to={`/chains/${chain.id}`}>{name}</Link>,
    },
    { title: '批次', dataIndex: 'batch', key: 'batch', sorter: true, sortOrder: sortOrder('batch') },
    { title: '状态', dataIndex: 'status', key: 'status', render: (status: ChainStatus) => <ChainStatusTag status={status} /> },
    {
      title: '链长',
      dataIndex: 'leaderName',
      key: 'leaderName',
      render: (name: string | null, chain) => (
        <>
          {orDash(name)}
          {chain.leaderPost && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {chain.leaderPost}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: '牵头单位', dataIndex: 'leadUnitName', key: 'leadUnitName', render: orDash },
    {
      title: '承载市/开发区',
      dataIndex: 'hosts',
      key: 'hosts',
      width: 240,
      render: (hosts: Chain['hosts']) => orDash(hosts.map((h) => h.name).join('、')),
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: sortOrder('updatedAt'),
      render: formatDateTime,
    },
  ];
  if (mayEditChains(me)) {
    columns.push({
      title: '操作',
      key: 'actions',
      // Row actions stay in view on wide screens; on phones only the first column is pinned.
      fixed: isMobile ? undefined : 'end',
      render: (_, chain) =>
        canEditChain(me, chain) && (
          <Button type="link" size="small" onClick={() => setDrawer({ open: true, chain })}>
            编辑
          </Button>
        ),
    });
  }

  const onTableChange: TableProps<Chain>['onChange'] = (pager, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const order = one?.order === 'ascend' ? 'asc' : one?.order === 'descend' ? 'desc' : undefined;
    update({
      page: String(pager.current ?? 1),
      pageSize: String(pager.pageSize ?? 20),
      sort: order ? String(one?.columnKey) : undefined,
      order,
    });
  };

  return (
    <ContentCard>
      <PageHeader
        title="产业链"
        actions={
          <>
            <ExportButton url="/api/chains/export" query={query} fallbackName="产业链.xlsx" />
            {canCreateChain(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer({ open: true, chain: null })}>
                新增
              </Button>
            )}
          </>
        }
      />
      <FilterBar
        onReset={() => update({ q: undefined, status: undefined, batch: undefined, leadUnitId: undefined })}
        more={
          <Select
            aria-label="牵头单位"
            placeholder="牵头单位"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={leadUnits.isLoading}
            options={(leadUnits.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            value={query.leadUnitId}
            onChange={(v?: number) => update({ leadUnitId: v === undefined ? undefined : String(v) })}
            style={filterWidth(isMobile, 240)}
          />
        }
      >
        <SearchInput label="名称" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 220)} />
        <FilterSelect
          label="状态"
          options={CHAIN_STATUS_OPTIONS}
          value={query.status}
          onChange={(v) => update({ status: v })}
          width={160}
        />
        <Select
          aria-label="批次"
          placeholder="批次"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={batchOptions()}
          value={query.batch}
          onChange={(v?: number) => update({ batch: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 140)}
        />
      </FilterBar>
      <Table<Chain>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        pagination={pagination(page, pageSize, data?.total)}
        onChange={onTableChange}
        locale={{
          emptyText: filtered ? '没有符合条件的产业链' : canCreateChain(me) ? '还没有产业链，可以 新增' : '还没有产业链',
        }}
      />
      <ChainFormDrawer open={drawer.open} chain={drawer.chain} onClose={() => setDrawer((prev) => ({ ...prev, open: false }))} />
    </ContentCard>
  );
}
