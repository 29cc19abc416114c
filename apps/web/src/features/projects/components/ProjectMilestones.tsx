import type { Project } from '@chainboard/contracts';
import { Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { formatDate } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { reportsProgress } from '../permissions';

const MILESTONES = [
  { key: 'sign', label: '签约', planned: 'plannedSignOn', actual: 'actualSignOn' },
  { key: 'start', label: '开工', planned: 'plannedStartOn', actual: 'actualStartOn' },
  { key: 'complete', label: '竣工', planned: 'plannedCompleteOn', actual: 'actualCompleteOn' },
  { key: 'production', label: '投产', planned: 'plannedProductionOn', actual: 'actualProductionOn' },
] as const;

const NO_WRAP = () => ({ style: { whiteSpace: 'nowrap' as const } });

type Row = { key: string; label: string; planned: string | null; actual: string | null };

/** Done on time (green), done late (orange), planned date passed without it (red), still ahead (blue). */
function State({ row, active }: { row: Row; active: boolean }) {
  if (row.actual) {
    const lateDays = row.planned ? dayjs(row.actual).diff(dayjs(row.planned), 'day') : 0;
    return lateDays > 0 ? <Tag color="orange">晚于计划 {lateDays} 天</Tag> : <Tag color="green">已完成</Tag>;
  }
  if (!row.planned || !active) return <Typography.Text type="secondary">—</Typography.Text>;
  const overdue = dayjs().startOf('day').diff(dayjs(row.planned), 'day');
  if (overdue > 0) return <Tag color="red">逾期 {overdue} 天</Tag>;
  return <Tag color="blue">未到期</Tag>;
}

/** 建设节点: each milestone's planned and actual date side by side. */
export function ProjectMilestones({ project }: { project: Project }) {
  const rows: Row[] = MILESTONES.map((m) => ({ key: m.key, label: m.label, planned: project[m.planned], actual: project[m.actual] }));
  const active = reportsProgress(project);
  return (
    <Table<Row>
      aria-label="建设节点"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={TABLE_SCROLL}
      columns={[
        { title: '节点', dataIndex: 'label', width: 64, fixed: 'start' },
        { title: '计划日期', dataIndex: 'planned', render: formatDate, onCell: NO_WRAP },
        { title: '实际日期', dataIndex: 'actual', render: formatDate, onCell: NO_WRAP },
        { title: '状态', key: 'state', render: (_, row) => <State row={row} active={active} /> },
      ]}
    />
  );
}
