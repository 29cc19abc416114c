import { EditOutlined, FlagOutlined, StarOutlined, SwapOutlined } from '@ant-design/icons';
import { PROJECT_CLASS_MOVES } from '@chainboard/contracts';
import { Button, Popconfirm, Result, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { errorMessage, showError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useMe } from '../../auth/hooks';
import { ClassMoveModal } from '../components/ClassMoveModal';
import { ProjectFacts } from '../components/ProjectFacts';
import { ProjectFormDrawer } from '../components/ProjectFormDrawer';
import { ProjectMilestones } from '../components/ProjectMilestones';
import { DemoDataTag, DemonstrationTag, ProjectClassTag } from '../components/ProjectTags';
import { ProjectTimeline } from '../components/ProjectTimeline';
import { RecommendReserveModal } from '../components/RecommendReserveModal';
import { ReportsPanel } from '../components/ReportsPanel';
import { useChainLeadUnitId, useProject, useSetDemonstration, useTimeline } from '../hooks';
import { canLeadProject, canReportProject, canWriteProject, reportsProgress } from '../permissions';

function parseId(raw: string | undefined): number | undefined {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

type Dialog = 'edit' | 'move' | 'reserve' | null;
const TABS = ['timeline', 'reports'] as const;

export function ProjectDetailPage() {
  const navigate = useNavigate();
  const id = parseId(useParams().id);
  const { data: project, error, isPending, refetch } = useProject(id);

  const backToList = (
    <Button type="primary" onClick={() => navigate('/projects')}>
      返回项目清单
    </Button>
  );
  if (id === undefined || (isApiError(error) && error.status === 404)) {
    return <Result status="404" title="项目不存在或无权查看" subTitle="请检查链接，或返回清单查找。" extra={backToList} />;
  }
  if (error) {
    return (
      <Result
        status="error"
        title="无法打开项目"
        subTitle={errorMessage(error)}
        extra={<Button onClick={() => void refetch()}>重试</Button>}
      />
    );
  }
  if (isPending) return <PageLoading />;
  return <ProjectView project={project} />;
}

function ProjectView({ project }: { project: NonNullable<ReturnType<typeof useProject>['data']> }) {
  const me = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const timeline = useTimeline(project.id);
  const demonstration = useSetDemonstration();
  const chainLeadUnitId = useChainLeadUnitId(project.chainId);

  const writable = canWriteProject(me, project, chainLeadUnitId);
  const leads = canLeadProject(me, chainLeadUnitId);
  const active = reportsProgress(project);
  const canReport = canReportProject(me, project) && active;
  const moves = PROJECT_CLASS_MOVES[project.class];
  const tab = TABS.find((t) => t === searchParams.get('tab')) ?? 'timeline';

  const toggleDemonstration = () =>
    demonstration.mutate(
      { id: project.id, demonstration: !project.demonstration },
      {
        onSuccess: (saved) => toastSuccess(saved.demonstration ? '已设为示范性项目' : '已取消示范'),
        onError: showError,
      },
    );

  return (
    <ContentCard>
      <PageHeader
        title={project.name}
        tags={
          <>
            <ProjectClassTag project={project} />
            {project.demonstration && <DemonstrationTag />}
            {project.lateReportPeriod && <Tag color="red">逾期未报 {project.lateReportPeriod}</Tag>}
            {project.demo && <DemoDataTag />}
          </>
        }
        actions={
          <>
            {writable && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')}>
                编辑
              </Button>
            )}
            {writable && moves.length > 0 && (
              <Button icon={<SwapOutlined aria-hidden />} onClick={() => setDialog('move')}>
                调整类别
              </Button>
            )}
            {leads && (
              <Popconfirm
                title={project.demonstration ? '取消该项目的示范性项目身份？' : '设为本产业链的示范性项目？'}
                description={project.demonstration ? undefined : '每条产业链每年确定 1-2 个牵引性带动性强的示范性项目'}
                okText={project.demonstration ? '取消示范' : '设为示范'}
                onConfirm={toggleDemonstration}
              >
                <Button icon={<StarOutlined aria-hidden />} loading={demonstration.isPending}>
                  {project.demonstration ? '取消示范' : '设为示范'}
                </Button>
              </Popconfirm>
            )}
            {leads && active && (
              <Button icon={<FlagOutlined aria-hidden />} onClick={() => setDialog('reserve')}>
                推荐入储备库
              </Button>
            )}
          </>
        }
      />
      <ProjectFacts project={project} />
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        建设节点（计划 / 实际）
      </Typography.Title>
      <ProjectMilestones project={project} />
      <Tabs
        style={{ marginTop: 16 }}
        activeKey={tab}
        onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
        items={[
          {
            key: 'timeline',
            label: '时间线',
            children: <ProjectTimeline events={timeline.data?.events} reports={timeline.data?.reports} loading={timeline.isLoading} />,
          },
          {
            key: 'reports',
            label: project.lateReportPeriod ? (
              <span>
                进展报送{' '}
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  逾期
                </Tag>
              </span>
            ) : (
              '进展报送'
            ),
            children: (
              <ReportsPanel project={project} reports={timeline.data?.reports} loading={timeline.isLoading} canReport={canReport} />
            ),
          },
        ]}
      />
      <ProjectFormDrawer open={dialog === 'edit'} project={project} onClose={() => setDialog(null)} />
      <ClassMoveModal project={project} open={dialog === 'move'} onClose={() => setDialog(null)} />
      <RecommendReserveModal project={project} open={dialog === 'reserve'} onClose={() => setDialog(null)} />
    </ContentCard>
  );
}
