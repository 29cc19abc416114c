import { PROBLEM_STATE_LABELS, type ProblemState } from '@chainboard/contracts';
import { Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import type { ProblemEventRow } from '../api';
import { EVENT_COLORS, EVENT_LABELS } from '../labels';

const stateLabel = (s: string | null) => (s ? (PROBLEM_STATE_LABELS[s as ProblemState] ?? s) : null);

/** 办理过程: every step from raising to the rating, oldest first, with who, which organisation and when. */
export function ProblemTimeline({ events, loading }: { events: ProblemEventRow[] | undefined; loading: boolean }) {
  if (loading) return <Skeleton active />;
  if (!events || events.length === 0) return <Empty description="还没有办理记录" />;
  return (
    <Timeline
      aria-label="办理过程"
      style={{ marginTop: 8 }}
      items={events.map((e) => {
        const from = stateLabel(e.fromState);
        const to = stateLabel(e.toState);
        const closed = e.toState === 'closed';
        return {
          key: e.id,
          color: closed ? 'green' : (EVENT_COLORS[e.kind] ?? 'blue'),
          content: (
            <Flex vertical gap={2} data-testid="problem-event">
              <Flex wrap gap={6} align="center">
                <Tag color={closed ? 'green' : e.kind === 'reopened' ? 'orange' : undefined} style={{ marginInlineEnd: 0 }}>
                  {closed ? '评价满意，办结' : (EVENT_LABELS[e.kind] ?? e.kind)}
                </Tag>
                {to && from !== to && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {from ? `${from} → ${to}` : to}
                  </Typography.Text>
                )}
              </Flex>
              {e.note && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Paragraph>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.at)} · {e.organisationName ?? '系统'} · {e.username ?? '系统'}
              </Typography.Text>
            </Flex>
          ),
        };
      })}
    />
  );
}
