import {
  AUDIT_ACTION_LABELS,
  type AuditAction,
  CHAIN_STATUS_LABELS,
  type HistoryEntry,
  INVESTMENT_STAGE_LABELS,
  TECHNOLOGY_STATE_LABELS,
} from '@chainboard/contracts';
import { Button, Empty, Flex, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTimeSeconds } from '../lib/format';

/** Names for the record types a history mixes (an enterprise's history holds its tiers, honours, figures …). */
const ENTITY_LABELS: Record<string, string> = {
  chain: '产业链',
  enterprise: '企业信息',
  enterpriseTier: '层级',
  enterpriseHonour: '荣誉',
  enterpriseFigure: '经营数据',
  round: '评定批次',
  declaration: '申报',
  alliance: '协作联合体',
  allianceActivity: '合作活动',
  document: '文件',
  documentItem: '事项',
  expert: '专家信息',
  expertAccount: '专家登录账号',
  expertGroup: '专家咨询组',
  keyTechnology: '关键技术',
  innovationConsortium: '创新联合体',
  innovationPlatform: '创新平台',
  breakthroughSummary: '攻关成果总结',
  fund: '产业基金',
  fundCooperation: '资本合作',
  fundInvestment: '基金投资',
  policy: '政策',
  policyGrant: '政策支持',
};

/** Field names as people read them; unknown keys show as stored. */
const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  code: '编码',
  batch: '批次',
  status: '状态',
  leaderName: '链长',
  leaderPost: '链长职务',
  leadUnitId: '牵头单位',
  leadUnitName: '牵头单位',
  hosts: '承载市/开发区',
  notes: '备注',
  creditCode: '统一社会信用代码',
  cityId: '所在市',
  cityName: '所在市',
  zoneId: '开发区/园区',
  zoneName: '开发区/园区',
  address: '地址',
  legalRepresentative: '法定代表人',
  contactPerson: '联系人',
  contactPhone: '联系电话',
  mainProducts: '主要产品',
  chains: '所属产业链',
  honours: '荣誉',
  lastConfirmedAt: '最近确认',
  tiers: '层级',
  kind: '类别',
  level: '级别',
  year: '年份',
  revokedOn: '撤销日期',
  note: '说明',
  period: '期间',
  revenue: '营业收入',
  output: '工业总产值',
  tax: '税收',
  rdSpending: '研发投入',
  employees: '从业人数',
  investment: '投资额',
  state: '状态',
  score: '评分',
  decision: '认定结论',
  gap: '卡点',
  segmentName: '所属环节',
  institutes: '攻关院所',
  enterprises: '攻关企业',
  targetOn: '目标日期',
  brokenThroughOn: '突破日期',
  jinchuanggu: '晋创谷平台',
  members: '成员',
  technologies: '攻关技术',
  field: '专业领域',
  workUnit: '工作单位',
  phone: '联系电话',
  email: '电子邮箱',
  userId: '登录账号',
  publishedAt: '公布日期',
  title: '标题',
  manager: '管理机构',
  size: '规模（元）',
  amount: '金额（元）',
  stage: '阶段',
  investedOn: '投资日期',
  cooperatedOn: '合作日期',
  form: '合作形式',
  issuerName: '发文单位',
  issuedOn: '发布日期',
  grantedOn: '支持日期',
  documentNumber: '文号',
  establishedOn: '设立日期',
  leadId: '招商线索',
};

/** Coded values shown in words, by record type and field. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  'chain.status': CHAIN_STATUS_LABELS,
  'keyTechnology.state': TECHNOLOGY_STATE_LABELS,
  'fundInvestment.stage': INVESTMENT_STAGE_LABELS,
};

const ACTION_COLORS: Partial<Record<AuditAction, string>> = { create: 'green', update: 'blue', delete: 'red' };

// Bookkeeping fields every save touches; listing them would hide the real change.
const SKIP = new Set(['updatedAt', 'createdAt', 'stale', 'id']);

function changedKeys(before: unknown, after: unknown): string[] {
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const b = obj(before);
  const a = obj(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !SKIP.has(k));
  if (before === null || before === undefined) return [];
  return keys.filter((k) => k in a && JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

/** For a new record: its few labelled plain fields (名称, 期间, 营业收入 …), enough to recognise it. */
function createdSummary(entry: HistoryEntry): [string, unknown][] {
  if (entry.before !== null || !entry.after || typeof entry.after !== 'object' || Array.isArray(entry.after)) return [];
  return Object.entries(entry.after as Record<string, unknown>)
    .filter(([key, value]) => FIELD_LABELS[key] && !SKIP.has(key) && value !== null && typeof value !== 'object')
    .slice(0, 4);
}

function show(value: unknown, labels?: Record<string, string>): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'string' && labels?.[value]) return labels[value];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const [open, setOpen] = useState(false);
  const changed = changedKeys(entry.before, entry.after);
  const created = createdSummary(entry);
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  return (
    <Flex vertical gap={4}>
      <Flex wrap gap={8} align="center">
        <Typography.Text type="secondary">{formatDateTimeSeconds(entry.at)}</Typography.Text>
        <Typography.Text strong>{entry.actorUsername ?? '系统'}</Typography.Text>
        <Tag color={ACTION_COLORS[entry.action]} style={{ marginInlineEnd: 0 }}>
          {AUDIT_ACTION_LABELS[entry.action]}
        </Tag>
        <Typography.Text>{ENTITY_LABELS[entry.entityType] ?? entry.entityType}</Typography.Text>
      </Flex>
      {changed.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {changed.slice(0, open ? undefined : 5).map((key) => (
            <li key={key}>
              <Typography.Text>
                {FIELD_LABELS[key] ?? key}：{show(before[key], VALUE_LABELS[`${entry.entityType}.${key}`])} →{' '}
                {show(after[key], VALUE_LABELS[`${entry.entityType}.${key}`])}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {created.length > 0 && (
        <Typography.Text type="secondary">
          {created
            .map(([key, value]) => `${FIELD_LABELS[key] ?? key}：${show(value, VALUE_LABELS[`${entry.entityType}.${key}`])}`)
            .join('；')}
        </Typography.Text>
      )}
      {(changed.length > 5 || entry.after !== null) && (
        <Button type="link" size="small" onClick={() => setOpen(!open)} style={{ alignSelf: 'flex-start', padding: 0 }}>
          {open ? '收起详情' : '查看详情'}
        </Button>
      )}
      {open && <pre className="json-block">{JSON.stringify({ 变更前: entry.before, 变更后: entry.after }, null, 2)}</pre>}
    </Flex>
  );
}

/** 变更记录: who changed what and when, newest first. */
export function HistoryList({ entries, loading }: { entries: HistoryEntry[] | undefined; loading?: boolean }) {
  if (!loading && (entries ?? []).length === 0) return <Empty description="还没有变更记录" />;
  const sorted = [...(entries ?? [])].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  const items = sorted.map((entry) => ({
    key: entry.id,
    color: ACTION_COLORS[entry.action] ?? 'gray',
    content: <Entry entry={entry} />,
  }));
  if (loading)
    items.push({
      key: -1,
      color: 'gray',
      loading: true,
      content: <Typography.Text type="secondary">加载中…</Typography.Text>,
    } as (typeof items)[number]);
  return <Timeline style={{ marginTop: 8 }} items={items} />;
}
