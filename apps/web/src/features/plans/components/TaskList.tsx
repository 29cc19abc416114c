import { Button, Card, Col, Empty, Flex, Popconfirm, Row, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { showError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { formatDateTime } from '../../../lib/format';
import { useMe } from '../../auth/hooks';
import type { Milestone, PlanTask } from '../api';
import { useConfirmMilestone } from '../hooks';
import { canConfirmMilestone, canReportMilestone } from '../permissions';
import { MilestoneStateTag } from './TargetTags';

const QUARTERS = [1, 2, 3, 4];
const CN = ['一', '二', '三', '四'];

function MilestoneCard({ m, onReport }: { m: Milestone; onReport: (m: Milestone) => void }) {
  const me = useMe();
  const confirm = useConfirmMilestone();
  return (
    <Card
      size="small"
      data-testid="milestone"
      styles={{ body: { padding: 10 } }}
      style={{ borderColor: m.overdue ? '#ffccc7' : undefined, background: m.overdue ? '#fff7f6' : undefined }}
    >
      <Flex vertical gap={4}>
        <Typography.Text>{m.title}</Typography.Text>
        <Flex wrap gap={4}>
          <MilestoneStateTag state={m.state} />
          {m.overdue && (
            <Tag color="red" style={{ marginInlineEnd: 0 }}>
              逾期
            </Tag>
          )}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          责任：{m.responsible.join('、')} · 时限 {m.dueOn}
        </Typography.Text>
        {m.documents && m.documents.owed > 0 && (
          <Link
            to={`/plans/${m.dueOn.slice(0, 4)}/documents${m.documents.kinds.length === 1 ? `?kind=${m.documents.kinds[0]}` : ''}`}
            style={{ fontSize: 12 }}
          >
            <Tag color={m.documents.given >= m.documents.owed ? 'green' : m.overdue ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
              规划文件 已报 {m.documents.given}/{m.documents.owed}
            </Tag>
          </Link>
        )}
        {m.evidence && (
          <Typography.Paragraph
            type="secondary"
            style={{ fontSize: 12, margin: 0, whiteSpace: 'pre-wrap' }}
            ellipsis={{ rows: 3, expandable: true }}
          >
            佐证：{m.evidence}
            {m.reportedBy && `（${m.reportedBy} ${formatDateTime(m.reportedAt)}）`}
          </Typography.Paragraph>
        )}
        {(canReportMilestone(me, m) || canConfirmMilestone(me, m)) && (
          <Flex gap={4} wrap>
            {canReportMilestone(me, m) && (
              <Button size="small" onClick={() => onReport(m)}>
                {m.state === 'reported' ? '修改完成情况' : '报告完成'}
              </Button>
            )}
            {canConfirmMilestone(me, m) && (
              <Popconfirm
                title="确认该节点已完成？"
                okText="确认"
                onConfirm={() => confirm.mutate(m.id, { onSuccess: () => toastSuccess('已确认完成'), onError: showError })}
              >
                <Button size="small" type="primary" loading={confirm.isPending}>
                  确认
                </Button>
              </Popconfirm>
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

/** 重大工作清单: each task with its milestones by quarter. */
export function TaskList({ tasks, onReport }: { tasks: PlanTask[]; onReport: (m: Milestone) => void }) {
  if (tasks.length === 0) return <Empty description="没有符合条件的任务" />;
  return (
    <Flex vertical gap={16}>
      {tasks.map((task) => {
        const done = task.milestones.filter((m) => m.state === 'confirmed').length;
        const overdue = task.milestones.filter((m) => m.overdue).length;
        return (
          <Card
            key={task.id}
            size="small"
            role="region"
            aria-label={task.title}
            title={
              <Flex wrap gap={8} align="center" style={{ whiteSpace: 'normal', paddingBlock: 6 }}>
                <Typography.Text strong>
                  {task.seq}. {task.title}
                </Typography.Text>
                <Tag color={done === task.milestones.length ? 'green' : 'blue'} style={{ marginInlineEnd: 0 }}>
                  节点完成 {done}/{task.milestones.length}
                </Tag>
                {overdue > 0 && (
                  <Tag color="red" style={{ marginInlineEnd: 0 }}>
                    逾期 {overdue}
                  </Tag>
                )}
              </Flex>
            }
          >
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              牵头：{task.leadUnits.join('、')}
              {task.supportingUnits.length > 0 && `；配合：${task.supportingUnits.join('、')}`}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 12 }}>预期成果：{task.expectedResult}</Typography.Paragraph>
            <Row gutter={[12, 12]}>
              {QUARTERS.map((q) => {
                const mine = task.milestones.filter((m) => m.quarter === q);
                if (mine.length === 0) return null;
                return (
                  <Col key={q} xs={24} md={12} xl={6}>
                    <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
                      第{CN[q - 1]}季度
                    </Typography.Text>
                    <Flex vertical gap={8}>
                      {mine.map((m) => (
                        <MilestoneCard key={m.id} m={m} onReport={onReport} />
                      ))}
                    </Flex>
                  </Col>
                );
              })}
            </Row>
          </Card>
        );
      })}
    </Flex>
  );
}
