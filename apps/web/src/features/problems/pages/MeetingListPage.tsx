import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { orDash } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import type { Meeting } from '../api';
import { MeetingFormDrawer } from '../components/MeetingFormDrawer';
import { ProblemsNav } from '../components/ProblemsNav';
import { useChainChoices, useMeetings } from '../hooks';
import { mayRecordMeetings } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

/** Decisions done / all, with the overdue ones in red. */
function DecisionSummary({ meeting }: { meeting: Meeting }) {
  const all = meeting.decisions.length;
  if (all === 0) return <>—</>;
  const done = meeting.decisions.filter((d) => d.done).length;
  const overdue = meeting.decisions.filter((d) => d.overdue).length;
  return (
    <Flex wrap gap={4}>
      <Tag color={done === all ? 'green' : 'blue'} style={{ marginInlineEnd: 0 }}>
        完成 {done}/{all}
      </Tag>
      {overdue > 0 && (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          逾期 {overdue}
        </Tag>
      )}
    </Flex>
  );
}

/** 链长协调会: meetings with their agenda and the decisions tracked to done. */
export function MeetingListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const chains = useChainChoices();
  const chainId = toNumber(params.chainId);
  const { data, isFetching } = useMeetings({ page, pageSize, chainId });

  const columns: TableColumnsType<Meeting> = [
    {
      title: '会议名称',
      dataIndex: 'title',
      fixed: 'start',
      width: isMobile ? 160 : 300,
      render: (title: string, m) => <Link to={`/meetings/${m.id}`}>{title}</Link>,
    },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '召开日期', dataIndex: 'heldOn' },
    { title: '地点', dataIndex: 'location', render: orDash },
    { title: '议题', key: 'problems', align: 'right', render: (_, m) => m.problems.length },
    { title: '议定事项', key: 'decisions', render: (_, m) => <DecisionSummary meeting={m} /> },
  ];

  return (
    <ContentCard>
      <ProblemsNav />
      <PageHeader
        title="链长协调会"
        actions={
          mayRecordMeetings(me) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              记录协调会
            </Button>
          )
        }
      />
      <FilterBar onReset={() => update({ chainId: undefined })}>
        <Select
          aria-label="产业链"
          placeholder="产业链"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.loading}
          options={chains.options}
          value={chainId}
          onChange={(v?: number) => update({ chainId: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 200)}
        />
      </FilterBar>
      <Table<Meeting>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{
          emptyText: chainId ? '该产业链还没有协调会' : mayRecordMeetings(me) ? '还没有协调会，可以 记录协调会' : '还没有协调会',
        }}
      />
      <MeetingFormDrawer open={creating} onClose={() => setCreating(false)} />
    </ContentCard>
  );
}
