import { PlusOutlined } from '@ant-design/icons';
import { PLATFORM_KIND_LABELS, PLATFORM_LEVEL_LABELS, PlatformKind, PlatformLevel } from '@chainboard/contracts';
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
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
import type { Platform, PlatformFilters } from '../api';
import { PlatformFormDrawer } from '../components/PlatformFormDrawer';
import { TechnologiesNav } from '../components/TechnologiesNav';
import { DemoMark } from '../components/TechTags';
import { usePlatforms } from '../hooks';
import { PLATFORM_KIND_OPTIONS, PLATFORM_LEVEL_OPTIONS } from '../labels';
import { canWriteTechnology, mayWriteTechnologies } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

/** 创新平台: 重点实验室、技术创新中心、中试基地 by chain, level and host. */
export function PlatformListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [editing, setEditing] = useState<Platform | null | undefined>(undefined);
  const chains = useChainOptions();
  const filters: PlatformFilters = {
    q: params.q,
    chainId: toNumber(params.chainId),
    kind: PlatformKind.safeParse(params.kind).data,
    level: PlatformLevel.safeParse(params.level).data,
  };
  const { data, isFetching } = usePlatforms({ ...filters, page, pageSize });
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const leadUnitOf = (chainId: number) => chains.data?.find((c) => c.id === chainId)?.leadUnitId;

  const columns: TableColumnsType<Platform> = [
    {
      title: '平台名称',
      dataIndex: 'name',
      fixed: 'start',
      width: isMobile ? 140 : 280,
      render: (name: string, p) => (
        <Flex wrap gap={4} align="center">
          <Typography.Text strong>{name}</Typography.Text>
          <DemoMark demo={p.demo} />
        </Flex>
      ),
    },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '类型', dataIndex: 'kind', render: (k: Platform['kind']) => PLATFORM_KIND_LABELS[k] },
    {
      title: '级别',
      dataIndex: 'level',
      render: (l: Platform['level']) => <Tag color={l === 'national' ? 'gold' : 'default'}>{PLATFORM_LEVEL_LABELS[l]}</Tag>,
    },
    { title: '依托单位', dataIndex: 'hostName' },
    { title: '认定日期', dataIndex: 'recognisedOn', render: orDash },
    {
      title: '操作',
      key: 'actions',
      fixed: 'end',
      render: (_: unknown, p) =>
        canWriteTechnology(me, leadUnitOf(p.chainId)) ? (
          <Button type="link" size="small" onClick={() => setEditing(p)}>
            编辑
          </Button>
        ) : null,
    },
  ];

  return (
    <ContentCard>
      <TechnologiesNav />
      <PageHeader
        title="创新平台"
        actions={
          <>
            <ExportButton url="/api/innovation-platforms/export" query={filters} fallbackName="创新平台.xlsx" />
            {mayWriteTechnologies(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(null)}>
                登记创新平台
              </Button>
            )}
          </>
        }
      />
      <FilterBar onReset={() => update({ q: undefined, chainId: undefined, kind: undefined, level: undefined })}>
        <SearchInput label="平台名称" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 200)} />
        <ChainFilter value={filters.chainId} onChange={(v) => update({ chainId: v === undefined ? undefined : String(v) })} />
        <FilterSelect
          label="平台类型"
          options={PLATFORM_KIND_OPTIONS}
          value={filters.kind}
          onChange={(v) => update({ kind: v })}
          width={140}
        />
        <FilterSelect
          label="级别"
          options={PLATFORM_LEVEL_OPTIONS}
          value={filters.level}
          onChange={(v) => update({ level: v })}
          width={110}
        />
      </FilterBar>
      <Table<Platform>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{
          emptyText: filtered
            ? '没有符合条件的创新平台'
            : mayWriteTechnologies(me)
              ? '还没有创新平台，可以 登记创新平台'
              : '还没有创新平台',
        }}
      />
      <PlatformFormDrawer open={editing !== undefined} platform={editing ?? null} onClose={() => setEditing(undefined)} />
    </ContentCard>
  );
}
