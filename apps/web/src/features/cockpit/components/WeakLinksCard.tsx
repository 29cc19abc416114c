import { GAP_STATUS_LABELS } from '@chainboard/contracts';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Cockpit } from '../api';

/** One chain's weak links, worst first, as the chain map finds them: the same list the quarterly report carries. */
export function WeakLinksCard({ gaps }: { gaps: NonNullable<Cockpit['weakLinks']> }) {
  return (
    <Card
      size="small"
      title={`薄弱环节（断点 ${gaps.gaps} 个 · 堵点 ${gaps.bottlenecks} 个 · 已有补链线索 ${gaps.weakWithLead} 个）`}
      extra={<Link to={`/chain-map?chainId=${gaps.chainId}&tab=gaps`}>查看图谱</Link>}
    >
      {gaps.weakLinks.length === 0 ? (
        <Empty description="没有断点和堵点" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex vertical gap={8}>
          {gaps.weakLinks.slice(0, 5).map((w) => (
            <Flex key={w.path} gap={8} align="baseline" wrap>
              <Tag color={w.status === 'gap' ? 'red' : 'orange'} style={{ marginInlineEnd: 0 }}>
                {GAP_STATUS_LABELS[w.status]}
              </Tag>
              <Typography.Text strong>{w.path}</Typography.Text>
              <Typography.Text type="secondary">{w.reasons.join('；')}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
