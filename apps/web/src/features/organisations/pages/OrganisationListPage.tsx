import { PlusOutlined } from '@ant-design/icons';
import { ORG_TYPE_LABELS, type Organisation, OrgType } from '@chainboard/contracts';
import { Button, Popconfirm, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { showError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { formatDateTime, orDash } from '../../../lib/format';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { OrganisationFormDrawer } from '../components/OrganisationFormDrawer';
import { OrganisationStatusTag } from '../components/OrganisationStatusTag';
import { useOrganisations, useUpdateOrganisation } from '../hooks';
import { ORG_TYPE_OPTIONS } from '../labels';

type DrawerState = { open: boolean; organisation: Organisation | null };

export function OrganisationListPage() {
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const type = OrgType.safeParse(params.type).data;
  const { data, isFetching } = useOrganisations({ type, q: params.q, page, pageSize });
  const setRetired = useUpdateOrganisation();
  const [drawer, setDrawer] = useState<DrawerState>({ open: false, organisation: null });

  const toggleRetired = (org: Organisation) =>
    setRetired.mutate(
      { id: org.id, patch: { retired: !org.retired } },
      { onSuccess: () => toastSuccess(org.retired ? '已启用' : '已停用'), onError: showError },
    );

  const columns: TableColumnsType<Organisation> = [
    { title: '单位名称', dataIndex: 'name', fixed: 'start', width: 240 },
    { title: '单位类型', dataIndex: 'type', render: (value: OrgType) => ORG_TYPE_LABELS[value] },
    { title: '所属市', dataIndex: 'parentName', render: orDash },
    { title: '状态', dataIndex: 'retired', render: (retired: boolean) => <OrganisationStatusTag retired={retired} /> },
    { title: '更新时间', dataIndex: 'updatedAt', render: formatDateTime },
    {
      title: '操作',
      key: 'actions',
      // Row actions stay in view on wide screens; on phones only the first column is pinned.
      fixed: isMobile ? undefined : 'end',
      render: (_, org) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDrawer({ open: true, organisation: org })}>
            编辑
          </Button>
          {org.retired ? (
            <Button type="link" size="small" onClick={() => toggleRetired(org)}>
              启用
            </Button>
          ) : (
            <Popconfirm
              title={`停用「${org.name}」？`}
              description="停用后不能再被选为牵头单位或承载地，已有记录保留。"
              onConfirm={() => toggleRetired(org)}
            >
              <Button type="link" size="small" danger>
                停用
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <ContentCard>
      <PageHeader
        title="单位管理"
        actions={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer({ open: true, organisation: null })}>
            新增
          </Button>
        }
      />
      <FilterBar onReset={() => update({ type: undefined, q: undefined })}>
        <Select
          aria-label="单位类型"
          placeholder="单位类型"
          allowClear
          options={ORG_TYPE_OPTIONS}
          value={type}
          onChange={(value?: string) => update({ type: value })}
          style={filterWidth(isMobile, 200)}
        />
        <SearchInput label="单位名称" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 240)} />
      </FilterBar>
      <Table<Organisation>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        pagination={pagination(page, pageSize, data?.total)}
        onChange={(p) => update({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
        locale={{ emptyText: params.q || type ? '没有符合条件的单位' : '还没有单位，可以 新增' }}
      />
      <OrganisationFormDrawer
        open={drawer.open}
        organisation={drawer.organisation}
        onClose={() => setDrawer((prev) => ({ ...prev, open: false }))}
      />
    </ContentCard>
  );
}
