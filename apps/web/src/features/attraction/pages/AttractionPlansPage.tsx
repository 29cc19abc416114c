import { PlusOutlined } from '@ant-design/icons';
import { PLANNING_DOCUMENT_STATE_LABELS } from '@chainboard/contracts';
import { Button, Flex, Select, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { useOrganisationOptions } from '../../organisations/hooks';
import { useObligations } from '../../plans/hooks';
import { PLANNING_DOCUMENT_STATE_COLORS } from '../../plans/labels';
import type { ChainMasterRow, Progress, Target } from '../api';
import { AttractionNav } from '../components/AttractionNav';
import { ChainTargetModal, MasterTargetModal } from '../components/ScopedTargetModals';
import type { TargetOrg } from '../components/TargetModal';
import { useChainMasterRows, useDefaultYear, useProgress, useTargets } from '../hooks';
import { yearOptions } from '../labels';
import { canSetMasterTarget, canSetTarget, maySetMasterTargets, maySetTargets } from '../permissions';

const CITY_PLAN = 'cityAttractionPlan';

export function AttractionPlansPage() {
  const defaultYear = useDefaultYear();
  if (defaultYear === undefined) return <PageLoading />;
  return <PlansView defaultYear={defaultYear} />;
}

type MasterRow = ChainMasterRow & { target: Target | undefined };

/** 招商方案与目标: each city's attraction plan and per-chain targets, and the chain masters' own targets. */
function PlansView({ defaultYear }: { defaultYear: number }) {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, update } = useListParams();
  const year = Number(params.year) || defaultYear;
  const cityRows = useProgress(year, 'city');
  const targets = useTargets(year);
  const plans = useObligations(year, { kind: CITY_PLAN });
  const masters = useChainMasterRows();
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const orgs: TargetOrg[] = [...(cities.data ?? []), ...(zones.data ?? [])].filter((o) => !o.retired);
  const [chainTarget, setChainTarget] = useState<{ open: boolean; organisationId?: number; chainId?: number }>({ open: false });
  const [masterTarget, setMasterTarget] = useState<{ open: boolean; enterpriseId?: number; chainId?: number }>({ open: false });

  const all = targets.data ?? [];
  const parentOf = (orgId: number) => orgs.find((o) => o.id === orgId)?.parentId ?? null;
  /** A city's own per-chain targets and its zones'. */
  const chainTargetsOf = (cityId: number) =>
    all.filter(
      (t) => t.chainId !== null && t.enterpriseId === null && (t.organisationId === cityId || parentOf(t.organisationId) === cityId),
    );
  const planOf = (cityId: number) => (plans.data ?? []).find((o) => o.organisationId === cityId);
  const documentsLink = `/plans/${year}/documents?kind=${CITY_PLAN}`;

  const cityColumns: TableColumnsType<Progress> = [
    { title: '市 / 综改区', dataIndex: 'organisationName', fixed: 'start', width: isMobile ? 100 : 160 },
    { title: '全年目标（个）', dataIndex: 'target', align: 'right', render: (t: number | null) => t ?? '—' },
    {
      title: '分链目标（个）',
      key: 'chains',
      width: 360,
      render: (_, r) => {
        const list = chainTargetsOf(r.organisationId);
        if (!list.length) return '未设分链目标';
        return (
          <Flex wrap gap={4}>
            {list.map((t) => {
              const label = `${t.organisationId === r.organisationId ? '' : `${t.organisationName}·`}${t.chainName} ${t.landedTarget}`;
              const org = orgs.find((o) => o.id === t.organisationId);
              return org && canSetTarget(me, org) ? (
                <Tag
                  key={t.id}
                  color="blue"
                  style={{ cursor: 'pointer', marginInlineEnd: 0 }}
                  title={t.note ?? '点击修改'}
                  onClick={() => setChainTarget({ open: true, organisationId: t.organisationId, chainId: t.chainId ?? undefined })}
                >
                  {label}
                </Tag>
              ) : (
                <Tag key={t.id} title={t.note ?? undefined} style={{ marginInlineEnd: 0 }}>
                  {label}
                </Tag>
              );
            })}
          </Flex>
        );
      },
    },
    {
      title: '分链合计',
      key: 'sum',
      align: 'right',
      render: (_, r) => chainTargetsOf(r.organisationId).reduce((s, t) => s + t.landedTarget, 0),
    },
    {
      title: '招商方案',
      key: 'plan',
      render: (_, r) => {
        const o = planOf(r.organisationId);
        if (!o) return <Link to={documentsLink}>—</Link>;
        return (
          <Flex vertical gap={2}>
            <Link to={documentsLink}>
              <Tag color={PLANNING_DOCUMENT_STATE_COLORS[o.state]} style={{ marginInlineEnd: 0 }}>
                {PLANNING_DOCUMENT_STATE_LABELS[o.state]}
              </Tag>
            </Link>
            {o.document && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {o.document.title}（{o.document.issuedOn}）
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
  ];
  if (maySetTargets(me))
    cityColumns.push({
      title: '操作',
      key: 'actions',
      render: (_, r) => {
        const org = orgs.find((o) => o.id === r.organisationId);
        return (
          org &&
          canSetTarget(me, org) && (
            <Button type="link" size="small" onClick={() => setChainTarget({ open: true, organisationId: r.organisationId })}>
              设定分链目标
            </Button>
          )
        );
      },
    });

  // every chain master the user may read, and any agreed target of one it may not list
  const masterRows: MasterRow[] = (masters.data ?? []).map((m) => ({
    ...m,
    target: all.find((t) => t.enterpriseId === m.enterpriseId && t.chainId === m.chainId),
  }));
  for (const t of all)
    if (
      t.enterpriseId !== null &&
      t.chainId !== null &&
      !masterRows.some((m) => m.enterpriseId === t.enterpriseId && m.chainId === t.chainId)
    )
      masterRows.push({
        enterpriseId: t.enterpriseId,
        name: t.enterpriseName ?? '',
        chainId: t.chainId,
        chainName: t.chainName ?? '',
        cityId: t.organisationId,
        cityName: t.organisationName,
        organisationId: null,
        demo: false,
        target: t,
      });

  const masterColumns: TableColumnsType<MasterRow> = [
    {
      title: '链主企业',
      dataIndex: 'name',
      fixed: 'start',
      width: isMobile ? 130 : 240,
      render: (name: string, m) => (
        <Flex wrap gap={4} align="center">
          <Link to={`/enterprises/${m.enterpriseId}`}>{name}</Link>
          {m.demo && <Tag color="orange">示例数据</Tag>}
        </Flex>
      ),
    },
    { title: '产业链', dataIndex: 'chainName' },
    { title: '所在市', dataIndex: 'cityName' },
    { title: '年度目标（个）', key: 'target', align: 'right', render: (_, m) => m.target?.landedTarget ?? '未设' },
    { title: '说明', key: 'note', render: (_, m) => orDash(m.target?.note) },
  ];
  if (maySetMasterTargets(me))
    masterColumns.push({
      title: '操作',
      key: 'actions',
      render: (_, m) =>
        canSetMasterTarget(me, m) && (
          <Button
            type="link"
            size="small"
            onClick={() => setMasterTarget({ open: true, enterpriseId: m.enterpriseId, chainId: m.chainId })}
          >
            {m.target ? '修改目标' : '设定目标'}
          </Button>
        ),
    });

  return (
    <ContentCard>
      <AttractionNav />
      <PageHeader
        title="招商方案与目标"
        actions={
          <Select
            aria-label="年度"
            value={year}
            options={yearOptions()}
            onChange={(v: number) => update({ year: String(v) })}
            style={{ width: 110 }}
          />
        }
      />
      <Flex align="center" justify="space-between" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          各市招商方案与分链目标
        </Typography.Title>
        {maySetTargets(me) && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setChainTarget({ open: true })}>
            设定分链目标
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">
        综改示范区、各市每年至少 10 个招商落地项目；分链目标之和计入各产业链的目标。招商方案的报送见{' '}
        <Link to={documentsLink}>规划文件</Link>。
      </Typography.Paragraph>
      <Table<Progress>
        rowKey="organisationId"
        size="middle"
        columns={cityColumns}
        dataSource={cityRows.data}
        loading={cityRows.isFetching || targets.isFetching}
        scroll={TABLE_SCROLL}
        pagination={false}
        locale={{ emptyText: '没有可查看的市' }}
      />
      <Flex align="center" justify="space-between" wrap gap={8} style={{ margin: '24px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          链主企业招商目标
        </Typography.Title>
        {maySetMasterTargets(me) && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setMasterTarget({ open: true })}>
            设定链主企业目标
          </Button>
        )}
      </Flex>
      <Table<MasterRow>
        rowKey={(m) => `${m.enterpriseId}-${m.chainId}`}
        size="middle"
        columns={masterColumns}
        dataSource={masterRows}
        loading={masters.isFetching || targets.isFetching}
        scroll={TABLE_SCROLL}
        pagination={false}
        locale={{ emptyText: '没有可查看的链主企业' }}
      />
      <ChainTargetModal
        year={year}
        orgs={orgs}
        organisationId={chainTarget.organisationId}
        chainId={chainTarget.chainId}
        open={chainTarget.open}
        onClose={() => setChainTarget({ open: false })}
      />
      <MasterTargetModal
        year={year}
        masters={masters.data ?? []}
        initial={
          masterTarget.enterpriseId && masterTarget.chainId
            ? { enterpriseId: masterTarget.enterpriseId, chainId: masterTarget.chainId }
            : undefined
        }
        open={masterTarget.open}
        onClose={() => setMasterTarget({ open: false })}
      />
    </ContentCard>
  );
}
