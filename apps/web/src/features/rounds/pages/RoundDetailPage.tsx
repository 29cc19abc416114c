import { ArrowRightOutlined, PlusOutlined } from '@ant-design/icons';
import {
  type Declaration,
  NEXT_ROUND_STATE,
  periodLabel,
  ROUND_KIND_LABELS,
  ROUND_STATE_LABELS,
  type RoundState,
  RoundState as RoundStates,
} from '@chainboard/contracts';
import { Button, Descriptions, Flex, Popconfirm, Result, Steps, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { errorMessage, showError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { orDash } from '../../../lib/format';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useMe } from '../../auth/hooks';
import { useChain, useChainOptions } from '../../chains/hooks';
import { ExportButton } from '../../excel/ExportButton';
import { DeclarationFormDrawer } from '../components/DeclarationFormDrawer';
import { DeclarationsTable } from '../components/DeclarationsTable';
import { ReportingTab } from '../components/ReportingTab';
import { ResultsTab } from '../components/ResultsTab';
import { RoundStateTag } from '../components/RoundStateTag';
import { useAdvanceRound, useDeclarations, useRound } from '../hooks';
import { ADVANCE_LABELS } from '../labels';
import { canDecide, canDeclare, canReview, nextStep } from '../permissions';

function parseId(raw: string | undefined): number | undefined {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** What each step means for the people waiting on it. */
const STEP_HINTS: Record<RoundState, string> = {
  open: '市、开发区和企业申报',
  review: '牵头单位评分，省链长办认定',
  decided: '认定结果生效，待公布',
  published: '名单已公布',
};

/** Why moving on might be refused, said before the click. */
function advanceWarning(to: RoundState, declarations: { score: number | null; decision: string | null }[]): string | undefined {
  if (to === 'review') return declarations.length === 0 ? '还没有申报，进入评审后不能再申报。' : '进入评审后不能再申报。';
  if (to === 'decided') {
    const open = declarations.filter((d) => d.decision === null).length;
    return open > 0 ? `还有 ${open} 份申报未作认定结论，需全部作出结论才能完成认定。` : '认定后，认定的企业自生效日期起取得相应层级。';
  }
  if (to === 'published') return '公布后名单对所有人可见。';
  return undefined;
}

export function RoundDetailPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const id = parseId(useParams().id);
  const [searchParams, setSearchParams] = useSearchParams();
  const { data: round, error, isPending, refetch } = useRound(id);
  const { data: chain } = useChain(round?.chainId ?? undefined);
  const chainOptions = useChainOptions();
  const declarations = useDeclarations(id ?? 0);
  const advance = useAdvanceRound(id ?? 0);
  const [declaring, setDeclaring] = useState(false);

  if (id === undefined || (isApiError(error) && error.status === 404)) {
    return (
      <Result
        status="404"
        title="评定批次不存在"
        extra={
          <Button type="primary" onClick={() => navigate('/rounds')}>
            返回评定列表
          </Button>
        }
      />
    );
  }
  if (error) {
    return (
      <Result
        status="error"
        title="无法打开评定批次"
        subTitle={errorMessage(error)}
        extra={<Button onClick={() => void refetch()}>重试</Button>}
      />
    );
  }
  if (isPending) return <PageLoading />;

  const to = nextStep(me, round, chain);
  // A round on one chain is scored by that chain's lead unit; a round on all chains by each declaration's.
  const ledChains = new Set((chainOptions.data ?? []).filter((c) => canReview(me, c)).map((c) => c.id));
  const mayReview = (d: Declaration) => canDecide(me) || ledChains.has(d.chainId);
  const stepIndex = RoundStates.options.indexOf(round.state);
  const warning = to ? advanceWarning(to, declarations.data ?? []) : undefined;
  const onAdvance = () =>
    to &&
    advance.mutate(to, {
      onSuccess: () => toastSuccess(`已进入“${ROUND_STATE_LABELS[to]}”`),
      onError: showError,
    });

  const tabs = [
    {
      key: 'declarations',
      label: `申报（${declarations.data?.length ?? round.declarationCount}）`,
      children: (
        <Flex vertical gap={12}>
          <Flex justify="end" gap={8} wrap>
            <ExportButton url={`/api/rounds/${round.id}/declarations/export`} fallbackName={`${round.title}.xlsx`} />
            {round.state === 'open' && canDeclare(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDeclaring(true)}>
                申报
              </Button>
            )}
          </Flex>
          <DeclarationsTable
            round={round}
            declarations={declarations.data}
            loading={declarations.isLoading}
            mayReview={mayReview}
            mayDecide={canDecide(me)}
          />
        </Flex>
      ),
    },
    ...(round.state === 'published' ? [{ key: 'results', label: '公布名单', children: <ResultsTab round={round} /> }] : []),
    ...(round.kind === 'member' ? [{ key: 'reporting', label: '报送情况', children: <ReportingTab round={round} /> }] : []),
  ];
  const tab = tabs.find((t) => t.key === searchParams.get('tab'))?.key ?? 'declarations';

  return (
    <ContentCard>
      <PageHeader
        title={round.title}
        tags={
          <>
            <RoundStateTag state={round.state} />
            <Tag style={{ marginInlineEnd: 0 }}>{ROUND_KIND_LABELS[round.kind]}</Tag>
          </>
        }
        actions={
          to && (
            <Popconfirm title={`${ADVANCE_LABELS[to]}？`} description={warning} okText="确定" onConfirm={onAdvance}>
              <Button type="primary" icon={<ArrowRightOutlined aria-hidden />} loading={advance.isPending}>
                {ADVANCE_LABELS[to]}
              </Button>
            </Popconfirm>
          )
        }
      />
      <Steps
        current={round.state === 'published' ? stepIndex + 1 : stepIndex}
        size="small"
        orientation={isMobile ? 'vertical' : 'horizontal'}
        style={{ marginBottom: 20 }}
        items={RoundStates.options.map((s) => ({ title: ROUND_STATE_LABELS[s], content: STEP_HINTS[s] }))}
      />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
        items={[
          { key: 'kind', label: '评定类别', children: ROUND_KIND_LABELS[round.kind] },
          { key: 'period', label: '期间', children: periodLabel(round.period) },
          { key: 'chain', label: '产业链', children: round.chainName ?? '全部产业链' },
          { key: 'window', label: '申报期', children: `${round.opensOn} 至 ${round.closesOn}` },
          { key: 'effective', label: '认定生效日期', children: round.effectiveOn },
          {
            key: 'next',
            label: '下一步',
            children: NEXT_ROUND_STATE[round.state] ? (
              `${ROUND_STATE_LABELS[NEXT_ROUND_STATE[round.state] as RoundState]}（${
                NEXT_ROUND_STATE[round.state] === 'review' ? '省链长办或牵头单位' : '省链长办'
              }）`
            ) : (
              <Typography.Text type="secondary">已结束</Typography.Text>
            ),
          },
          {
            key: 'criteria',
            label: '评定标准',
            span: 'filled',
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(round.criteria)}</span>,
          },
        ]}
      />
      <Tabs style={{ marginTop: 16 }} activeKey={tab} onChange={(key) => setSearchParams({ tab: key }, { replace: true })} items={tabs} />
      <DeclarationFormDrawer round={round} open={declaring} onClose={() => setDeclaring(false)} />
    </ContentCard>
  );
}
