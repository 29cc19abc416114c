import { SendOutlined } from '@ant-design/icons';
import { periodLabel, WORK_REPORT_KIND_LABELS, WorkReportKind } from '@chainboard/contracts';
import { Alert, Button, Select, Table, type TableColumnsType, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import type { Submission, WorkReportRow } from '../api';
import { PlansNav } from '../components/PlansNav';
import { WorkReportDrawer } from '../components/WorkReportDrawer';
import { usePlanYears, useSubmissionStatus, useWorkReports } from '../hooks';
import { lastQuarter, quarterOptions } from '../labels';
import { canSeeSubmissionStatus, canSubmitWorkReport } from '../permissions';

const KIND_OPTIONS = WorkReportKind.options.map((value) => ({ value, label: WORK_REPORT_KIND_LABELS[value] }));

function useQuarters() {
  const years = usePlanYears();
  const now = new Date().getFullYear();
  return quarterOptions([...new Set([now, now - 1, ...(years.data ?? []).map((p) => p.year)])]);
}

function ReportList() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const quarters = useQuarters();
  const kind = WorkReportKind.safeParse(params.kind).data;
  const period = quarters.some((q) => q.value === params.period) ? params.period : undefined;
  const { data, isFetching } = useWorkReports({ page, pageSize, kind, period });
  const office = canSeeSubmissionStatus(me);

  const columns: TableColumnsType<WorkReportRow> = [
    { title: '标题', dataIndex: 'title', fixed: 'start', width: isMobile ? 150 : 300 },
    ...(office ? [{ title: '报送单位', dataIndex: 'organisationName' }] : []),
    { title: '类别', dataIndex: 'kind', render: (k: WorkReportRow['kind']) => WORK_REPORT_KIND_LABELS[k] },
    { title: '季度', dataIndex: 'period', render: (p: string | null) => (p ? periodLabel(p) : '—') },
    { title: '报送人', dataIndex: 'submittedBy', render: (u: string | null) => u ?? '—' },
    { title: '报送时间', dataIndex: 'submittedAt', render: formatDateTime },
  ];

  return (
    <>
      <FilterBar onReset={() => update({ kind: undefined, period: undefined })}>
        <FilterSelect label="类别" options={KIND_OPTIONS} value={kind} onChange={(v) => update({ kind: v })} width={150} />
        <FilterSelect label="季度" options={quarters} value={period} onChange={(v) => update({ period: v })} width={180} />
      </FilterBar>
      <Table<WorkReportRow>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        expandable={{
          expandedRowRender: (r) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.content}</Typography.Paragraph>,
        }}
        locale={{
          emptyText:
            kind || period ? '没有符合条件的报送' : canSubmitWorkReport(me) ? '还没有报送，可以 报送 工作信息或季度工作总结' : '还没有报送',
        }}
      />
    </>
  );
}

function UnitState({ unit, dueOn }: { unit: Submission['units'][number]; dueOn: string }) {
  if (unit.submittedAt) return unit.late ? <Tag color="orange">逾期报送</Tag> : <Tag color="green">已报送</Tag>;
  const today = dayjs().format('YYYY-MM-DD');
  return today > dueOn ? <Tag color="red">未报送（已逾期）</Tag> : <Tag color="blue">未报送</Tag>;
}

/** 报送情况: who has and has not sent the quarter's summary (the office's view). */
function SubmissionView() {
  const isMobile = useIsMobile();
  const quarters = useQuarters();
  const [period, setPeriod] = useState(lastQuarter());
  const { data, isFetching } = useSubmissionStatus(period, true);
  const missing = (data?.units ?? []).filter((u) => !u.submittedAt);
  const columns: TableColumnsType<Submission['units'][number]> = [
    { title: '单位', dataIndex: 'organisationName', fixed: 'start' },
    { title: '报送时间', dataIndex: 'submittedAt', render: formatDateTime },
    { title: '状态', key: 'state', render: (_, u) => <UnitState unit={u} dueOn={data?.dueOn ?? ''} /> },
  ];
  return (
    <>
      <FilterBar>
        <Select aria-label="季度" options={quarters} value={period} onChange={setPeriod} style={filterWidth(isMobile, 200)} />
        {data && <Typography.Text type="secondary">报送截止 {data.dueOn}</Typography.Text>}
      </FilterBar>
      {data && (
        <Alert
          type={missing.length === 0 ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={`${periodLabel(period)}：已报送 ${data.units.length - missing.length}/${data.units.length} 个单位`}
          description={missing.length ? `未报送：${missing.map((u) => u.organisationName).join('、')}` : undefined}
        />
      )}
      <Table
        rowKey="organisationId"
        size="small"
        aria-label="报送情况"
        columns={columns}
        dataSource={data?.units}
        loading={isFetching}
        pagination={false}
        scroll={TABLE_SCROLL}
      />
    </>
  );
}

/** 工作报送: member and lead units send work information and quarterly summaries; the office sees who has not. */
export function WorkReportsPage() {
  const me = useMe();
  const { params, update } = useListParams();
  const [submitting, setSubmitting] = useState(false);
  const office = canSeeSubmissionStatus(me);
  const tab = office && params.tab === 'status' ? 'status' : 'list';
  return (
    <ContentCard>
      <PlansNav />
      <PageHeader
        title="工作报送"
        actions={
          canSubmitWorkReport(me) && (
            <Button type="primary" icon={<SendOutlined aria-hidden />} onClick={() => setSubmitting(true)}>
              报送
            </Button>
          )
        }
      />
      {office ? (
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key === 'status' ? 'status' : undefined })}
          items={[
            { key: 'list', label: '报送记录', children: <ReportList /> },
            { key: 'status', label: '报送情况', children: <SubmissionView /> },
          ]}
        />
      ) : (
        <ReportList />
      )}
      <WorkReportDrawer open={submitting} onClose={() => setSubmitting(false)} />
    </ContentCard>
  );
}
