import { AimOutlined } from '@ant-design/icons';
import { LEAD_STAGE_LABELS, type LeadStage } from '@chainboard/contracts';
import { Alert, Button, Flex, Segmented, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { formatYi } from '../../enterprises/money';
import { useOrganisationOptions } from '../../organisations/hooks';
import type { Progress, ProgressLevel } from '../api';
import { AttractionNav } from '../components/AttractionNav';
import { TargetModal, type TargetOrg } from '../components/TargetModal';
import { useDefaultYear, useProgress } from '../hooks';
import { yearOptions } from '../labels';
import { canSetTarget, maySetTargets } from '../permissions';

const LEVELS: { value: ProgressLevel; label: string }[] = [
  { value: 'city', label: '市 / 综改区' },
  { value: 'zone', label: '开发区 / 园区' },
  { value: 'chain', label: '产业链' },
];
const PIPELINE: LeadStage[] = ['lead', 'contacted', 'negotiating', 'signed'];

/** Against the year's pace: green met, blue on pace, orange behind, red far behind (under half the pace) or missed. */
function PaceTag({ row, yearOver }: { row: Progress; yearOver: boolean }) {
  if (row.target === null) return <Tag style={{ marginInlineEnd: 0 }}>未设目标</Tag>;
  if (row.landed >= row.target)
    return (
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        已完成
      </Tag>
    );
  if (yearOver)
    return (
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        未完成
      </Tag>
    );
  if (!row.behind)
    return (
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        按进度
      </Tag>
    );
  const far = row.landed < row.expectedByNow / 2;
  return (
    <Tag color={far ? 'red' : 'orange'} style={{ marginInlineEnd: 0 }}>
      {far ? '严重落后' : '落后'}
    </Tag>
  );
}

const percent = (part: number, whole: number | null) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : '—');

export function ProgressPage() {
  const defaultYear = useDefaultYear();
  if (defaultYear === undefined) return <PageLoading />;
  return <ProgressView defaultYear={defaultYear} />;
}

function ProgressView({ defaultYear }: { defaultYear: number }) {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, update } = useListParams();
  const year = Number(params.year) || defaultYear;
  const level = LEVELS.find((l) => l.value === params.level)?.value ?? 'city';
  const { data, isFetching } = useProgress(year, level);
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const [editing, setEditing] = useState<{ open: boolean; organisationId?: number }>({ open: false });
  const orgs: TargetOrg[] = [...(cities.data ?? []), ...(zones.data ?? [])].filter((o) => !o.retired);
  const orgOf = (id: number) => orgs.find((o) => o.id === id);
  const byChain = level === 'chain';
  const yearOver = year < new Date().getFullYear();
  const rows = data ?? [];
  const sum = (pick: (r: Progress) => number) => rows.reduce((s, r) => s + pick(r), 0);

  const columns: TableColumnsType<Progress> = [
    {
      title: byChain ? '产业链' : '单位',
      dataIndex: 'organisationName',
      fixed: 'start',
      width: isMobile ? 120 : 220,
      render: (name: string, r) =>
        byChain ? (
          <Link to={`/attraction?chainId=${r.organisationId}`}>{name}</Link>
        ) : (
          <Link to={`/attraction?${level}Id=${r.organisationId}`}>{name}</Link>
        ),
    },
    ...(!byChain
      ? ([
          { title: '年度目标（个）', dataIndex: 'target', align: 'right', render: (t: number | null) => t ?? '—' },
          {
            title: '按进度应落地',
            dataIndex: 'expectedByNow',
            align: 'right',
            render: (v: number, r) => (r.target === null ? '—' : v.toFixed(1)),
          },
        ] as TableColumnsType<Progress>)
      : []),
    {
      title: '已落地（个）',
      dataIndex: 'landed',
      align: 'right',
      render: (v: number, r) => (
        <Typography.Text type={r.behind && !byChain ? 'warning' : undefined} strong>
          {v}
        </Typography.Text>
      ),
    },
    ...(!byChain
      ? ([
          { title: '完成率', key: 'rate', align: 'right', render: (_, r) => percent(r.landed, r.target) },
          { title: '状态', key: 'pace', render: (_, r) => <PaceTag row={r} yearOver={yearOver} /> },
        ] as TableColumnsType<Progress>)
      : []),
    { title: '签约（个）', dataIndex: 'signed', align: 'right' },
    { title: '签约投资（亿元）', dataIndex: 'signedInvestment', align: 'right', render: (v: number) => formatYi(v) },
    { title: '落地投资（亿元）', dataIndex: 'landedInvestment', align: 'right', render: (v: number) => formatYi(v) },
    {
      title: '在谈（线索/接触/洽谈/签约待落地）',
      key: 'pipeline',
      render: (_, r) => (
        <Flex gap={4} wrap>
          {PIPELINE.map((s) => (
            <Tag key={s} style={{ marginInlineEnd: 0 }}>
              {LEAD_STAGE_LABELS[s]} {r.pipeline[s] ?? 0}
            </Tag>
          ))}
        </Flex>
      ),
    },
  ];
  if (!byChain && maySetTargets(me)) {
    columns.push({
      title: '操作',
      key: 'actions',
      fixed: isMobile ? undefined : 'end',
      render: (_, r) => {
        const org = orgOf(r.organisationId);
        return (
          org &&
          canSetTarget(me, org) && (
            <Button type="link" size="small" onClick={() => setEditing({ open: true, organisationId: r.organisationId })}>
              设定目标
            </Button>
          )
        );
      },
    });
  }

  const behind = rows.filter((r) => r.behind).length;

  return (
    <ContentCard>
      <AttractionNav />
      <PageHeader
        title="目标进度"
        tags={<Typography.Text type="secondary">投资额单位：亿元</Typography.Text>}
        actions={
          <>
            <Select
              aria-label="年度"
              value={year}
              options={yearOptions()}
              onChange={(v: number) => update({ year: String(v) })}
              style={{ width: 110 }}
            />
            {maySetTargets(me) && (
              <Button type="primary" icon={<AimOutlined aria-hidden />} onClick={() => setEditing({ open: true })}>
                设定目标
              </Button>
            )}
          </>
        }
      />
      <Segmented
        aria-label="统计口径"
        style={{ marginBottom: 12 }}
        value={level}
        options={LEVELS}
        onChange={(v) => update({ level: v === 'city' ? undefined : String(v) })}
      />
      {byChain ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="招商目标按市和开发区设定；按产业链只统计签约、落地和在谈线索。" />
      ) : (
        behind > 0 && (
          <Alert
            type={yearOver ? 'error' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            title={
              yearOver ? `${year}年已结束：${behind} 个单位未完成年度目标` : `${behind} 个单位落后于全年进度（按已过天数折算应落地数）`
            }
          />
        )
      )}
      <Table<Progress>
        rowKey="organisationId"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        pagination={false}
        summary={() =>
          rows.length > 0 && (
            <Table.Summary fixed>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>合计</Typography.Text>
                </Table.Summary.Cell>
                {!byChain && (
                  <Table.Summary.Cell index={1} align="right">
                    {sum((r) => r.target ?? 0)}
                  </Table.Summary.Cell>
                )}
                {!byChain && <Table.Summary.Cell index={2} />}
                <Table.Summary.Cell index={3} align="right">
                  <Typography.Text strong>{sum((r) => r.landed)}</Typography.Text>
                </Table.Summary.Cell>
                {!byChain && <Table.Summary.Cell index={4} />}
                {!byChain && <Table.Summary.Cell index={5} />}
                <Table.Summary.Cell index={6} align="right">
                  {sum((r) => r.signed)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right">
                  {formatYi(sum((r) => r.signedInvestment))}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={8} align="right">
                  {formatYi(sum((r) => r.landedInvestment))}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={9} colSpan={2} />
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
        locale={{ emptyText: '没有可查看的单位' }}
      />
      <TargetModal
        year={year}
        orgs={orgs}
        organisationId={editing.organisationId}
        open={editing.open}
        onClose={() => setEditing({ open: false })}
      />
    </ContentCard>
  );
}
