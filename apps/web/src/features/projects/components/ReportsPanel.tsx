import { SendOutlined } from '@ant-design/icons';
import type { Project, ProjectReport } from '@chainboard/contracts';
import { Alert, Button, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime, orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { formatWan } from '../money';
import { periodDue, REPORT_GRACE_DAYS, reportPeriodLabel } from '../periods';
import { ReportModal } from './ReportModal';

const columns: TableColumnsType<ProjectReport> = [
  {
    title: '报送期间',
    dataIndex: 'period',
    fixed: 'start',
    render: (period: string, r) => (
      <Flex vertical gap={2} align="start">
        <span>{reportPeriodLabel(period)}</span>
        {r.late && <Tag color="red">逾期</Tag>}
      </Flex>
    ),
  },
  { title: '形象进度', dataIndex: 'progress', width: 280, render: (t: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{t}</span> },
  { title: '本期完成投资（万元）', dataIndex: 'investmentInPeriod', align: 'end', render: formatWan },
  {
    title: '存在问题',
    dataIndex: 'problems',
    width: 220,
    render: (t: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(t)}</span>,
  },
  { title: '报送时间', dataIndex: 'reportedAt', render: formatDateTime },
  { title: '报送人', dataIndex: 'reportedBy', render: orDash },
];

/** 进展报送: what is overdue, the reports so far (newest first) and, for the host government, 报送进展. */
export function ReportsPanel({
  project,
  reports,
  loading,
  canReport,
}: {
  project: Project;
  reports: ProjectReport[] | undefined;
  loading: boolean;
  canReport: boolean;
}) {
  const [open, setOpen] = useState(false);
  const rows = [...(reports ?? [])].sort((a, b) => (a.period < b.period ? 1 : -1));
  const late = project.lateReportPeriod;
  return (
    <Flex vertical gap={12}>
      {late && (
        <Alert
          type="error"
          showIcon
          title={`逾期未报：${reportPeriodLabel(late)}的进展应于 ${periodDue(late).format('YYYY-MM-DD')} 前报送`}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {project.reportCycleMonths === 3 ? '按季度报送' : '按月报送'}，期满后 {REPORT_GRACE_DAYS} 日内报送；已报 {rows.length} 期
        </Typography.Text>
        {canReport && (
          <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => setOpen(true)}>
            报送进展
          </Button>
        )}
      </Flex>
      <Table<ProjectReport>
        aria-label="进展报告"
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rows}
        scroll={TABLE_SCROLL}
        pagination={rows.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
        locale={{ emptyText: canReport ? '还没有报送进展，可以 报送进展' : '还没有报送进展' }}
      />
      <ReportModal project={project} reported={new Set(rows.map((r) => r.period))} open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}
