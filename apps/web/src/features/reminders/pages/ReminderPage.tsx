import { REMINDER_KIND_LABELS, ReminderKind } from '@chainboard/contracts';
import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import type { Reminder } from '../api';
import { ReminderItem } from '../components/ReminderItem';
import { useReminders } from '../hooks';
import { daysUntil, dueText, REMINDER_KIND_OPTIONS } from '../labels';

/** Within this many days a due date shows orange (UI.md: orange = due soon). */
const SOON_DAYS = 7;

function DueTag({ item }: { item: Reminder }) {
  if (item.overdue) return <Tag color="red">{dueText(item.dueOn, true)}</Tag>;
  const days = daysUntil(item.dueOn);
  if (days < 0) return <Tag color="blue">待办</Tag>;
  return <Tag color={days <= SOON_DAYS ? 'orange' : 'blue'}>{dueText(item.dueOn, false)}</Tag>;
}

const STATUS_OPTIONS = [
  { value: 'overdue', label: '已逾期' },
  { value: 'due', label: '未到期' },
];

/** 提醒: everything due within 30 days or overdue for the user's organisation, most urgent first. */
export function ReminderPage() {
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const { data, isFetching, refetch } = useReminders();
  const kind = ReminderKind.safeParse(params.kind).data;
  const status = params.status === 'overdue' || params.status === 'due' ? params.status : undefined;

  const items = (data?.items ?? []).filter(
    (i) => (!kind || i.kind === kind) && (!status || (status === 'overdue' ? i.overdue : !i.overdue)),
  );
  const shown = items.slice((page - 1) * pageSize, page * pageSize);

  const columns: TableColumnsType<Reminder> = isMobile
    ? [{ title: '事项', key: 'item', render: (_, item) => <ReminderItem item={item} /> }]
    : [
        { title: '类别', dataIndex: 'kind', width: 140, render: (k: Reminder['kind']) => REMINDER_KIND_LABELS[k] },
        { title: '事项', dataIndex: 'title', render: (title: string, item) => <Link to={item.link}>{title}</Link> },
        { title: '到期日', dataIndex: 'dueOn', width: 120 },
        { title: '状态', key: 'status', width: 140, render: (_, item) => <DueTag item={item} /> },
      ];

  return (
    <ContentCard>
      <PageHeader
        title="提醒"
        tags={
          data && (
            <Typography.Text type="secondary">
              共 {data.count} 项，
              <Typography.Text type={data.overdue ? 'danger' : 'secondary'}>逾期 {data.overdue} 项</Typography.Text>
            </Typography.Text>
          )
        }
        actions={<Button onClick={() => void refetch()}>刷新</Button>}
      />
      <FilterBar onReset={() => update({ kind: undefined, status: undefined })}>
        <FilterSelect label="类别" options={REMINDER_KIND_OPTIONS} value={kind} onChange={(v) => update({ kind: v })} width={180} />
        <FilterSelect label="是否逾期" options={STATUS_OPTIONS} value={status} onChange={(v) => update({ status: v })} width={140} />
      </FilterBar>
      <Table<Reminder>
        rowKey={(item) => `${item.kind}-${item.link}-${item.title}`}
        columns={columns}
        dataSource={shown}
        loading={isFetching && !data}
        scroll={isMobile ? undefined : TABLE_SCROLL}
        {...pagedTable(page, pageSize, items.length, update)}
        locale={{ emptyText: kind || status ? '没有符合条件的提醒' : '没有到期或逾期的事项，提醒会在到期前 30 天出现' }}
      />
    </ContentCard>
  );
}
