import { Flex, Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { TABLE_SCROLL } from '../../../lib/table';
import { formatPercent, formatWan, formatYi } from '../../enterprises/money';
import { ExportButton } from '../../excel/ExportButton';
import type { PolicyEvaluation } from '../api';
import { useEvaluation } from '../hooks';

type EnterpriseRow = PolicyEvaluation['enterprises'][number];
type ProjectRow = PolicyEvaluation['projects'][number];

const pct = (ratio: number | null) => (ratio === null ? '—' : formatPercent(ratio * 100));

function Growth({ ratio }: { ratio: number | null }) {
  if (ratio === null) return <>—</>;
  return <Typography.Text type={ratio >= 0 ? 'success' : 'danger'}>{pct(ratio)}</Typography.Text>;
}

/** 效果评估: each supported enterprise's revenue and investment the year before and after, and each project's investment. */
export function EvaluationTable({ policyId }: { policyId: number }) {
  const { data, isLoading } = useEvaluation(policyId);
  const t = data?.totals;
  const projectCount = data?.projects.length ?? 0;
  const enterpriseColumns: TableColumnsType<EnterpriseRow> = [
    {
      title: '企业',
      dataIndex: 'enterpriseName',
      fixed: 'start',
      render: (n: string, r) => <Link to={`/enterprises/${r.enterpriseId}`}>{n}</Link>,
    },
    { title: '首次支持', dataIndex: 'firstGrantedOn' },
    { title: '支持金额（万元）', dataIndex: 'grantAmount', align: 'right', render: (v: number) => formatWan(v) },
    { title: '对比年度', key: 'years', render: (_, r) => `${r.beforeYear} → ${r.afterYear ?? '暂无'}` },
    { title: '基年营收（万元）', dataIndex: 'revenueBefore', align: 'right', render: (v: number | null) => formatWan(v) },
    { title: '评估年营收（万元）', dataIndex: 'revenueAfter', align: 'right', render: (v: number | null) => formatWan(v) },
    { title: '营收增长', dataIndex: 'revenueGrowth', align: 'right', render: (v: number | null) => <Growth ratio={v} /> },
    { title: '基年投资（万元）', dataIndex: 'investmentBefore', align: 'right', render: (v: number | null) => formatWan(v) },
    { title: '评估年投资（万元）', dataIndex: 'investmentAfter', align: 'right', render: (v: number | null) => formatWan(v) },
    { title: '投资增长', dataIndex: 'investmentGrowth', align: 'right', render: (v: number | null) => <Growth ratio={v} /> },
  ];
  const projectColumns: TableColumnsType<ProjectRow> = [
    {
      title: '重点项目',
      dataIndex: 'projectName',
      fixed: 'start',
      render: (n: string, r) => <Link to={`/projects/${r.projectId}`}>{n}</Link>,
    },
    { title: '首次支持', dataIndex: 'firstGrantedOn' },
    { title: '支持金额（万元）', dataIndex: 'grantAmount', align: 'right', render: (v: number) => formatWan(v) },
    { title: '总投资（万元）', dataIndex: 'totalInvestment', align: 'right', render: (v: number) => formatWan(v) },
    { title: '已完成投资（万元）', dataIndex: 'completedInvestment', align: 'right', render: (v: number) => formatWan(v) },
    { title: '完成率', dataIndex: 'completionRate', align: 'right', render: (v: number | null) => pct(v) },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" wrap gap={8} align="center">
        <Typography.Text type="secondary">
          营收、投资为企业季度报送数据按年汇总：基年为首次支持的上一年，评估年为支持后一年或最近一个完整年度。
        </Typography.Text>
        <ExportButton url={`/api/policies/${policyId}/evaluation/export`} fallbackName="政策效果评估.xlsx" />
      </Flex>
      {t && (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          支持总额 {formatWan(t.grantAmount)} 万元；可对比企业 {t.comparedEnterprises} 家，营收由 {formatYi(t.revenueBefore)} 亿元到{' '}
          {formatYi(t.revenueAfter)} 亿元（
          <Growth ratio={t.revenueGrowth} />
          ），投资由 {formatYi(t.investmentBefore)} 亿元到 {formatYi(t.investmentAfter)} 亿元（
          <Growth ratio={t.investmentGrowth} />）
          {projectCount > 0 &&
            `；支持项目 ${projectCount} 个，总投资 ${formatYi(t.projectTotalInvestment)} 亿元，已完成 ${formatYi(t.projectCompletedInvestment)} 亿元`}
          。
        </Typography.Paragraph>
      )}
      <Table<EnterpriseRow>
        rowKey="enterpriseId"
        size="small"
        columns={enterpriseColumns}
        dataSource={data?.enterprises}
        loading={isLoading}
        pagination={false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: '该政策还没有支持企业' }}
      />
      {projectCount > 0 && (
        <Table<ProjectRow>
          rowKey="projectId"
          size="small"
          columns={projectColumns}
          dataSource={data?.projects}
          pagination={false}
          scroll={TABLE_SCROLL}
        />
      )}
    </Flex>
  );
}
