import { PlusOutlined } from '@ant-design/icons';
import { TechnologyState } from '@chainboard/contracts';
import { Button, Flex, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { orDash } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { ChainFilter } from '../../chains/components/ChainFilter';
import { useChainOptions } from '../../chains/hooks';
import { ExportButton } from '../../excel/ExportButton';
import type { Technology, TechnologyFilters } from '../api';
import { HistoryDrawer } from '../components/HistoryDrawer';
import { StateModal } from '../components/StateModal';
import { TechnologiesNav } from '../components/TechnologiesNav';
import { TechnologyFormDrawer } from '../components/TechnologyFormDrawer';
import { DemoMark, TechnologyStateTag } from '../components/TechTags';
import { useSegments, useTechnologies, useTechnologyHistory } from '../hooks';
import { TECHNOLOGY_STATE_OPTIONS } from '../labels';
import { canWriteTechnology, mayWriteTechnologies } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

/** 关键技术清单: per chain, filtered by segment and state; 导出 takes the filters. */
export function TechnologyListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [editing, setEditing] = useState<Technology | null | undefined>(undefined);
  const [changingState, setChangingState] = useState<Technology | null>(null);
  const [historyOf, setHistoryOf] = useState<Technology | null>(null);
  const chains = useChainOptions();
  const filters: TechnologyFilters = {
    q: params.q,
    chainId: toNumber(params.chainId),
    segmentId: toNumber(params.segmentId),
    state: TechnologyState.safeParse(params.state).data,
  };
  const segments = useSegments(filters.chainId);
  const { data, isFetching } = useTechnologies({ ...filters, page, pageSize });
  const history = useTechnologyHistory(historyOf?.id);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const leadUnitOf = (chainId: number) => chains.data?.find((c) => c.id === chainId)?.leadUnitId;

  const columns: TableColumnsType<Technology> = [
    {
      title: '技术名称',
      dataIndex: 'name',
      fixed: 'start',
      width: isMobile ? 140 : 240,
      render: (name: string, t) => (
        <Flex wrap gap={4} align="center">
          <Typography.Text strong>{name}</Typography.Text>
          <DemoMark demo={t.demo} />
        </Flex>
      ),
    },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '所属环节', dataIndex: 'segmentName', render: orDash },
    { title: '卡点', dataIndex: 'gap', width: 260, ellipsis: true },
    {
      title: '攻关企业',
      dataIndex: 'enterprises',
      render: (list: Technology['enterprises']) => orDash(list.map((e) => e.name).join('、')),
    },
    { title: '攻关院所', dataIndex: 'institutes', render: orDash },
    { title: '状态', dataIndex: 'state', render: (_: unknown, t) => <TechnologyStateTag state={t.state} overdue={t.overdue} /> },
    { title: '目标日期', dataIndex: 'targetOn', render: orDash },
    { title: '突破日期', dataIndex: 'brokenThroughOn', render: orDash },
    {
      title: '操作',
      key: 'actions',
      fixed: 'end',
      render: (_: unknown, t) => (
        <Flex gap={0} wrap>
          {canWriteTechnology(me, leadUnitOf(t.chainId)) && (
            <>
              <Button type="link" size="small" onClick={() => setChangingState(t)}>
                变更状态
              </Button>
              <Button type="link" size="small" onClick={() => setEditing(t)}>
                编辑
              </Button>
            </>
          )}
          <Button type="link" size="small" onClick={() => setHistoryOf(t)}>
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
        title="关键技术清单"
        actions={
          <>
            <ExportButton url="/api/technologies/export" query={filters} fallbackName="关键技术清单.xlsx" />
            {mayWriteTechnologies(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(null)}>
                新增关键技术
              </Button>
            )}
          </>
        }
      />
      <FilterBar onReset={() => update({ q: undefined, chainId: undefined, segmentId: undefined, state: undefined })}>
        <SearchInput label="技术名称" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 200)} />
        <ChainFilter
          value={filters.chainId}
          onChange={(v) => update({ chainId: v === undefined ? undefined : String(v), segmentId: undefined })}
        />
        <Select
          aria-label="所属环节"
          placeholder={filters.chainId ? '所属环节' : '先选产业链再选环节'}
          allowClear
          disabled={!filters.chainId}
          options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.path || s.name }))}
          value={filters.segmentId}
          onChange={(v?: number) => update({ segmentId: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 180)}
        />
        <FilterSelect
          label="状态"
          options={TECHNOLOGY_STATE_OPTIONS}
          value={filters.state}
          onChange={(v) => update({ state: v })}
          width={120}
        />
      </FilterBar>
      <Table<Technology>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{
          emptyText: filtered
            ? '没有符合条件的关键技术'
            : mayWriteTechnologies(me)
              ? '还没有关键技术，可以 新增关键技术'
              : '还没有关键技术',
        }}
      />
      <TechnologyFormDrawer open={editing !== undefined} technology={editing ?? null} onClose={() => setEditing(undefined)} />
      <StateModal technology={changingState} onClose={() => setChangingState(null)} />
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
