import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Divider, Drawer, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useReminders } from '../hooks';
import { ReminderItem } from './ReminderItem';

const SHOWN = 8;

function ReminderPanel({ onOpen }: { onOpen: () => void }) {
  const { data, isLoading } = useReminders();
  const items = data?.items ?? [];
  return (
    <Flex vertical gap={8}>
      {isLoading && <Spin style={{ alignSelf: 'center' }} />}
      {!isLoading && items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有到期或逾期的事项" />}
      <ul aria-label="提醒事项" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.slice(0, SHOWN).map((item, index) => (
          <li key={`${item.link}-${item.title}`}>
            {index > 0 && <Divider style={{ margin: '8px 0' }} />}
            <ReminderItem item={item} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {data ? `共 ${data.count} 项，逾期 ${data.overdue} 项` : ''}
        </Typography.Text>
        <Link to="/reminders" onClick={onOpen}>
          查看全部提醒
        </Link>
      </Flex>
    </Flex>
  );
}

/**
 * The header bell: the count of due and overdue items (red when any is overdue), refreshed every
 * minute; opens a short list (a drawer on phones) whose items link to where each is done.
 */
export function ReminderBell({ isMobile, color }: { isMobile: boolean; color: string }) {
  const { data } = useReminders();
  const [open, setOpen] = useState(false);
  const count = data?.count ?? 0;
  const overdue = data?.overdue ?? 0;
  const label = count ? `提醒：${count} 项${overdue ? `，其中逾期 ${overdue} 项` : ''}` : '提醒';

  const bell = (
    <Badge count={count} size="small" overflowCount={99} color={overdue ? '#ff4d4f' : '#1677ff'} offset={[-6, 6]}>
      <Button
        type="text"
        aria-label={label}
        data-testid="reminder-bell"
        icon={<BellOutlined aria-hidden style={{ fontSize: 18 }} />}
        style={{ color }}
        onClick={isMobile ? () => setOpen(true) : undefined}
      />
    </Badge>
  );

  if (isMobile) {
    return (
      <>
        {bell}
        <Drawer title="提醒" open={open} onClose={() => setOpen(false)} placement="right" size="100%">
          <ReminderPanel onOpen={() => setOpen(false)} />
        </Drawer>
      </>
    );
  }
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title="提醒"
      content={
        <div style={{ width: 380, maxHeight: 480, overflow: 'auto' }}>
          <ReminderPanel onOpen={() => setOpen(false)} />
        </div>
      }
    >
      {bell}
    </Popover>
  );
}
