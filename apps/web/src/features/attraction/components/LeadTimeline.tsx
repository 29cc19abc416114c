import { LEAD_STAGE_LABELS } from '@chainboard/contracts';
import { Empty, Flex, Skeleton, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import type { LeadEventRow } from '../api';
import { LEAD_STAGE_COLORS } from '../labels';
import { LeadStageTag } from './LeadTags';

const DOT: Record<string, string> = { green: 'green', blue: 'blue', cyan: 'blue', default: 'gray' };

/** 历程: each stage the lead reached, on which day, by whom, with its evidence; oldest first. */
export function LeadTimeline({ events, loading }: { events: LeadEventRow[] | undefined; loading: boolean }) {
  if (loading) return <Skeleton active />;
  if (!events || events.length === 0) return <Empty description="还没有记录" />;
  return (
    <Timeline
      aria-label="线索历程"
      style={{ marginTop: 8 }}
      items={events.map((e) => ({
        key: e.id,
        color: DOT[LEAD_STAGE_COLORS[e.to] ?? ''] ?? 'gray',
        content: (
          <Flex vertical gap={2}>
            <Flex wrap gap={6} align="center">
              <Typography.Text strong>{e.on}</Typography.Text>
              {e.from && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {LEAD_STAGE_LABELS[e.from]} →
                </Typography.Text>
              )}
              <LeadStageTag stage={e.to} />
            </Flex>
            {e.evidence && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{e.evidence}</Typography.Paragraph>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              记录于 {formatDateTime(e.at)} · {e.username ?? '系统'}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
