import { AppstoreOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { LEAD_SOURCE_LABELS, LeadSource, LeadStage } from '@chainboard/contracts';
import { Button, Flex, Segmented, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { orDash } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { formatWan } from '../../enterprises/money';
import { ExportButton } from '../../excel/ExportButton';
import { useOrganisationOptions } from '../../organisations/hooks';
import type { Lead, LeadFilters } from '../api';
import { AttractionNav } from '../components/AttractionNav';
import { LeadBoard } from '../components/LeadBoard';
import { LeadFormDrawer } from '../components/LeadFormDrawer';
import { GapTag, LeadStageTag } from '../components/LeadTags';
import { useLeads } from '../hooks';
import { LEAD_SOURCE_OPTIONS, LEAD_STAGE_OPTIONS } from '../labels';
import { mayWriteLeads } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

/** 招商线索: the pipeline as a list or a board by stage, filtered the same way; 导出 takes the filters. */
export function LeadListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const chains = useChainOptions();
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const board = params.view === 'board';

  const filters: LeadFilters = {
    q: params.q,
    chainId: toNumber(params.chainId),
    cityId: toNumber(params.cityId),
    zoneId: toNumber(params.zoneId),
    pipelineStage: LeadStage.safeParse(params.stage).data,
    source: LeadSource.safeParse(params.source).data,
  };
  const { data, isFetching } = useLeads({ ...filters, page, pageSize }, !board);
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const zoneOptions = (zones.data ?? [])
    .filter((z) => filters.cityId === undefined || z.parentId === filters.cityId)
    .map((z) => ({ value: z.id, label: z.name }));

  const columns: TableColumnsType<Lead> = [
    {
      title: '目标企业',
      dataIndex: 'targetName',
      fixed: 'start',
      width: isMobile ? 150 : 260,
      render: (name: string, l) => (
        <Flex wrap gap={4} align="center">
          <Link to={`/attraction/leads/${l.id}`}>{name}</Link>
          {l.fillsGap && <GapTag />}
        </Flex>
      ),
    },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '来源', dataIndex: 'source', render: (s: Lead['source']) => LEAD_SOURCE_LABELS[s] },
    { title: '所在市', dataIndex: 'cityName' },
    { title: '开发区/园区', dataIndex: 'zoneName', render: orDash },
    { title: '预计投资（万元）', dataIndex: 'expectedInvestment', align: 'right', render: (v: number) => formatWan(v) },
    { title: '阶段', dataIndex: 'pipelineStage', render: (s: Lead['pipelineStage']) => <LeadStageTag stage={s} /> },
    { title: '签约日期', dataIndex: 'signedOn', render: orDash },
    { title: '落地日期', dataIndex: 'landedOn', render: orDash },
    { title: '责任人', dataIndex: 'responsiblePerson' },
  ];

  return (
    <ContentCard>
      <AttractionNav />
      <PageHeader
        title="招商线索"
        actions={
          <>
            <Segmented
              aria-label="视图"
              value={board ? 'board' : 'list'}
              onChange={(v) => update({ view: v === 'board' ? 'board' : undefined })}
              options={[
                { value: 'list', label: '列表', icon: <UnorderedListOutlined aria-hidden /> },
                { value: 'board', label: '看板', icon: <AppstoreOutlined aria-hidden /> },
              ]}
            />
            <ExportButton url="/api/leads/export" query={filters} fallbackName="招商线索.xlsx" />
            {mayWriteLeads(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                登记线索
              </Button>
            )}
          </>
        }
      />
      <FilterBar
        onReset={() =>
          update({ q: undefined, chainId: undefined, cityId: undefined, zoneId: undefined, stage: undefined, source: undefined })
        }
        more={
          <>
            <Select
              aria-label="开发区/园区"
              placeholder="开发区/园区"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={zones.isLoading}
              options={zoneOptions}
              value={filters.zoneId}
              onChange={(v?: number) => update({ zoneId: v === undefined ? undefined : String(v) })}
              style={filterWidth(isMobile, 220)}
            />
            <FilterSelect
              label="来源"
              options={LEAD_SOURCE_OPTIONS}
              value={filters.source}
              onChange={(v) => update({ source: v })}
              width={130}
            />
          </>
        }
      >
        <SearchInput label="目标企业" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 200)} />
        <Select
          aria-label="产业链"
          placeholder="产业链"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.isLoading}
          options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={filters.chainId}
          onChange={(v?: number) => update({ chainId: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 160)}
        />
        <Select
          aria-label="所在市"
          placeholder="所在市"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={cities.isLoading}
          options={(cities.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={filters.cityId}
          onChange={(v?: number) => update({ cityId: v === undefined ? undefined : String(v), zoneId: undefined })}
          style={filterWidth(isMobile, 160)}
        />
        <FilterSelect
          label="阶段"
          options={LEAD_STAGE_OPTIONS}
          value={filters.pipelineStage}
          onChange={(v) => update({ stage: v })}
          width={120}
        />
      </FilterBar>
      {board ? (
        <LeadBoard filters={filters} onShowAll={(stage) => update({ view: undefined, stage })} />
      ) : (
        <Table<Lead>
          rowKey="id"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          scroll={TABLE_SCROLL}
          {...pagedTable(page, pageSize, data?.total, update)}
          locale={{
            emptyText: filtered ? '没有符合条件的线索' : mayWriteLeads(me) ? '还没有招商线索，可以 登记线索' : '还没有招商线索',
          }}
        />
      )}
      <LeadFormDrawer open={creating} onClose={() => setCreating(false)} />
    </ContentCard>
  );
}
