import { DownloadOutlined } from '@ant-design/icons';
import { PROJECT_CLASS_LABELS, REPORT_PROJECT_CLASSES } from '@chainboard/contracts';
import { Alert, Button, Empty, Flex, Result, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { errorMessage, showError } from '../../../lib/errors';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { formatYi } from '../../enterprises/money';
import { downloadQuarterlyReport, downloadQuarterlyReportXlsx, type QuarterlyReport } from '../api';
import { PlansNav } from '../components/PlansNav';
import { QuarterlyReportText } from '../components/QuarterlyReportText';
import { TargetsTable } from '../components/TargetsTable';
import { MilestoneStateTag } from '../components/TargetTags';
import { usePlanYears, useQuarterlyReport } from '../hooks';
import { quarterOptions } from '../labels';

type ChainRow = QuarterlyReport['chains'][number];
type TaskRow = QuarterlyReport['tasks'][number];

/** 季度报告: the province's quarterly report drafted from the records as of the quarter's end, and its Word file. */
export function QuarterlyReportPage() {
  const isMobile = useIsMobile();
  const years = usePlanYears();
  const { params, update } = useListParams();
  const quarters = quarterOptions((years.data ?? []).map((p) => p.year));
  const period = quarters.find((q) => q.value === params.period)?.value ?? quarters[0]?.value;
  const report = useQuarterlyReport(period);
  const [downloading, setDownloading] = useState<'docx' | 'xlsx' | null>(null);

  if (years.isPending) return <PageLoading />;

  const download = async (r: QuarterlyReport, as: 'docx' | 'xlsx') => {
    setDownloading(as);
    try {
      await (as === 'docx' ? downloadQuarterlyReport(r) : downloadQuarterlyReportXlsx(r));
    } catch (err) {
      showError(err);
    } finally {
      setDownloading(null);
    }
  };

  const data = report.data;
  const chainColumns: TableColumnsType<ChainRow> = [
    { title: '产业链', dataIndex: 'chainName', fixed: 'start', width: isMobile ? 100 : 160 },
    { title: '链上企业（家）', dataIndex: 'enterprises', align: 'right' },
    {
      title: `${data?.revenueLabel ?? ''}营收（亿元）`,
      dataIndex: 'revenueYearToDate',
      align: 'right',
      render: (v: number) => formatYi(v),
    },
    ...REPORT_PROJECT_CLASSES.map((c) => ({
      title: `${PROJECT_CLASS_LABELS[c]}项目（个）`,
      key: c,
      align: 'right' as const,
      render: (_: unknown, r: ChainRow) => r.projectsByClass[c] ?? 0,
    })),
    { title: '招商落地（个）', dataIndex: 'landedProjects', align: 'right' },
    { title: '解决问题（个）', dataIndex: 'problemsSolved', align: 'right' },
  ];
  const taskColumns: TableColumnsType<TaskRow> = [
    { title: '任务', key: 'title', fixed: 'start', width: isMobile ? 140 : 300, render: (_, t) => `${t.seq}. ${t.title}` },
    {
      title: '节点（截至季末）',
      key: 'milestones',
      render: (_, t) => (
        <Flex vertical gap={4}>
          {t.milestones.map((m) => (
            <Flex key={`${m.quarter}-${m.title}`} gap={6} wrap align="center">
              <Typography.Text type="secondary">Q{m.quarter}</Typography.Text>
              <MilestoneStateTag state={m.state} />
              {m.overdue && (
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  逾期
                </Tag>
              )}
              <Typography.Text>{m.title}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <ContentCard>
      <PlansNav />
      <PageHeader
        title="季度报告"
        actions={
          <>
            <Select
              aria-label="季度"
              value={period}
              options={quarters}
              onChange={(v: string) => update({ period: v })}
              style={{ width: 180 }}
              placeholder="选择季度"
            />
            <Button
              type="primary"
              icon={<DownloadOutlined aria-hidden />}
              disabled={!data}
              loading={downloading === 'docx'}
              onClick={() => data && void download(data, 'docx')}
            >
              下载 Word
            </Button>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              disabled={!data}
              loading={downloading === 'xlsx'}
              onClick={() => data && void download(data, 'xlsx')}
            >
              下载 Excel
            </Button>
          </>
        }
      />
      {!period && <Empty description="还没有导入年度行动计划，无法生成季度报告" />}
      {report.error && (
        <Result
          status={isApiError(report.error) && report.error.status === 404 ? '404' : 'error'}
          title="无法生成该季度的报告"
          subTitle={errorMessage(report.error)}
        />
      )}
      {report.isLoading && <PageLoading />}
      {data && (
        <Flex vertical gap={8}>
          <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>
            {data.title}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
            数据截至 {data.asOf}；目标依据年度计划第{data.planVersion}版
          </Typography.Text>
          {data.late.length > 0 && (
            <Alert
              type="error"
              showIcon
              title={`滞后事项 ${data.late.length} 项`}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {data.late.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            报告文字
          </Typography.Title>
          <QuarterlyReportText report={data} />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            一、推进目标
          </Typography.Title>
          <TargetsTable rows={data.targets} asOf={data.asOf} loading={report.isFetching} />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            二、重大工作推进
          </Typography.Title>
          <Table<TaskRow>
            rowKey="seq"
            size="small"
            aria-label="重大工作"
            columns={taskColumns}
            dataSource={data.tasks}
            pagination={false}
            scroll={TABLE_SCROLL}
          />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            三、各产业链情况（亿元以上重点项目；营收{data.revenueLabel}）
          </Typography.Title>
          <Table<ChainRow>
            rowKey="chainId"
            size="small"
            aria-label="各产业链情况"
            columns={chainColumns}
            dataSource={data.chains}
            pagination={false}
            scroll={TABLE_SCROLL}
            summary={() => {
              // the province's totals count an enterprise once, however many chains it is on
              const t = data.totals;
              const cells = [
                t.enterprises,
                formatYi(t.revenueYearToDate),
                ...REPORT_PROJECT_CLASSES.map((c) => t.projectsByClass[c] ?? 0),
                t.landedProjects,
                t.problemsSolved,
              ];
              return (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>全省合计（按企业去重）</Typography.Text>
                  </Table.Summary.Cell>
                  {cells.map((v, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                    <Table.Summary.Cell key={i} index={1 + i} align="right">
                      {v}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              );
            }}
          />
          {data.chainsNote && <Typography.Text type="secondary">注：{data.chainsNote}。</Typography.Text>}
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            四、关键技术攻关
          </Typography.Title>
          <Table
            rowKey="chainName"
            size="small"
            aria-label="关键技术攻关"
            columns={[
              { title: '产业链', dataIndex: 'chainName', width: 160 },
              {
                title: '本季度攻关成果总结',
                dataIndex: 'summary',
                render: (v: string | null) => v ?? <Typography.Text type="warning">未报送</Typography.Text>,
              },
            ]}
            dataSource={data.breakthroughs}
            pagination={false}
            scroll={TABLE_SCROLL}
          />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            五、产业链薄弱环节（按{data.asOf}的记录分析）
          </Typography.Title>
          <Table
            rowKey="chainName"
            size="small"
            aria-label="产业链薄弱环节"
            columns={[
              { title: '产业链', dataIndex: 'chainName', width: 160 },
              { title: '断点', dataIndex: 'gaps', align: 'right', width: 80 },
              { title: '堵点', dataIndex: 'bottlenecks', align: 'right', width: 80 },
              { title: '最薄弱的环节', dataIndex: 'worst', render: (w: string[]) => w.join('；') || '—' },
            ]}
            dataSource={data.weakLinks}
            pagination={false}
            scroll={TABLE_SCROLL}
          />
        </Flex>
      )}
    </ContentCard>
  );
}
