import type { ProjectEvent, ProjectReport } from '@chainboard/contracts';
import { Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';

const KIND_LABELS: Record<ProjectEvent['kind'], string> = {
  created: '列入清单',
  class: '类别调整',
  investment: '投资调整',
  dates: '日期调整',
  report: '进展报送',
  demonstration: '示范性项目',
  fields: '信息修改',
};

const KIND_COLORS: Record<ProjectEvent['kind'], string> = {
  created: 'blue',
  class: 'blue',
  investment: 'gray',
  dates: 'gray',
  report: 'green',
  demonstration: 'gold',
  fields: 'gray',
};

/** The period a report event is about, from its payload. */
function reportPeriod(event: ProjectEvent): string | undefined {
  const to = event.to as { period?: unknown } | null;
  return typeof to?.period === 'string' ? to.period : undefined;
}

/** 时间线: every change of class, investment, dates, demonstration and each report; newest first. */
export function ProjectTimeline({
  events,
  reports,
  loading,
}: {
  events: ProjectEvent[] | undefined;
  reports: ProjectReport[] | undefined;
  loading: boolean;
}) {
  if (loading) return <Skeleton active />;
  if (!events || events.length === 0) return <Empty description="还没有记录" />;
  const lateByPeriod = new Map((reports ?? []).map((r) => [r.period, r.late]));
  const sorted = [...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  return (
    <Timeline
      aria-label="项目时间线"
      style={{ marginTop: 8 }}
      items={sorted.map((event) => {
        const late = event.kind === 'report' && lateByPeriod.get(reportPeriod(event) ?? '') === true;
        return {
          key: event.id,
          color: late ? 'red' : KIND_COLORS[event.kind],
          content: (
            <Flex vertical gap={2}>
              <Flex wrap gap={6} align="center">
                <Tag color={late ? 'red' : undefined} style={{ marginInlineEnd: 0 }}>
                  {KIND_LABELS[event.kind] ?? event.kind}
                </Tag>
                <Typography.Text>{event.summary}</Typography.Text>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(event.at)} · {event.username ?? '系统'}
              </Typography.Text>
            </Flex>
          ),
        };
      })}
    />
  );
}
