import { Button, Empty, Flex, Result, Segmented, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { AsOfPicker, useAsOfParam } from '../../../components/AsOfPicker';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/errors';
import { useMe } from '../../auth/hooks';
import type { Milestone, Plan, PlanTarget } from '../api';
import { MilestoneReportModal } from '../components/MilestoneReportModal';
import { PlansNav } from '../components/PlansNav';
import { PlanVersionTag } from '../components/PlanVersionTag';
import { TargetEditModal } from '../components/TargetEditModal';
import { TargetsTable } from '../components/TargetsTable';
import { TaskList } from '../components/TaskList';
import { usePlan, usePlanYears } from '../hooks';
import { canAmendPlan, isResponsible } from '../permissions';

type Show = 'all' | 'open' | 'overdue';

/** 年度计划: the year's targets computed live, and the major work list with its milestones by quarter. */
export function PlanPage() {
  const navigate = useNavigate();
  const years = usePlanYears();
  const raw = Number(useParams().year);
  const latest = years.data?.length ? Math.max(...years.data.map((p) => p.year)) : undefined;
  const year = Number.isInteger(raw) && raw > 2000 ? raw : latest;
  const plan = usePlan(year, useAsOfParam());

  if (years.isPending) return <PageLoading />;
  if (year === undefined) {
    return (
      <ContentCard>
        <PlansNav />
        <Empty description="还没有导入年度行动计划（由运维人员用 chainboard plan import 导入）" />
      </ContentCard>
    );
  }
  if (isApiError(plan.error) && plan.error.status === 404) {
    return (
      <Result
        status="404"
        title={`没有 ${year} 年行动计划`}
        extra={
          latest && (
            <Button type="primary" onClick={() => navigate(`/plans/${latest}`)}>
              查看 {latest} 年计划
            </Button>
          )
        }
      />
    );
  }
  if (plan.error)
    return (
      <Result
        status="error"
        title="无法打开年度计划"
        subTitle={errorMessage(plan.error)}
        extra={<Button onClick={() => void plan.refetch()}>重试</Button>}
      />
    );
  if (!plan.data) return <PageLoading />;
  return (
    <PlanView
      plan={plan.data}
      loading={plan.isFetching}
      yearOptions={(years.data ?? []).map((p) => ({ value: p.year, label: `${p.year}年` }))}
      onYear={(y) => navigate(`/plans/${y}`)}
    />
  );
}

function PlanView({
  plan,
  loading,
  yearOptions,
  onYear,
}: {
  plan: Plan;
  loading: boolean;
  yearOptions: { value: number; label: string }[];
  onYear: (year: number) => void;
}) {
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const [reporting, setReporting] = useState<Milestone | null>(null);
  const [editing, setEditing] = useState<PlanTarget | null>(null);
  const show: Show = searchParams.get('show') === 'open' ? 'open' : searchParams.get('show') === 'overdue' ? 'overdue' : 'all';
  const mineOnly = searchParams.get('mine') === '1';
  const set = (key: string, value: string | undefined) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const keep = (m: Milestone) =>
    (show === 'all' || (show === 'open' ? m.state !== 'confirmed' : m.overdue)) && (!mineOnly || isResponsible(me, m.responsible));
  const tasks = plan.tasks.map((t) => ({ ...t, milestones: t.milestones.filter(keep) })).filter((t) => t.milestones.length > 0);
  const all = plan.tasks.flatMap((t) => t.milestones);
  const overdue = all.filter((m) => m.overdue).length;
  const confirmed = all.filter((m) => m.state === 'confirmed').length;

  return (
    <ContentCard>
      <PlansNav />
      <PageHeader
        title={plan.title}
        tags={<PlanVersionTag plan={plan} />}
        actions={
          <>
            <AsOfPicker year={plan.year} />
            <Select aria-label="年度" value={plan.year} options={yearOptions} onChange={onYear} style={{ width: 110 }} />
          </>
        }
      />
      <Typography.Paragraph type="secondary">
        {plan.issuer} · {plan.issuedOn} 印发 · 数据截至 {plan.asOf}（目标值由平台记录实时计算）
      </Typography.Paragraph>
      <Typography.Title level={5}>推进目标</Typography.Title>
      <TargetsTable
        rows={plan.targets}
        loading={loading}
        onEdit={canAmendPlan(me) ? (r) => setEditing(plan.targets.find((t) => t.key === r.key) ?? null) : undefined}
      />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 24, marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          重大工作清单
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginInlineStart: 8 }}>
            节点 {all.length} 个，已确认 {confirmed} 个{overdue > 0 && <Typography.Text type="danger">，逾期 {overdue} 个</Typography.Text>}
          </Typography.Text>
        </Typography.Title>
        <Flex wrap gap={12} align="center">
          <Segmented
            aria-label="节点范围"
            value={show}
            options={[
              { value: 'all', label: '全部' },
              { value: 'open', label: '未完成' },
              { value: 'overdue', label: '逾期' },
            ]}
            onChange={(v) => set('show', v === 'all' ? undefined : String(v))}
          />
          <Flex gap={6} align="center">
            <Switch size="small" checked={mineOnly} onChange={(on) => set('mine', on ? '1' : undefined)} aria-label="只看本单位负责" />
            <Typography.Text>只看本单位负责</Typography.Text>
          </Flex>
        </Flex>
      </Flex>
      <TaskList tasks={tasks} onReport={setReporting} />
      <MilestoneReportModal milestone={reporting} onClose={() => setReporting(null)} />
      <TargetEditModal year={plan.year} target={editing} onClose={() => setEditing(null)} />
    </ContentCard>
  );
}
