import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { DetailLoader, useRouteId } from '../../../components/DetailLoader';
import { PageHeader } from '../../../components/PageHeader';
import { showError } from '../../../lib/errors';
import { formatDate, formatDateTime, orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useMe } from '../../auth/hooks';
import { type Decision, downloadMinutes, type Meeting } from '../api';
import { DecisionModal, DecisionProgressModal } from '../components/DecisionModals';
import { ProblemStateTag } from '../components/ProblemTags';
import { useChainChoices, useMeeting } from '../hooks';
import { canRecordMeeting, canReportDecision } from '../permissions';

export function MeetingDetailPage() {
  const id = useRouteId();
  const query = useMeeting(id);
  return (
    <DetailLoader id={id} query={query} noun="协调会" backTo="/meetings" backLabel="返回协调会列表">
      {(meeting) => <MeetingView meeting={meeting} />}
    </DetailLoader>
  );
}

function DecisionState({ d }: { d: Decision }) {
  if (d.done) return <Tag color="green">已完成</Tag>;
  if (d.overdue) return <Tag color="red">逾期</Tag>;
  return <Tag color="blue">推进中</Tag>;
}

function MeetingView({ meeting }: { meeting: Meeting }) {
  const me = useMe();
  const isMobile = useIsMobile();
  const [adding, setAdding] = useState(false);
  const [reporting, setReporting] = useState<Decision | null>(null);
  const [downloading, setDownloading] = useState(false);
  const chains = useChainChoices();
  const chainLeadUnitId = chains.options.find((c) => c.value === meeting.chainId)?.leadUnitId;
  const records = canRecordMeeting(me, chainLeadUnitId);
  const problemTitle = new Map(meeting.problems.map((p) => [p.id, p.title]));

  const download = async () => {
    setDownloading(true);
    try {
      await downloadMinutes(meeting);
    } catch (err) {
      showError(err);
    } finally {
      setDownloading(false);
    }
  };

  const columns: TableColumnsType<Decision> = [
    {
      title: '议定事项',
      dataIndex: 'content',
      fixed: 'start',
      width: isMobile ? 180 : 320,
      render: (c: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{c}</span>,
    },
    { title: '责任单位', dataIndex: 'ownerOrgName', render: (name: string, d) => (d.ownerPerson ? `${name}（${d.ownerPerson}）` : name) },
    {
      title: '完成时限',
      dataIndex: 'deadline',
      render: (v: string, d) => <Typography.Text type={d.overdue ? 'danger' : undefined}>{v}</Typography.Text>,
    },
    {
      title: '关联议题',
      dataIndex: 'problemId',
      render: (id: number | null) => (id ? <Link to={`/problems/${id}`}>{problemTitle.get(id) ?? `问题 #${id}`}</Link> : '—'),
    },
    { title: '状态', key: 'state', render: (_, d) => <DecisionState d={d} /> },
    {
      title: '进展',
      key: 'progress',
      width: 280,
      render: (_, d) =>
        d.progress.length === 0 ? (
          '—'
        ) : (
          <Flex vertical gap={4}>
            {d.progress.map((p) => (
              <div key={p.at}>
                <Typography.Text>{p.note}</Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {formatDateTime(p.at)} · {p.username ?? '系统'}
                </Typography.Text>
              </div>
            ))}
          </Flex>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      fixed: isMobile ? undefined : 'end',
      render: (_, d) =>
        !d.done &&
        canReportDecision(me, chainLeadUnitId, d.ownerOrgId) && (
          <Button type="link" size="small" onClick={() => setReporting(d)}>
            报告进展
          </Button>
        ),
    },
  ];

  return (
    <ContentCard>
      <PageHeader
        title={meeting.title}
        tags={<Tag style={{ marginInlineEnd: 0 }}>{meeting.chainName}</Tag>}
        actions={
          <>
            <Button icon={<DownloadOutlined aria-hidden />} loading={downloading} onClick={() => void download()}>
              下载会议纪要
            </Button>
            {records && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                添加议定事项
              </Button>
            )}
          </>
        }
      />
      <Descriptions
        bordered
        size="small"
        styles={{ label: { whiteSpace: 'nowrap' } }}
        column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
        items={[
          { key: 'chain', label: '产业链', children: meeting.chainName },
          { key: 'heldOn', label: '召开日期', children: formatDate(meeting.heldOn) },
          { key: 'location', label: '地点', children: orDash(meeting.location) },
          {
            key: 'attendees',
            label: '参会人员',
            span: 'filled',
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{meeting.attendees}</span>,
          },
          {
            key: 'notes',
            label: '会议纪要',
            span: 'filled',
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(meeting.notes)}</span>,
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        议题（{meeting.problems.length}）
      </Typography.Title>
      {meeting.problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本次会议没有列入问题清单中的议题" />
      ) : (
        <Flex vertical gap={6} role="list" aria-label="议题">
          {meeting.problems.map((p) => (
            <Flex key={p.id} gap={8} align="center" wrap role="listitem">
              <ProblemStateTag state={p.state} />
              <Link to={`/problems/${p.id}`}>{p.title}</Link>
            </Flex>
          ))}
        </Flex>
      )}
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        议定事项（{meeting.decisions.length}）
      </Typography.Title>
      <Table<Decision>
        rowKey="id"
        size="small"
        aria-label="议定事项"
        columns={columns}
        dataSource={meeting.decisions}
        pagination={false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: records ? '还没有议定事项，可以 添加议定事项' : '还没有议定事项' }}
      />
      <DecisionModal meeting={meeting} open={adding} onClose={() => setAdding(false)} />
      <DecisionProgressModal decision={reporting} onClose={() => setReporting(null)} />
    </ContentCard>
  );
}
