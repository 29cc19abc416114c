import { CheckCircleOutlined, CommentOutlined, LikeOutlined, RiseOutlined, RollbackOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, Button, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { DetailLoader, useRouteId } from '../../../components/DetailLoader';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { useMe } from '../../auth/hooks';
import type { Problem } from '../api';
import { ProblemAttachments } from '../components/ProblemAttachments';
import { ProblemFacts } from '../components/ProblemFacts';
import { ProblemStepModal } from '../components/ProblemStepModal';
import { OverdueTag, ProblemLevelTag, ProblemStateTag } from '../components/ProblemTags';
import { ProblemTimeline } from '../components/ProblemTimeline';
import { useChainChoices, useProblem, useProblemTimeline } from '../hooks';
import { allowedSteps, canAttachToProblem, canRateProblem, type Step } from '../permissions';

const STEP_BUTTONS: Record<Step, { label: string; icon: ReactNode; primary?: boolean; danger?: boolean }> = {
  accept: { label: '受理', icon: <CheckCircleOutlined aria-hidden />, primary: true },
  return: { label: '退回', icon: <RollbackOutlined aria-hidden />, danger: true },
  answer: { label: '答复', icon: <CommentOutlined aria-hidden />, primary: true },
  progress: { label: '报告进展', icon: <SyncOutlined aria-hidden /> },
  rate: { label: '评价', icon: <LikeOutlined aria-hidden />, primary: true },
  escalate: { label: '提级', icon: <RiseOutlined aria-hidden /> },
};

export function ProblemDetailPage() {
  const id = useRouteId();
  const query = useProblem(id);
  return (
    <DetailLoader
      id={id}
      query={query}
      noun="问题"
      backTo="/problems"
      backLabel="返回问题清单"
      notFoundHint="请检查链接，或返回问题清单查找。"
    >
      {(problem) => <ProblemView problem={problem} />}
    </DetailLoader>
  );
}

/** What the page says the problem waits for, so nobody has to guess whose turn it is. */
function waitingFor(p: Problem, mine: boolean): string | null {
  switch (p.state) {
    case 'raised':
      return `等待 ${p.responsibleOrgName} 受理`;
    case 'returned':
      return `已被 ${p.responsibleOrgName} 退回，可补充信息后由责任单位重新受理`;
    case 'accepted':
    case 'inProgress':
      return `${p.responsibleOrgName} 办理中，期限 ${p.deadline}`;
    case 'answered':
      return mine ? '责任单位已答复，请评价办理结果：满意或基本满意即办结，不满意将退回重新办理' : `等待 ${p.raisedByOrgName} 评价`;
    case 'closed':
      return null;
  }
}

function ProblemView({ problem }: { problem: Problem }) {
  const me = useMe();
  const [step, setStep] = useState<Step | null>(null);
  const timeline = useProblemTimeline(problem.id);
  const chains = useChainChoices();
  const chainLeadUnitId = chains.options.find((c) => c.value === problem.chainId)?.leadUnitId;
  const steps = allowedSteps(me, problem, chainLeadUnitId);
  const waiting = waitingFor(problem, canRateProblem(me, problem));

  return (
    <ContentCard>
      <PageHeader
        title={problem.title}
        tags={
          <>
            <ProblemStateTag state={problem.state} />
            <ProblemLevelTag level={problem.level} />
            {problem.overdue && <OverdueTag />}
          </>
        }
        actions={steps.map((s) => {
          const b = STEP_BUTTONS[s];
          return (
            <Button key={s} type={b.primary ? 'primary' : 'default'} danger={b.danger} icon={b.icon} onClick={() => setStep(s)}>
              {b.label}
            </Button>
          );
        })}
      />
      {waiting && (
        <Alert
          type={problem.overdue ? 'error' : problem.state === 'answered' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={problem.overdue ? `已超过办理期限（${problem.deadline}）：${waiting}` : waiting}
        />
      )}
      {problem.state === 'closed' && (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} title={`已办结（${formatDate(problem.closedAt)}），反映单位已确认`} />
      )}
      <ProblemFacts problem={problem} />
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'timeline',
            label: '时间线',
            children: <ProblemTimeline events={timeline.data} loading={timeline.isLoading} />,
          },
          {
            key: 'attachments',
            label: '附件',
            children: <ProblemAttachments problemId={problem.id} work={canAttachToProblem(me, problem)} />,
          },
        ]}
      />
      <ProblemStepModal problem={problem} step={step} onClose={() => setStep(null)} />
    </ContentCard>
  );
}
