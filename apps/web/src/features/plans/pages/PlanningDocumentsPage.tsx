import { OWED_BY_LABELS, PLANNING_DOCUMENT_STATE_LABELS, PlanningDocumentState } from '@chainboard/contracts';
import { Button, Card, Col, Flex, Row, Select, Statistic, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { ChainFilter } from '../../chains/components/ChainFilter';
import type { PlanningObligation } from '../api';
import { PlanningDocumentModal } from '../components/PlanningDocumentModal';
import { PlanningFilesDrawer } from '../components/PlanningFilesDrawer';
import { PlansNav } from '../components/PlansNav';
import { useObligations, usePlanYears } from '../hooks';
import { PLANNING_DOCUMENT_STATE_COLORS } from '../labels';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);
const rowKey = (o: PlanningObligation) => `${o.requirementId}-${o.organisationId ?? 0}-${o.enterpriseId ?? 0}-${o.chainId ?? 0}`;
const STATES: PlanningDocumentState[] = ['onTime', 'late', 'overdue', 'pending'];

/** 规划文件: who owes which planning document of the year's plan, by when, and what has been given. */
export function PlanningDocumentsPage() {
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const years = usePlanYears();
  const raw = Number(useParams().year);
  const latest = years.data?.length ? Math.max(...years.data.map((p) => p.year)) : undefined;
  const year = Number.isInteger(raw) && raw > 2000 ? raw : latest;
  const { params, update } = useListParams();
  const kind = params.kind || undefined;
  const chainId = toNumber(params.chainId);
  const state = PlanningDocumentState.safeParse(params.state).data;
  const all = useObligations(year, {});
  const list = useObligations(year, { kind, chainId });
  const [submitting, setSubmitting] = useState<PlanningObligation | null>(null);
  const [viewing, setViewing] = useState<PlanningObligation | null>(null);

  if (years.isPending) return <PageLoading />;

  const kinds = new Map<string, string>();
  for (const o of all.data ?? []) if (!kinds.has(o.kind)) kinds.set(o.kind, o.requiredTitle);
  const rows = (list.data ?? []).filter((o) => !state || o.state === state);
  const count = (s: PlanningDocumentState) => (list.data ?? []).filter((o) => o.state === s).length;

  const columns: TableColumnsType<PlanningObligation> = [
    {
      title: '应报文件',
      dataIndex: 'requiredTitle',
      fixed: 'start',
      width: isMobile ? 140 : 260,
      render: (title: string, o) => (
        <Flex vertical>
          <Typography.Text>{title}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {OWED_BY_LABELS[o.owedBy]}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: '报送单位', dataIndex: 'ownerName' },
    { title: '产业链', dataIndex: 'chainName', render: (v: string | null) => v ?? '—' },
    { title: '截止日期', dataIndex: 'dueOn' },
    {
      title: '状态',
      dataIndex: 'state',
      render: (s: PlanningDocumentState) => <Tag color={PLANNING_DOCUMENT_STATE_COLORS[s]}>{PLANNING_DOCUMENT_STATE_LABELS[s]}</Tag>,
    },
    {
      title: '已报文件',
      key: 'document',
      width: 260,
      render: (_, o) =>
        o.document ? (
          <Flex vertical>
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
              onClick={() => setViewing(o)}
            >
              {o.document.title}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              印发 {o.document.issuedOn} · 报送 {formatDateTime(o.document.submittedAt)} · 附件 {o.document.files} 个
            </Typography.Text>
          </Flex>
        ) : o.owedBy === 'chainMaster' && o.allianceDocuments > 0 ? (
          <Typography.Text type="secondary">协作联合体已上传同类文件 {o.allianceDocuments} 份</Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, o) =>
        o.canSubmit ? (
          <Button size="small" type={o.document ? 'default' : 'primary'} onClick={() => setSubmitting(o)}>
            {o.document ? '更正' : '报送'}
          </Button>
        ) : null,
    },
  ];

  return (
    <ContentCard>
      <PlansNav />
      <PageHeader
        title={`${year ?? ''}年规划文件报送`}
        actions={
          <Select
            aria-label="年度"
            value={year}
            options={(years.data ?? []).map((p) => ({ value: p.year, label: `${p.year}年` }))}
            onChange={(y: number) => navigate(`/plans/${y}/documents`)}
            style={{ width: 110 }}
          />
        }
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {STATES.map((s) => (
          <Col key={s} xs={12} md={6}>
            <Card size="small" hoverable onClick={() => update({ state: state === s ? undefined : s })}>
              <Statistic
                title={PLANNING_DOCUMENT_STATE_LABELS[s]}
                value={count(s)}
                suffix="份"
                styles={{
                  content: { color: s === 'overdue' ? '#cf1322' : s === 'late' ? '#d46b08' : s === 'onTime' ? '#389e0d' : undefined },
                }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <FilterBar onReset={() => update({ kind: undefined, chainId: undefined, state: undefined })}>
        <Select
          aria-label="文件"
          placeholder="应报文件"
          allowClear
          options={[...kinds].map(([value, label]) => ({ value, label }))}
          value={kind}
          onChange={(v?: string) => update({ kind: v })}
          style={filterWidth(isMobile, 260)}
        />
        <ChainFilter value={chainId} onChange={(v) => update({ chainId: v === undefined ? undefined : String(v) })} />
        <FilterSelect
          label="状态"
          options={STATES.map((s) => ({ value: s, label: PLANNING_DOCUMENT_STATE_LABELS[s] }))}
          value={state}
          onChange={(v) => update({ state: v })}
          width={140}
        />
      </FilterBar>
      <Table<PlanningObligation>
        rowKey={rowKey}
        columns={columns}
        dataSource={rows}
        loading={list.isFetching}
        scroll={TABLE_SCROLL}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 条` }}
        locale={{ emptyText: year ? '没有符合条件的规划文件' : '还没有导入年度行动计划' }}
      />
      <PlanningDocumentModal
        obligation={submitting}
        onClose={() => setSubmitting(null)}
        onSaved={(saved) => {
          setSubmitting(null);
          if (saved.document && saved.document.files === 0) setViewing(saved);
        }}
      />
      <PlanningFilesDrawer obligation={viewing} onClose={() => setViewing(null)} />
    </ContentCard>
  );
}
