import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { orDash } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { ExportButton } from '../../excel';
import type { Expert } from '../api';
import { ExpertFormDrawer } from '../components/ExpertFormDrawer';
import { ThinkTankNav } from '../components/ThinkTankNav';
import { useChainChoices, useExperts } from '../hooks';
import { mayKeepExperts } from '../permissions';

export const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

/** 专家库: the expert pool, searched by name, field or work unit, filtered by chain. */
export function ExpertListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [editing, setEditing] = useState<Expert | 'new' | null>(null);
  const chains = useChainChoices();
  const filters = { q: params.q || undefined, chainId: toNumber(params.chainId) };
  const { data, isFetching } = useExperts({ page, pageSize, ...filters });

  const columns: TableColumnsType<Expert> = [
    {
      title: '姓名',
      dataIndex: 'name',
      fixed: 'start',
      width: isMobile ? 100 : 120,
      render: (name: string, x) => (
        <Flex gap={4} wrap>
          <Link to={`/thinktank/experts/${x.id}`}>{name}</Link>
          {x.demo && <Tag>示例数据</Tag>}
        </Flex>
      ),
    },
    { title: '专业领域', dataIndex: 'field' },
    { title: '工作单位', dataIndex: 'workUnit' },
    { title: '职称/职务', dataIndex: 'title', render: orDash },
    { title: '联系电话', dataIndex: 'phone', render: orDash },
    { title: '服务产业链', key: 'chains', render: (_, x) => x.chains.map((c) => c.name).join('、') },
    {
      title: '操作',
      key: 'actions',
      render: (_, x) =>
        mayKeepExperts(me) && (
          <Button type="link" size="small" onClick={() => setEditing(x)}>
            修改
          </Button>
        ),
    },
  ];

  return (
    <ContentCard>
      <ThinkTankNav />
      <PageHeader
        title="专家库"
        actions={
          <>
            <ExportButton url="/api/experts/export" query={filters} fallbackName="专家库.xlsx" />
            {mayKeepExperts(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
                新增专家
              </Button>
            )}
          </>
        }
      />
      <FilterBar onReset={() => update({ q: undefined, chainId: undefined })}>
        <SearchInput label="姓名、领域或工作单位" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 240)} />
        <Select
          aria-label="产业链"
          placeholder="产业链"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.loading}
          options={chains.options}
          value={filters.chainId}
          onChange={(v?: number) => update({ chainId: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 200)}
        />
      </FilterBar>
      <Table<Expert>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{ emptyText: mayKeepExperts(me) ? '还没有专家，可以 新增专家' : '还没有专家' }}
      />
      <ExpertFormDrawer
        open={editing !== null}
        expert={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
    </ContentCard>
  );
}
