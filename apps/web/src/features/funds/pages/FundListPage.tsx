import { PlusOutlined } from '@ant-design/icons';
import { FUND_LEVEL_LABELS, FundLevel } from '@chainboard/contracts';
import { Button, Flex, Table, type TableColumnsType, Tag } from 'antd';
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
import { ChainFilter } from '../../chains/components/ChainFilter';
import { formatWan } from '../../enterprises/money';
import { ExportButton } from '../../excel/ExportButton';
import type { Fund, FundFilters } from '../api';
import { FundFormDrawer } from '../components/FundFormDrawer';
import { FundsNav } from '../components/FundsNav';
import { useFunds } from '../hooks';
import { FUND_LEVEL_OPTIONS } from '../labels';
import { mayCreateFund } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

/** 产业基金: funds of the three levels, their focus chains and the money they have put in. */
export function FundListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const filters: FundFilters = { q: params.q, chainId: toNumber(params.chainId), level: FundLevel.safeParse(params.level).data };
  const { data, isFetching } = useFunds({ ...filters, page, pageSize });
  const filtered = Object.values(filters).some((v) => v !== undefined);

  const columns: TableColumnsType<Fund> = [
    {
      title: '基金名称',
      dataIndex: 'name',
      fixed: 'start',
      width: isMobile ? 150 : 280,
      render: (name: string, f) => (
        <Flex wrap gap={4} align="center">
          <Link to={`/funds/${f.id}`}>{name}</Link>
          {f.demo && <Tag color="orange">示例数据</Tag>}
        </Flex>
      ),
    },
    { title: '级别', dataIndex: 'level', render: (l: Fund['level']) => FUND_LEVEL_LABELS[l] },
    { title: '管理机构', dataIndex: 'manager' },
    { title: '规模（万元）', dataIndex: 'size', align: 'right', render: (v: number) => formatWan(v) },
    { title: '重点投向', dataIndex: 'chains', render: (cs: Fund['chains']) => orDash(cs.map((c) => c.name).join('、')) },
    { title: '已投（万元）', dataIndex: 'investedAmount', align: 'right', render: (v: number) => formatWan(v) },
    { title: '投资笔数', dataIndex: 'investmentCount', align: 'right' },
    { title: '设立日期', dataIndex: 'establishedOn', render: orDash },
    { title: '负责单位', dataIndex: 'keeperName', render: orDash },
  ];

  return (
    <ContentCard>
      <FundsNav />
      <PageHeader
        title="产业基金"
        actions={
          <>
            <ExportButton url="/api/funds/export" query={filters} fallbackName="产业基金.xlsx" />
            {mayCreateFund(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                登记基金
              </Button>
            )}
          </>
        }
      />
      <FilterBar onReset={() => update({ q: undefined, chainId: undefined, level: undefined })}>
        <SearchInput label="基金或管理机构" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 200)} />
        <ChainFilter value={filters.chainId} onChange={(v) => update({ chainId: v === undefined ? undefined : String(v) })} />
        <FilterSelect label="级别" options={FUND_LEVEL_OPTIONS} value={filters.level} onChange={(v) => update({ level: v })} width={120} />
      </FilterBar>
      <Table<Fund>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{ emptyText: filtered ? '没有符合条件的基金' : mayCreateFund(me) ? '还没有产业基金，可以 登记基金' : '还没有产业基金' }}
      />
      <FundFormDrawer open={creating} onClose={() => setCreating(false)} />
    </ContentCard>
  );
}
