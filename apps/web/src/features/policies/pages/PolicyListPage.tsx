import { PlusOutlined } from '@ant-design/icons';
import { POLICY_SUPPORT_LABELS, PolicySupport } from '@chainboard/contracts';
import { Button, Flex, InputNumber, Table, type TableColumnsType, Tag } from 'antd';
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
import type { Policy, PolicyFilters } from '../api';
import { PolicyFormDrawer } from '../components/PolicyForms';
import { usePolicies } from '../hooks';
import { POLICY_SUPPORT_OPTIONS } from '../labels';
import { mayCreatePolicy } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

/** 精准性政策: the policies in force for the chains, with the support granted under each. */
export function PolicyListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const filters: PolicyFilters = {
    q: params.q,
    chainId: toNumber(params.chainId),
    support: PolicySupport.safeParse(params.support).data,
    year: toNumber(params.year),
    incentiveScheme: params.scheme === 'true' ? 'true' : undefined,
  };
  const { data, isFetching } = usePolicies({ ...filters, page, pageSize });
  const filtered = Object.values(filters).some((v) => v !== undefined);

  const columns: TableColumnsType<Policy> = [
    {
      title: '政策名称',
      dataIndex: 'title',
      fixed: 'start',
      width: isMobile ? 160 : 320,
      render: (title: string, p) => (
        <Flex wrap gap={4} align="center">
          <Link to={`/policies/${p.id}`}>{title}</Link>
          {p.incentiveScheme && <Tag color="blue">{p.schemeYear}年激励办法</Tag>}
          {p.demo && <Tag color="orange">示例数据</Tag>}
        </Flex>
      ),
    },
    { title: '发文单位', dataIndex: 'issuerName' },
    { title: '文号', dataIndex: 'documentNumber', render: orDash },
    { title: '发布日期', dataIndex: 'issuedOn' },
    {
      title: '适用产业链',
      dataIndex: 'chains',
      render: (cs: Policy['chains']) => (cs.length ? cs.map((c) => c.name).join('、') : '全部产业链'),
    },
    { title: '支持方向', dataIndex: 'supports', render: (ss: Policy['supports']) => ss.map((s) => POLICY_SUPPORT_LABELS[s]).join('、') },
    { title: '支持笔数', dataIndex: 'grantCount', align: 'right' },
    { title: '支持金额（万元）', dataIndex: 'grantAmount', align: 'right', render: (v: number) => formatWan(v) },
  ];

  return (
    <ContentCard>
      <PageHeader
        title="精准性政策"
        actions={
          <>
            <ExportButton url="/api/policies/export" query={filters} fallbackName="精准性政策.xlsx" />
            {mayCreatePolicy(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                登记政策
              </Button>
            )}
          </>
        }
      />
      <FilterBar
        onReset={() => update({ q: undefined, chainId: undefined, support: undefined, year: undefined, scheme: undefined })}
        more={
          <>
            <InputNumber
              aria-label="发布年度"
              placeholder="发布年度"
              min={2000}
              max={2100}
              value={filters.year}
              onChange={(v) => update({ year: v ? String(v) : undefined })}
              style={filterWidth(isMobile, 120)}
            />
            <FilterSelect
              label="激励办法"
              options={[{ value: 'true', label: '仅年度激励办法' }]}
              value={filters.incentiveScheme}
              onChange={(v) => update({ scheme: v })}
              width={150}
            />
          </>
        }
      >
        <SearchInput label="政策名称或发文单位" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 200)} />
        <ChainFilter value={filters.chainId} onChange={(v) => update({ chainId: v === undefined ? undefined : String(v) })} />
        <FilterSelect
          label="支持方向"
          options={POLICY_SUPPORT_OPTIONS}
          value={filters.support}
          onChange={(v) => update({ support: v })}
          width={140}
        />
      </FilterBar>
      <Table<Policy>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{ emptyText: filtered ? '没有符合条件的政策' : mayCreatePolicy(me) ? '还没有政策，可以 登记政策' : '还没有政策' }}
      />
      <PolicyFormDrawer open={creating} onClose={() => setCreating(false)} />
    </ContentCard>
  );
}
