import { PlusOutlined } from '@ant-design/icons';
import { CONSORTIUM_MEMBER_KIND_LABELS } from '@chainboard/contracts';
import { Button, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { orDash } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { ChainFilter } from '../../chains/components/ChainFilter';
import { useChainOptions } from '../../chains/hooks';
import type { Consortium, ConsortiumFilters } from '../api';
import { ConsortiumFormDrawer } from '../components/ConsortiumFormDrawer';
import { HistoryDrawer } from '../components/HistoryDrawer';
import { TechnologiesNav } from '../components/TechnologiesNav';
import { DemoMark, TechnologyStateTag } from '../components/TechTags';
import { useConsortia, useConsortiumHistory } from '../hooks';
import { canWriteTechnology, mayWriteTechnologies } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

/** 创新联合体: led by a chain master or backbone enterprise, with universities, institutes and SMEs. */
export function ConsortiumListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [editing, setEditing] = useState<Consortium | null | undefined>(undefined);
  const [historyOf, setHistoryOf] = useState<Consortium | null>(null);
  const chains = useChainOptions();
  const filters: ConsortiumFilters = {
    q: params.q,
    chainId: toNumber(params.chainId),
    jinchuanggu: params.jinchuanggu === 'true' || params.jinchuanggu === 'false' ? params.jinchuanggu : undefined,
  };
  const { data, isFetching } = useConsortia({ ...filters, page, pageSize });
  const history = useConsortiumHistory(historyOf?.id);
  const leadUnitOf = (chainId: number) => chains.data?.find((c) => c.id === chainId)?.leadUnitId;

  const columns: TableColumnsType<Consortium> = [
    {
      title: '联合体名称',
      dataIndex: 'name',
      fixed: 'start',
      width: isMobile ? 140 : 240,
      render: (name: string, c) => (
        <Flex wrap gap={4} align="center">
          <Typography.Text strong>{name}</Typography.Text>
          {c.jinchuanggu && <Tag color="purple">晋创谷</Tag>}
          <DemoMark demo={c.demo} />
        </Flex>
      ),
    },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '牵头企业', dataIndex: 'leaderName' },
    {
      title: '成员',
      dataIndex: 'members',
      width: 280,
      render: (members: Consortium['members']) =>
        orDash(members.map((m) => `${m.name}（${CONSORTIUM_MEMBER_KIND_LABELS[m.kind]}）`).join('、')),
    },
    {
      title: '攻关技术',
      dataIndex: 'technologies',
      render: (list: Consortium['technologies']) =>
        list.length === 0 ? (
          '—'
        ) : (
          <Flex vertical gap={2}>
            {list.map((t) => (
              <span key={t.id}>
                {t.name} <TechnologyStateTag state={t.state} />
              </span>
            ))}
          </Flex>
        ),
    },
    { title: '成立日期', dataIndex: 'foundedOn', render: orDash },
    {
      title: '操作',
      key: 'actions',
      fixed: 'end',
      render: (_: unknown, c) => (
        <Flex gap={0} wrap>
          {canWriteTechnology(me, leadUnitOf(c.chainId)) && (
            <Button type="link" size="small" onClick={() => setEditing(c)}>
              编辑
            </Button>
          )}
          <Button type="link" size="small" onClick={() => setHistoryOf(c)}>
            变更记录
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <ContentCard>
      <TechnologiesNav />
      <PageHeader
        title="创新联合体"
        actions={
          mayWriteTechnologies(me) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(null)}>
              组建创新联合体
            </Button>
          )
        }
      />
      <FilterBar onReset={() => update({ q: undefined, chainId: undefined, jinchuanggu: undefined })}>
        <SearchInput label="联合体名称" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 200)} />
        <ChainFilter value={filters.chainId} onChange={(v) => update({ chainId: v === undefined ? undefined : String(v) })} />
        <Select
          aria-label="晋创谷"
          placeholder="是否晋创谷平台"
          allowClear
          options={[
            { value: 'true', label: '晋创谷平台' },
            { value: 'false', label: '非晋创谷平台' },
          ]}
          value={filters.jinchuanggu}
          onChange={(v?: string) => update({ jinchuanggu: v })}
          style={filterWidth(isMobile, 150)}
        />
      </FilterBar>
      <Table<Consortium>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{ emptyText: mayWriteTechnologies(me) ? '还没有创新联合体，可以 组建创新联合体' : '还没有创新联合体' }}
      />
      <ConsortiumFormDrawer open={editing !== undefined} consortium={editing ?? null} onClose={() => setEditing(undefined)} />
      <HistoryDrawer
        title={historyOf ? `变更记录：${historyOf.name}` : '变更记录'}
        open={historyOf !== null}
        onClose={() => setHistoryOf(null)}
        entries={history.data}
        loading={history.isFetching}
      />
    </ContentCard>
  );
}
