import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { type Cooperation, FUND_LEVEL_LABELS, INVESTMENT_STAGE_LABELS } from '@chainboard/contracts';
import { Button, type DescriptionsProps, Flex, Table, type TableColumnsType, Tabs, Tag, Typography } from 'antd';
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
import { formatWan, formatYi } from '../../enterprises/money';
import type { FundDetail, Investment } from '../api';
import { FundEditDrawer } from '../components/FundFormDrawer';
import { CooperationDrawer, InvestmentDrawer, InvestmentLeadModal, InvestmentUpdateModal } from '../components/FundRecordForms';
import { useFund, useFundHistory } from '../hooks';
import { INVESTMENT_STAGE_COLORS } from '../labels';
import { canKeepFund, mayWriteLeads } from '../permissions';

export function FundDetailPage() {
  const id = useRouteId();
  const query = useFund(id);
  return (
    <DetailLoader id={id} query={query} noun="基金" backTo="/funds" backLabel="返回产业基金">
      {(fund) => <FundView fund={fund} />}
    </DetailLoader>
  );
}

function FundView({ fund }: { fund: FundDetail }) {
  const me = useMe();
  const keeps = canKeepFund(me, fund);
  const [editing, setEditing] = useState(false);
  const [cooperating, setCooperating] = useState(false);
  const [investing, setInvesting] = useState(false);
  const [updating, setUpdating] = useState<Investment | null>(null);
  const [leading, setLeading] = useState<Investment | null>(null);

  const items: DescriptionsProps['items'] = [
    { key: 'level', label: '级别', children: FUND_LEVEL_LABELS[fund.level] },
    { key: 'manager', label: '管理机构', children: fund.manager },
    { key: 'size', label: '基金规模', children: `${formatWan(fund.size)} 万元（${formatYi(fund.size)} 亿元）` },
    {
      key: 'chains',
      label: '重点投向产业链',
      children: fund.chains.length ? (
        <Flex wrap gap={4}>
          {fund.chains.map((c) => (
            <Link key={c.id} to={`/chains/${c.id}`}>
              <Tag>{c.name}</Tag>
            </Link>
          ))}
        </Flex>
      ) : (
        '—'
      ),
    },
    { key: 'establishedOn', label: '设立日期', children: orDash(fund.establishedOn) },
    { key: 'keeper', label: '负责单位', children: orDash(fund.keeperName) },
    { key: 'invested', label: '已投金额', children: `${formatWan(fund.investedAmount)} 万元` },
    { key: 'updatedAt', label: '更新时间', children: formatDateTime(fund.updatedAt) },
    { key: 'notes', label: '备注', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(fund.notes)}</span> },
  ];

  const investmentColumns: TableColumnsType<Investment> = [
    {
      title: '被投对象',
      key: 'target',
      fixed: 'start',
      render: (_, i) =>
        i.projectId ? (
          <Link to={`/projects/${i.projectId}`}>{i.projectName}</Link>
        ) : (
          <Link to={`/enterprises/${i.enterpriseId}`}>{i.enterpriseName}</Link>
        ),
    },
    { title: '类型', key: 'kind', render: (_, i) => (i.projectId ? '重点项目' : '链上企业') },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '金额（万元）', dataIndex: 'amount', align: 'right', render: (v: number) => formatWan(v) },
    { title: '日期', dataIndex: 'investedOn' },
    {
      title: '阶段',
      dataIndex: 'stage',
      render: (s: Investment['stage']) => <Tag color={INVESTMENT_STAGE_COLORS[s]}>{INVESTMENT_STAGE_LABELS[s]}</Tag>,
    },
    {
      title: '招商线索',
      dataIndex: 'leadId',
      render: (leadId: number | null) => (leadId ? <Link to={`/attraction/leads/${leadId}`}>查看线索</Link> : '—'),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, i) => (
        <Flex gap={4} wrap>
          {keeps && (
            <Button size="small" type="link" onClick={() => setUpdating(i)}>
              更新
            </Button>
          )}
          {!i.leadId && mayWriteLeads(me) && (
            <Button size="small" type="link" onClick={() => setLeading(i)}>
              生成招商线索
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  const cooperationColumns: TableColumnsType<Cooperation> = [
    {
      title: '链主企业',
      dataIndex: 'enterpriseName',
      fixed: 'start',
      render: (n: string, c) => <Link to={`/enterprises/${c.enterpriseId}`}>{n}</Link>,
    },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '日期', dataIndex: 'cooperatedOn' },
    { title: '合作形式', dataIndex: 'form' },
    { title: '金额（万元）', dataIndex: 'amount', align: 'right', render: (v: number) => formatWan(v) },
    { title: '备注', dataIndex: 'notes', render: orDash },
  ];

  return (
    <ContentCard>
      <PageHeader
        title={fund.name}
        tags={
          <>
            <Tag color="blue">{FUND_LEVEL_LABELS[fund.level]}</Tag>
            {fund.demo && <Tag color="orange">示例数据</Tag>}
          </>
        }
        actions={
          keeps && (
            <>
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                修改
              </Button>
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCooperating(true)}>
                记录资本合作
              </Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setInvesting(true)}>
                登记投资
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
            key: 'investments',
            label: `投资（${fund.investments.length}）`,
            children: (
              <Table<Investment>
                rowKey="id"
                size="small"
                columns={investmentColumns}
                dataSource={fund.investments}
                pagination={false}
                scroll={TABLE_SCROLL}
                expandable={{
                  rowExpandable: (i) => i.history.length > 0,
                  expandedRowRender: (i) => (
                    <Flex vertical gap={4}>
                      {i.history.map((h) => (
                        <Typography.Text key={`${h.at}${h.summary}`} type="secondary">
                          {formatDateTime(h.at)} {h.username ?? ''}：{h.summary}
                        </Typography.Text>
                      ))}
                    </Flex>
                  ),
                }}
                locale={{ emptyText: keeps ? '还没有投资记录，可以 登记投资' : '没有可查看的投资记录' }}
              />
            ),
          },
          {
            key: 'cooperations',
            label: `资本合作（${fund.cooperations.length}）`,
            children: (
              <Table<Cooperation>
                rowKey="id"
                size="small"
                columns={cooperationColumns}
                dataSource={fund.cooperations}
                pagination={false}
                scroll={TABLE_SCROLL}
                locale={{ emptyText: keeps ? '还没有资本合作，可以 记录资本合作' : '没有可查看的资本合作' }}
              />
            ),
          },
          { key: 'history', label: '变更记录', children: <FundHistory fundId={fund.id} /> },
        ]}
      />
      {keeps && (
        <>
          <FundEditDrawer fund={fund} open={editing} onClose={() => setEditing(false)} />
          <CooperationDrawer fundId={fund.id} open={cooperating} onClose={() => setCooperating(false)} />
          <InvestmentDrawer fundId={fund.id} open={investing} onClose={() => setInvesting(false)} />
          <InvestmentUpdateModal investment={updating} onClose={() => setUpdating(null)} />
        </>
      )}
      <InvestmentLeadModal investment={leading} onClose={() => setLeading(null)} />
    </ContentCard>
  );
}

function FundHistory({ fundId }: { fundId: number }) {
  const { data, isLoading } = useFundHistory(fundId);
  return <HistoryList entries={data} loading={isLoading} />;
}
