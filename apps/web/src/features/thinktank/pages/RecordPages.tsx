import { PlusOutlined } from '@ant-design/icons';
import { FOLLOW_UP_STATE_LABELS, type FollowUpState } from '@chainboard/contracts';
import { Button, Descriptions, Flex, Select, Table, type TableColumnsType, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { orDash } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { ExportButton } from '../../excel';
import type { Consultation, ExpertReport, Pairing } from '../api';
import { ConsultationFormDrawer, PairingFormDrawer, ReportFormDrawer, ServiceModal } from '../components/RecordForms';
import { FollowUpModal, ReportDocuments } from '../components/ReportExtras';
import { ThinkTankNav } from '../components/ThinkTankNav';
import { useChainChoices, useConsultations, usePairings, useReports } from '../hooks';
import { FOLLOW_UP_STATE_COLORS } from '../labels';
import { canRecord, mayRecord } from '../permissions';
import { toNumber } from './ExpertListPage';

const names = (list: { name: string }[]) => list.map((x) => x.name).join('、') || '—';
const YEARS = [2024, 2025, 2026].map((y) => ({ value: y, label: `${y}年` }));

function ChainFilter({ value, onChange }: { value?: number; onChange: (v?: number) => void }) {
  const isMobile = useIsMobile();
  const chains = useChainChoices();
  return (
    <Select
      aria-label="产业链"
      placeholder="产业链"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={chains.loading}
      options={chains.options}
      value={value}
      onChange={onChange}
      style={filterWidth(isMobile, 200)}
    />
  );
}

/** Consultation cards and rows share these columns; the expert's own page reuses them. */
export const consultationColumns = (isMobile: boolean): TableColumnsType<Consultation> => [
  { title: '日期', dataIndex: 'heldOn', fixed: 'start', width: isMobile ? 96 : 110 },
  {
    title: '咨询主题',
    dataIndex: 'topic',
    render: (topic: string, k) => (
      <Flex gap={4} wrap>
        {topic}
        {k.demo && <Tag>示例数据</Tag>}
      </Flex>
    ),
  },
  { title: '产业链', dataIndex: 'chainName' },
  { title: '参加专家', key: 'experts', render: (_, k) => names(k.experts) },
  { title: '参加企业', key: 'enterprises', render: (_, k) => names(k.enterprises) },
  { title: '咨询成果', dataIndex: 'outcome', render: orDash },
];

/** 咨询活动. */
export function ConsultationListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const filters = { chainId: toNumber(params.chainId), year: toNumber(params.year) };
  const { data, isFetching } = useConsultations({ page, pageSize, ...filters });
  return (
    <ContentCard>
      <ThinkTankNav />
      <PageHeader
        title="专家咨询活动"
        actions={
          <>
            <ExportButton url="/api/consultations/export" query={filters} fallbackName="专家咨询活动.xlsx" />
            {mayRecord(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                记录咨询活动
              </Button>
            )}
          </>
        }
      />
      <FilterBar onReset={() => update({ chainId: undefined, year: undefined })}>
        <ChainFilter value={filters.chainId} onChange={(v) => update({ chainId: v === undefined ? undefined : String(v) })} />
        <Select
          aria-label="年度"
          placeholder="年度"
          allowClear
          options={YEARS}
          value={filters.year}
          onChange={(v?: number) => update({ year: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 120)}
        />
      </FilterBar>
      <Table<Consultation>
        rowKey="id"
        columns={consultationColumns(isMobile)}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{ emptyText: mayRecord(me) ? '还没有咨询活动，可以 记录咨询活动' : '还没有咨询活动' }}
      />
      <ConsultationFormDrawer open={creating} onClose={() => setCreating(false)} />
    </ContentCard>
  );
}

/** A report's body: recommendations, follow-up and its documents. */
export function ReportBody({ report, work }: { report: ExpertReport; work: boolean }) {
  return (
    <Flex vertical gap={12}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="建议内容">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{report.recommendations}</Typography.Paragraph>
        </Descriptions.Item>
        <Descriptions.Item label="落实情况">{orDash(report.followUp)}</Descriptions.Item>
      </Descriptions>
      <ReportDocuments reportId={report.id} work={work} />
    </Flex>
  );
}

const stateTag = (s: FollowUpState) => <Tag color={FOLLOW_UP_STATE_COLORS[s]}>{FOLLOW_UP_STATE_LABELS[s]}</Tag>;

/** 专家报告: recommendations with their follow-up, and the report document attached. */
export function ReportListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const [following, setFollowing] = useState<ExpertReport | null>(null);
  const chains = useChainChoices();
  const leadOf = (chainId: number) => chains.options.find((c) => c.value === chainId)?.leadUnitId;
  const filters = { chainId: toNumber(params.chainId), followUpState: params.followUpState as FollowUpState | undefined };
  const { data, isFetching } = useReports({ page, pageSize, ...filters });
  const columns: TableColumnsType<ExpertReport> = [
    { title: '报告标题', dataIndex: 'title', fixed: 'start', width: isMobile ? 150 : 280 },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '日期', dataIndex: 'reportedOn' },
    { title: '专家', key: 'experts', render: (_, r) => names(r.experts) },
    {
      title: '落实状态',
      dataIndex: 'followUpState',
      render: (s: FollowUpState, r) => (
        <Flex gap={4} wrap>
          {stateTag(s)}
          {r.demo && <Tag>示例数据</Tag>}
        </Flex>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, r) =>
        canRecord(me, leadOf(r.chainId)) && (
          <Button type="link" size="small" onClick={() => setFollowing(r)}>
            落实情况
          </Button>
        ),
    },
  ];
  return (
    <ContentCard>
      <ThinkTankNav />
      <PageHeader
        title="专家报告"
        actions={
          mayRecord(me) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              登记专家报告
            </Button>
          )
        }
      />
      <FilterBar onReset={() => update({ chainId: undefined, followUpState: undefined })}>
        <ChainFilter value={filters.chainId} onChange={(v) => update({ chainId: v === undefined ? undefined : String(v) })} />
        <FilterSelect
          label="落实状态"
          options={Object.entries(FOLLOW_UP_STATE_LABELS).map(([value, label]) => ({ value, label }))}
          value={filters.followUpState}
          onChange={(v) => update({ followUpState: v })}
          width={140}
        />
      </FilterBar>
      <Table<ExpertReport>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        expandable={{ expandedRowRender: (r) => <ReportBody report={r} work={canRecord(me, leadOf(r.chainId))} /> }}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{ emptyText: mayRecord(me) ? '还没有专家报告，可以 登记专家报告' : '还没有专家报告' }}
      />
      <ReportFormDrawer open={creating} onClose={() => setCreating(false)} />
      {following && <FollowUpModal report={following} onClose={() => setFollowing(null)} />}
    </ContentCard>
  );
}

/** A pairing's service entries, oldest first. */
export function Services({ pairing }: { pairing: Pairing }) {
  if (!pairing.services.length) return <Typography.Text type="secondary">还没有服务记录</Typography.Text>;
  return (
    <Timeline
      items={pairing.services.map((s) => ({
        key: s.id,
        content: (
          <>
            <Typography.Text strong>{s.servedOn}</Typography.Text> {s.content}
            <Typography.Text type="secondary">（{s.recordedBy} 记录）</Typography.Text>
          </>
        ),
      }))}
    />
  );
}

export const pairingColumns = (isMobile: boolean, action?: (p: Pairing) => React.ReactNode): TableColumnsType<Pairing> => [
  { title: '专家', dataIndex: 'expertName', fixed: 'start', width: isMobile ? 80 : 100 },
  { title: '结对企业', dataIndex: 'enterpriseName' },
  { title: '产业链', dataIndex: 'chainName' },
  { title: '结对期间', key: 'period', render: (_, p) => `${p.fromOn} 至 ${p.toOn ?? '今'}` },
  { title: '服务次数', key: 'count', align: 'right', render: (_, p) => p.services.length },
  ...(action ? [{ title: '操作', key: 'actions', render: (_: unknown, p: Pairing) => action(p) }] : []),
];

/** 柔性结对: experts paired with chain masters and backbone enterprises, with their services. */
export function PairingListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const [creating, setCreating] = useState(false);
  const [serving, setServing] = useState<Pairing | null>(null);
  const chains = useChainChoices();
  const leadOf = (chainId: number) => chains.options.find((c) => c.value === chainId)?.leadUnitId;
  const filters = { chainId: toNumber(params.chainId) };
  const { data, isFetching } = usePairings({ page, pageSize, ...filters });
  return (
    <ContentCard>
      <ThinkTankNav />
      <PageHeader
        title="柔性结对"
        actions={
          <>
            <ExportButton url="/api/expert-pairings/export" query={filters} fallbackName="柔性结对.xlsx" />
            {mayRecord(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                登记柔性结对
              </Button>
            )}
          </>
        }
      />
      <FilterBar onReset={() => update({ chainId: undefined })}>
        <ChainFilter value={filters.chainId} onChange={(v) => update({ chainId: v === undefined ? undefined : String(v) })} />
      </FilterBar>
      <Table<Pairing>
        rowKey="id"
        columns={pairingColumns(isMobile, (p) =>
          canRecord(me, leadOf(p.chainId)) ? (
            <Button type="link" size="small" onClick={() => setServing(p)}>
              记录服务
            </Button>
          ) : null,
        )}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        expandable={{ expandedRowRender: (p) => <Services pairing={p} /> }}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{ emptyText: mayRecord(me) ? '还没有柔性结对，可以 登记柔性结对' : '还没有柔性结对' }}
      />
      <PairingFormDrawer open={creating} onClose={() => setCreating(false)} />
      {serving && <ServiceModal pairing={serving} onClose={() => setServing(null)} />}
    </ContentCard>
  );
}
