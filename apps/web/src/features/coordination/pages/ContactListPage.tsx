import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { orDash } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { ChainFilter } from '../../chains/components/ChainFilter';
import { ExportButton } from '../../excel/ExportButton';
import { useOrganisationOptions } from '../../organisations/hooks';
import type { ContactFilters, ForgingContact } from '../api';
import { ContactFormDrawer } from '../components/ContactFormDrawer';
import { CoordinationNav } from '../components/CoordinationNav';
import { useContacts } from '../hooks';
import { mayForge } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

/** 园区锻造: the lead units' regular working contacts with zones (“链长牵头单位+园区”). */
export function ContactListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const zones = useOrganisationOptions('zone');
  const filters: ContactFilters = { chainId: toNumber(params.chainId), zoneId: toNumber(params.zoneId) };
  const { data, isFetching } = useContacts({ ...filters, page, pageSize });
  const filtered = Object.values(filters).some((v) => v !== undefined);

  const columns: TableColumnsType<ForgingContact> = [
    { title: '对接日期', dataIndex: 'contactedOn', fixed: 'start' },
    { title: '链长牵头单位', dataIndex: 'leadUnitName' },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '开发区/园区', dataIndex: 'zoneName' },
    { title: '对接事项', dataIndex: 'subject', width: 260 },
    { title: '成效', dataIndex: 'outcome', width: 260, render: orDash },
  ];

  return (
    <ContentCard>
      <CoordinationNav />
      <PageHeader
        title="链长牵头单位+园区"
        actions={
          <>
            <ExportButton url="/api/forging-contacts/export" query={filters} fallbackName="园区锻造工作对接.xlsx" />
            {mayForge(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                记录对接
              </Button>
            )}
          </>
        }
      />
      <FilterBar onReset={() => update({ chainId: undefined, zoneId: undefined })}>
        <ChainFilter value={filters.chainId} onChange={(v) => update({ chainId: v === undefined ? undefined : String(v) })} />
        <Select
          aria-label="开发区/园区"
          placeholder="开发区/园区"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={zones.isLoading}
          options={(zones.data ?? []).map((z) => ({ value: z.id, label: z.name }))}
          value={filters.zoneId}
          onChange={(v?: number) => update({ zoneId: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 200)}
        />
      </FilterBar>
      <Table<ForgingContact>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{
          emptyText: filtered ? '没有符合条件的工作对接' : mayForge(me) ? '还没有工作对接记录，可以 记录对接' : '还没有工作对接记录',
        }}
      />
      <ContactFormDrawer open={creating} onClose={() => setCreating(false)} />
    </ContentCard>
  );
}
