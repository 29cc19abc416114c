import { PlusOutlined } from '@ant-design/icons';
import { type Enterprise, HonourKind, Tier } from '@chainboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Select, Table, type TableColumnsType, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { ExportButton } from '../../excel/ExportButton';
import { ImportButton } from '../../excel/ImportButton';
import type { ImportKind } from '../../excel/ImportDialog';
import { useOrganisationOptions } from '../../organisations/hooks';
import type { EnterpriseListQuery, EnterpriseSort } from '../api';
import { EnterpriseFormDrawer } from '../components/EnterpriseFormDrawer';
import { ChainTierTags, ConfirmedCell, DemoRecordTag, HonourTags } from '../components/EnterpriseTags';
import { useEnterprises } from '../hooks';
import { HONOUR_OPTIONS, TIER_OPTIONS } from '../labels';
import { canCreateEnterprise, canEditEnterprise, canImportFigures, canSetTier, mayEditEnterprises } from '../permissions';

const SORTS: EnterpriseSort[] = ['name', 'creditCode', 'updatedAt', 'lastConfirmedAt'];
const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);
const STALE_OPTIONS = [
  { value: 'true', label: '待更新' },
  { value: 'false', label: '已按期确认' },
];

export const ENTERPRISE_IMPORT: ImportKind = {
  label: '企业名录',
  importUrl: '/api/enterprises/import',
  hint: '按统一社会信用代码识别企业：已登记的企业不重复登记，请在企业页面修改。只能导入本单位辖区内的企业。',
  period: true,
};
export const FIGURES_IMPORT: ImportKind = {
  label: '经营数据',
  importUrl: '/api/enterprise-figures/import',
  hint: '金额以万元填写；期间填 2024Q3（季度）或 2024（全年），同一企业同一期间再次导入会覆盖。',
};
export const TIERS_IMPORT: ImportKind = {
  label: '企业层级',
  importUrl: '/api/enterprise-tiers/import',
  hint: '省链长办直接更正层级时使用；日常层级变化经评定产生。',
};

type DrawerState = { open: boolean; enterprise: Enterprise | null };

export function EnterpriseListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const { params, page, pageSize, update } = useListParams();
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, enterprise: null });

  const query: EnterpriseListQuery = {
    page,
    pageSize,
    q: params.q,
    chainId: toNumber(params.chainId),
    tier: Tier.safeParse(params.tier).data,
    honour: HonourKind.safeParse(params.honour).data,
    cityId: toNumber(params.cityId),
    zoneId: toNumber(params.zoneId),
    stale: params.stale === 'true' || params.stale === 'false' ? params.stale : undefined,
    sort: SORTS.find((s) => s === params.sort),
    order: params.order === 'desc' ? 'desc' : params.order === 'asc' ? 'asc' : undefined,
  };
  const { data, isFetching } = useEnterprises(query);
  const chains = useChainOptions();
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const filtered = Boolean(query.q || query.chainId || query.tier || query.honour || query.cityId || query.zoneId || query.stale);

  const sortOrder = (key: EnterpriseSort) =>
    query.sort === key || (key === 'name' && !query.sort) ? (query.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null;

  const columns: TableColumnsType<Enterprise> = [
    {
      title: '企业名称',
      dataIndex: 'name',
      key: 'name',
      fixed: 'start',
      width: isMobile ? 150 : undefined,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, e) => (
        <Flex gap={6} align="center" wrap={isMobile}>
          <Link to={`/enterprises/${e.id}`} style={{ whiteSpace: isMobile ? 'normal' : 'nowrap' }}>
            {name}
          </Link>
          <DemoRecordTag demo={e.demo} />
        </Flex>
      ),
    },
    {
      title: '统一社会信用代码',
      dataIndex: 'creditCode',
      key: 'creditCode',
      sorter: true,
      sortOrder: sortOrder('creditCode'),
      render: (code: string) => <Typography.Text style={{ fontSize: 13 }}>{code}</Typography.Text>,
    },
    {
      title: '所在市/开发区',
      key: 'place',
      render: (_, e) => (
        <>
          {e.cityName}
          {e.zoneName && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {e.zoneName}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: '所属产业链', key: 'chains', render: (_, e) => <ChainTierTags chains={e.chains} /> },
    { title: '荣誉', key: 'honours', render: (_, e) => <HonourTags honours={e.honours} /> },
    {
      title: '最近确认',
      dataIndex: 'lastConfirmedAt',
      key: 'lastConfirmedAt',
      sorter: true,
      sortOrder: sortOrder('lastConfirmedAt'),
      render: (_, e) => <ConfirmedCell enterprise={e} />,
    },
  ];
  if (mayEditEnterprises(me)) {
    columns.push({
      title: '操作',
      key: 'actions',
      fixed: isMobile ? undefined : 'end',
      render: (_, e) =>
        canEditEnterprise(me, e) && (
          <Button type="link" size="small" onClick={() => setDrawer({ open: true, enterprise: e })}>
            编辑
          </Button>
        ),
    });
  }

  const onTableChange: TableProps<Enterprise>['onChange'] = (pager, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const order = one?.order === 'ascend' ? 'asc' : one?.order === 'descend' ? 'desc' : undefined;
    update({
      page: String(pager.current ?? 1),
      pageSize: String(pager.pageSize ?? 20),
      sort: order ? String(one?.columnKey) : undefined,
      order,
    });
  };

  const importKinds = [
    ...(canCreateEnterprise(me) ? [ENTERPRISE_IMPORT] : []),
    ...(canImportFigures(me) ? [FIGURES_IMPORT] : []),
    ...(canSetTier(me) ? [TIERS_IMPORT] : []),
  ];
  const str = (v: number | undefined) => (v === undefined ? undefined : String(v));
  const zoneOptions = (zones.data ?? [])
    .filter((z) => !query.cityId || z.parentId === query.cityId)
    .map((o) => ({ value: o.id, label: o.name }));

  return (
    <ContentCard>
      <PageHeader
        title="企业"
        actions={
          <>
            <ImportButton kinds={importKinds} onImported={() => void queryClient.invalidateQueries({ queryKey: ['enterprises'] })} />
            <ExportButton url="/api/enterprises/export" query={query} fallbackName="企业名录.xlsx" />
            {canCreateEnterprise(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer({ open: true, enterprise: null })}>
                新增
              </Button>
            )}
          </>
        }
      />
      <FilterBar
        onReset={() =>
          update({
            q: undefined,
            chainId: undefined,
            tier: undefined,
            honour: undefined,
            cityId: undefined,
            zoneId: undefined,
            stale: undefined,
          })
        }
        more={
          <>
            <FilterSelect label="荣誉" options={HONOUR_OPTIONS} value={query.honour} onChange={(v) => update({ honour: v })} width={180} />
            <Select
              aria-label="所在市"
              placeholder="所在市"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={cities.isLoading}
              options={(cities.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={query.cityId}
              onChange={(v?: number) => update({ cityId: str(v), zoneId: undefined })}
              style={filterWidth(isMobile, 180)}
            />
            <Select
              aria-label="开发区"
              placeholder="开发区/园区"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={zones.isLoading}
              options={zoneOptions}
              value={query.zoneId}
              onChange={(v?: number) => update({ zoneId: str(v) })}
              style={filterWidth(isMobile, 220)}
            />
          </>
        }
      >
        <SearchInput label="企业名称或信用代码" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 220)} />
        {!chains.isError && (
          <Select
            aria-label="产业链"
            placeholder="产业链"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={chains.isLoading}
            options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={query.chainId}
            onChange={(v?: number) => update({ chainId: str(v) })}
            style={filterWidth(isMobile, 180)}
          />
        )}
        <FilterSelect label="层级" options={TIER_OPTIONS} value={query.tier} onChange={(v) => update({ tier: v })} width={140} />
        <Select
          aria-label="待更新"
          placeholder="确认状态"
          allowClear
          options={STALE_OPTIONS}
          value={query.stale}
          onChange={(v?: string) => update({ stale: v })}
          style={filterWidth(isMobile, 140)}
        />
      </FilterBar>
      <Table<Enterprise>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        pagination={pagination(page, pageSize, data?.total)}
        onChange={onTableChange}
        locale={{
          emptyText: filtered ? '没有符合条件的企业' : canCreateEnterprise(me) ? '还没有企业，可以 导入Excel 或 新增' : '还没有企业',
        }}
      />
      <EnterpriseFormDrawer
        open={drawer.open}
        enterprise={drawer.enterprise}
        onClose={() => setDrawer((prev) => ({ ...prev, open: false }))}
      />
    </ContentCard>
  );
}
