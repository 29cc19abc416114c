import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { type Grant, POLICY_SUPPORT_LABELS } from '@chainboard/contracts';
import { Button, type DescriptionsProps, Table, type TableColumnsType, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { DetailFacts } from '../../../components/DetailFacts';
import { DetailLoader, useRouteId } from '../../../components/DetailLoader';
import { HistoryList } from '../../../components/HistoryList';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime, orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { formatWan } from '../../enterprises/money';
import type { PolicyDetail } from '../api';
import { EvaluationTable } from '../components/EvaluationTable';
import { PolicyDocuments } from '../components/PolicyDocuments';
import { GrantDrawer, PolicyEditDrawer } from '../components/PolicyForms';
import { usePolicy, usePolicyHistory } from '../hooks';
import { canKeepPolicy } from '../permissions';

export function PolicyDetailPage() {
  const id = useRouteId();
  const query = usePolicy(id);
  return (
    <DetailLoader id={id} query={query} noun="政策" backTo="/policies" backLabel="返回政策列表">
      {(policy) => <PolicyView policy={policy} />}
    </DetailLoader>
  );
}

function PolicyView({ policy }: { policy: PolicyDetail }) {
  const me = useMe();
  const chains = useChainOptions();
  const keeps = canKeepPolicy(
    me,
    policy.chains.map((c) => c.id),
    chains.data ?? [],
  );
  const [editing, setEditing] = useState(false);
  const [granting, setGranting] = useState(false);

  const items: DescriptionsProps['items'] = [
    { key: 'issuer', label: '发文单位', children: policy.issuerName },
    { key: 'number', label: '文号', children: orDash(policy.documentNumber) },
    { key: 'issuedOn', label: '发布日期', children: policy.issuedOn },
    {
      key: 'chains',
      label: '适用产业链',
      children: policy.chains.length
        ? policy.chains.map((c) => (
            <Link key={c.id} to={`/chains/${c.id}`}>
              <Tag>{c.name}</Tag>
            </Link>
          ))
        : '全部产业链',
    },
    { key: 'supports', label: '支持方向', children: policy.supports.map((s) => <Tag key={s}>{POLICY_SUPPORT_LABELS[s]}</Tag>) },
    { key: 'grants', label: '已支持', children: `${policy.grantCount} 笔，${formatWan(policy.grantAmount)} 万元` },
    { key: 'updatedAt', label: '更新时间', children: formatDateTime(policy.updatedAt) },
    {
      key: 'summary',
      label: '主要内容',
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(policy.summary)}</span>,
    },
  ];

  const grantColumns: TableColumnsType<Grant> = [
    {
      title: '支持对象',
      key: 'target',
      fixed: 'start',
      render: (_, g) =>
        g.projectId ? (
          <Link to={`/projects/${g.projectId}`}>{g.projectName}</Link>
        ) : (
          <Link to={`/enterprises/${g.enterpriseId}`}>{g.enterpriseName}</Link>
        ),
    },
    { title: '类型', key: 'kind', render: (_, g) => (g.projectId ? '重点项目' : '企业') },
    { title: '金额（万元）', dataIndex: 'amount', align: 'right', render: (v: number) => formatWan(v) },
    { title: '支持日期', dataIndex: 'grantedOn' },
    { title: '说明', dataIndex: 'note', render: orDash },
  ];

  return (
    <ContentCard>
      <PageHeader
        title={policy.title}
        tags={
          <>
            {policy.incentiveScheme && <Tag color="blue">{policy.schemeYear}年激励办法</Tag>}
            {policy.demo && <Tag color="orange">示例数据</Tag>}
          </>
        }
        actions={
          keeps && (
            <>
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                修改
              </Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setGranting(true)}>
                登记政策支持
              </Button>
            </>
          )
        }
      />
      <DetailFacts items={items} />
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'grants',
            label: `政策支持（${policy.grants.length}）`,
            children: (
              <Table<Grant>
                rowKey="id"
                size="small"
                columns={grantColumns}
                dataSource={policy.grants}
                pagination={false}
                scroll={TABLE_SCROLL}
                locale={{ emptyText: keeps ? '还没有政策支持，可以 登记政策支持' : '还没有可查看的政策支持' }}
              />
            ),
          },
          { key: 'evaluation', label: '效果评估', children: <EvaluationTable policyId={policy.id} /> },
          { key: 'documents', label: '政策文件', children: <PolicyDocuments policyId={policy.id} work={keeps} /> },
          { key: 'history', label: '变更记录', children: <PolicyHistory policyId={policy.id} /> },
        ]}
      />
      {keeps && (
        <>
          <PolicyEditDrawer policy={policy} open={editing} onClose={() => setEditing(false)} />
          <GrantDrawer policyId={policy.id} open={granting} onClose={() => setGranting(false)} />
        </>
      )}
    </ContentCard>
  );
}

function PolicyHistory({ policyId }: { policyId: number }) {
  const { data, isLoading } = usePolicyHistory(policyId);
  return <HistoryList entries={data} loading={isLoading} />;
}
