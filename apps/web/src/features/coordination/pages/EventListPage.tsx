import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { orDash } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useDefaultYear } from '../../attraction/hooks';
import { yearOptions } from '../../attraction/labels';
import { useMe } from '../../auth/hooks';
import { ChainFilter } from '../../chains/components/ChainFilter';
import { formatWan } from '../../enterprises/money';
import { ExportButton } from '../../excel/ExportButton';
import { useOrganisationOptions } from '../../organisations/hooks';
import type { EventFilters, MatchmakingEvent } from '../api';
import { CityEventCounts } from '../components/CityEventCounts';
import { CoordinationNav } from '../components/CoordinationNav';
import { EventFormDrawer } from '../components/EventFormDrawer';
import { useEvents } from '../hooks';
import { mayOrganise } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);
const signedAmount = (e: MatchmakingEvent) => e.signings.reduce((sum, s) => sum + s.amount, 0);

/** 对接活动: the upstream/downstream matchmaking events of the 综改区 and the cities, and their signings. */
export function EventListPage() {
  const defaultYear = useDefaultYear();
  if (defaultYear === undefined) return <PageLoading />;
  return <EventList defaultYear={defaultYear} />;
}

function EventList({ defaultYear }: { defaultYear: number }) {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams({ year: String(defaultYear) });
  const [creating, setCreating] = useState(false);
  const cities = useOrganisationOptions('city');
  const filters: EventFilters = {
    year: toNumber(params.year),
    organiserId: toNumber(params.organiserId),
    chainId: toNumber(params.chainId),
  };
  const { data, isFetching } = useEvents({ ...filters, page, pageSize });
  const filtered = filters.organiserId !== undefined || filters.chainId !== undefined;

  const columns: TableColumnsType<MatchmakingEvent> = [
    {
      title: '活动名称',
      dataIndex: 'title',
      fixed: 'start',
      width: isMobile ? 150 : 280,
      render: (title: string, e) => (
        <Flex wrap gap={4} align="center">
          <Link to={`/coordination/events/${e.id}`}>{title}</Link>
          {e.demo && <Tag color="orange">示例数据</Tag>}
        </Flex>
      ),
    },
    { title: '举办日期', dataIndex: 'heldOn' },
    { title: '组织方', dataIndex: 'organiserName' },
    { title: '产业链', dataIndex: 'chains', render: (cs: MatchmakingEvent['chains']) => orDash(cs.map((c) => c.name).join('、')) },
    { title: '地点', dataIndex: 'place' },
    { title: '参会企业', key: 'enterprises', align: 'right', render: (_, e) => e.enterprises.length },
    { title: '签约项数', key: 'signings', align: 'right', render: (_, e) => e.signings.length },
    { title: '签约金额（万元）', key: 'amount', align: 'right', render: (_, e) => formatWan(signedAmount(e)) },
  ];

  return (
    <ContentCard>
      <CoordinationNav />
      <PageHeader
        title="协作配套活动"
        actions={
          <>
            <ExportButton url="/api/matchmaking-events/export" query={filters} fallbackName="协作配套活动.xlsx" />
            {mayOrganise(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                记录活动
              </Button>
            )}
          </>
        }
      />
      <CityEventCounts year={filters.year ?? defaultYear} onPick={(id) => update({ organiserId: String(id) })} />
      <FilterBar onReset={() => update({ year: undefined, organiserId: undefined, chainId: undefined })}>
        <Select
          aria-label="年度"
          value={filters.year ?? 'all'}
          options={[{ value: 'all', label: '全部年度' }, ...yearOptions()]}
          onChange={(v: number | 'all') => update({ year: String(v) })}
          style={filterWidth(isMobile, 120)}
        />
        <Select
          aria-label="组织方"
          placeholder="组织的市"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={cities.isLoading}
          options={(cities.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={filters.organiserId}
          onChange={(v?: number) => update({ organiserId: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 180)}
        />
        <ChainFilter value={filters.chainId} onChange={(v) => update({ chainId: v === undefined ? undefined : String(v) })} />
      </FilterBar>
      <Table<MatchmakingEvent>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{
          emptyText: filtered ? '没有符合条件的活动' : mayOrganise(me) ? '还没有协作配套活动，可以 记录活动' : '还没有协作配套活动',
        }}
      />
      <EventFormDrawer open={creating} onClose={() => setCreating(false)} />
    </ContentCard>
  );
}
