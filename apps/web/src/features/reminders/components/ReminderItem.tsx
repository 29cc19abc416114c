import { REMINDER_KIND_LABELS } from '@chainboard/contracts';
import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Reminder } from '../api';
import { dueText } from '../labels';

/** One reminder: its kind, what to do (a link to where it is done), and when it is due; red when overdue. */
export function ReminderItem({ item, onOpen }: { item: Reminder; onOpen?: () => void }) {
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Flex gap={6} align="baseline" style={{ minWidth: 0 }}>
        <Tag color={item.overdue ? 'red' : 'blue'} style={{ marginInlineEnd: 0, flexShrink: 0 }}>
          {REMINDER_KIND_LABELS[item.kind]}
        </Tag>
        <Link to={item.link} onClick={onOpen} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {item.title}
        </Link>
      </Flex>
      <Typography.Text type={item.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {[item.dueOn, dueText(item.dueOn, item.overdue)].filter(Boolean).join(' · ')}
      </Typography.Text>
    </Flex>
  );
}
