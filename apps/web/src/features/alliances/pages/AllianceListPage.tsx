import { PlusOutlined } from '@ant-design/icons';
import type { Alliance } from '@chainboard/contracts';
import { Button, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import type { AllianceListQuery } from '../api';
import { AllianceFormDrawer } from '../components/AllianceFormDrawer';
import { FieldTags, PilotTag } from '../components/FieldTags';
import { useAlliances } from '../hooks';
import { mayCreateAlliances } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);
const PILOT_OPTIONS = [
  { value: 'true', label: '试点' },
  { value: 'false', label: '非试点' },
];

export function AllianceListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const query: AllianceListQuery = {
    page,
    pageSize,
    chainId: toNumber(params.chainId),
    pilot: params.pilot === 'true' || params.pilot === 'false' ? params.pilot : undefined,
  };
  const { data, isFetching } = useAlliances(query);
  const chains = useChainOptions();

  const columns: TableColumnsType<Alliance> = [
    {
      title: '联合体名称',
      dataIndex: 'name',
      fixed: 'start',
      width: isMobile ? 150 : 260,
      render: (name: string, a) => <Link to={`/alliances/${a.id}`}>{name}</Link>,
    },
    { title: '产业链', dataIndex: 'chainName' },
    {
      title: '牵头链主',
      dataIndex: 'leaderName',
      render: (name: string, a) => <Link to={`/enterprises/${a.leaderEnterpriseId}`}>{name}</Link>,
    },
    { title: '合作领域', dataIndex: 'fields', width: 260, render: (f: Alliance['fields']) => <FieldTags fields={f} /> },
    { title: '试点', dataIndex: 'pilot', render: (p: boolean) => <PilotTag pilot={p} /> },
    { title: '成员数', key: 'members', align: 'right', render: (_, a) => a.members.length },
    { title: '成立日期', dataIndex: 'foundedOn' },
  ];

  return (
    <ContentCard>
      <PageHeader
        title="协作联合体"
        actions={
          mayCreateAlliances(me) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              组建
            </Button>
          )
        }
      />
      <FilterBar onReset={() => update({ chainId: undefined, pilot: undefined })}>
        {!chains.isError && (
          <Select
            aria-label="产业链"
            placeholder="产业链"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={chains.isLoading}
            options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={query.chainId}
            onChange={(v?: number) => update({ chainId: v === undefined ? undefined : String(v) })}
            style={filterWidth(isMobile, 180)}
          />
        )}
        <Select
          aria-label="试点"
          placeholder="是否试点"
          allowClear
          options={PILOT_OPTIONS}
          value={query.pilot}
          onChange={(v?: string) => update({ pilot: v })}
          style={filterWidth(isMobile, 140)}
        />
      </FilterBar>
      <Table<Alliance>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        pagination={pagination(page, pageSize, data?.total)}
        onChange={(p) => update({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
        locale={{
          emptyText:
            query.chainId || query.pilot
              ? '没有符合条件的协作联合体'
              : mayCreateAlliances(me)
                ? '还没有协作联合体，可以 组建（由该链的链主企业牵头）'
                : '还没有协作联合体',
        }}
      />
      <AllianceFormDrawer
        open={creating}
        alliance={null}
        onClose={() => setCreating(false)}
        onSaved={(a) => navigate(`/alliances/${a.id}`)}
      />
    </ContentCard>
  );
}
