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
import { MasterTargetModal } from '../components/ScopedTargetModals';
import { TargetModal, type TargetOrg } from '../components/TargetModal';
import { useChainMasterRows, useDefaultYear, useProgress } from '../hooks';
import { yearOptions } from '../labels';
import { canSetMasterTarget, canSetTarget, maySetMasterTargets, maySetTargets } from '../permissions';

const LEVELS: { value: ProgressLevel; label: string }[] = [
  { value: 'city', label: '市 / 综改区' },
  { value: 'zone', label: '开发区 / 园区' },
  { value: 'chain', label: '产业链' },
  { value: 'master', label: '链主企业' },
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

const rowKey = (r: Progress) => `${r.organisationId}-${r.chainId ?? 0}-${r.enterpriseId ?? 0}`;

function ProgressView({ defaultYear }: { defaultYear: number }) {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, update } = useListParams();
  const year = Number(params.year) || defaultYear;
  const level = LEVELS.find((l) => l.value === params.level)?.value ?? 'city';
  const { data, isFetching } = useProgress(year, level);
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const masters = useChainMasterRows(level === 'master' && maySetMasterTargets(me));
  const [editing, setEditing] = useState<{ open: boolean; organisationId?: number }>({ open: false });
  const [editingMaster, setEditingMaster] = useState<{ open: boolean; enterpriseId?: number; chainId?: number }>({ open: false });
  const orgs: TargetOrg[] = [...(cities.data ?? []), ...(zones.data ?? [])].filter((o) => !o.retired);
  const orgOf = (id: number) => orgs.find((o) => o.id === id);
  const masterOf = (r: Progress) => (masters.data ?? []).find((m) => m.enterpriseId === r.enterpriseId && m.chainId === r.chainId);
  const byChain = level === 'chain';
  const byMaster = level === 'master';
  const yearOver = year < new Date().getFullYear();
  const rows = data ?? [];
  const sum = (pick: (r: Progress) => number) => rows.reduce((s, r) => s + pick(r), 0);

  const columns: TableColumnsType<Progress> = [
    {
      title: byChain ? '产业链' : byMaster ? '链主企业（产业链）' : '单位',
      dataIndex: 'organisationName',
      fixed: 'start',
      width: isMobile ? 120 : 240,
      render: (name: string, r) =>
        byChain ? (
          <Link to={`/attraction?chainId=${r.organisationId}`}>{name}</Link>
        ) : byMaster ? (
          <Link to={`/enterprises/${r.enterpriseId}`}>{name}</Link>
        ) : (
          <Link to={`/attraction?${level}Id=${r.organisationId}`}>{name}</Link>
        ),
    },
    { title: '年度目标（个）', dataIndex: 'target', align: 'right', render: (t: number | null) => t ?? '—' },
    {
      title: '按进度应落地',
      dataIndex: 'expectedByNow',
      align: 'right',
      render: (v: number, r) => (r.target === null ? '—' : v.toFixed(1)),
    },
    {
      title: '已落地（个）',
      dataIndex: 'landed',
      align: 'right',
      render: (v: number, r) => (
        <Typography.Text type={r.behind ? 'warning' : undefined} strong>
          {v}
        </Typography.Text>
      ),
    },
    { title: '其中补链/关键配套', dataIndex: 'landedFillingGaps', align: 'right' },
    { title: '完成率', key: 'rate', align: 'right', render: (_, r) => percent(r.landed, r.target) },
    { title: '状态', key: 'pace', render: (_, r) => <PaceTag row={r} yearOver={yearOver} /> },
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
  const actions = byMaster ? maySetMasterTargets(me) : !byChain && maySetTargets(me);
  if (actions) {
    columns.push({
      title: '操作',
      key: 'actions',
      fixed: isMobile ? undefined : 'end',
      render: (_, r) => {
        if (byMaster) {
          const m = masterOf(r);
          return (
            m &&
            canSetMasterTarget(me, m) && (
              <Button
                type="link"
                size="small"
                onClick={() => setEditingMaster({ open: true, enterpriseId: m.enterpriseId, chainId: m.chainId })}
              >
                设定目标
              </Button>
            )
          );
        }
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
  const openCreate = () => (byMaster ? setEditingMaster({ open: true }) : setEditing({ open: true }));
  const mayCreate = byMaster ? maySetMasterTargets(me) : !byChain && maySetTargets(me);

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
            {mayCreate && (
              <Button type="primary" icon={<AimOutlined aria-hidden />} onClick={openCreate}>
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
      {byChain && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <>
              产业链的目标是各市、开发区分链目标之和，在 <Link to={`/attraction/plans?year=${year}`}>招商方案与目标</Link> 中设定。
            </>
          }
        />
      )}
      {byMaster && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="链主企业设定目标后出现在这里；落地数按链主企业带来的招商线索（链主招）统计，其中补链/关键配套单独计数。"
        />
      )}
      {behind > 0 && (
        <Alert
          type={yearOver ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={yearOver ? `${year}年已结束：${behind} 个未完成年度目标` : `${behind} 个落后于全年进度（按已过天数折算应落地数）`}
        />
      )}
      <Table<Progress>
        rowKey={rowKey}
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
                <Table.Summary.Cell index={1} align="right">
                  {sum((r) => r.target ?? 0)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} />
                <Table.Summary.Cell index={3} align="right">
                  <Typography.Text strong>{sum((r) => r.landed)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {sum((r) => r.landedFillingGaps)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} />
                <Table.Summary.Cell index={6} />
                <Table.Summary.Cell index={7} align="right">
                  {sum((r) => r.signed)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={8} align="right">
                  {formatYi(sum((r) => r.signedInvestment))}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={9} align="right">
                  {formatYi(sum((r) => r.landedInvestment))}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={10} colSpan={actions ? 2 : 1} />
              </Table.Summary.Row>
            </Table.Summary>
          )
        }
        locale={{ emptyText: byMaster ? '还没有链主企业设定招商目标' : '没有可查看的单位' }}
      />
      <TargetModal
        year={year}
        orgs={orgs}
        organisationId={editing.organisationId}
        open={editing.open}
        onClose={() => setEditing({ open: false })}
      />
      <MasterTargetModal
        year={year}
        masters={masters.data ?? []}
        initial={
          editingMaster.enterpriseId && editingMaster.chainId
            ? { enterpriseId: editingMaster.enterpriseId, chainId: editingMaster.chainId }
            : undefined
        }
        open={editingMaster.open}
        onClose={() => setEditingMaster({ open: false })}
      />
    </ContentCard>
  );
}
