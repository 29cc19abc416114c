import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { useMe, useSignOut } from '../features/auth/hooks';
import { DemoTag } from '../features/health/components/DemoTag';
import { ReminderBell } from '../features/reminders/components/ReminderBell';
import { canSeeReminders } from '../features/reminders/permissions';

const light = { color: '#fff' } as const;

export function AppHeader({ isMobile, onOpenMenu }: { isMobile: boolean; onOpenMenu: () => void }) {
  const me = useMe();
  const { signOut, pending } = useSignOut();

  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      {isMobile && <Button type="text" aria-label="打开菜单" icon={<MenuOutlined aria-hidden />} style={light} onClick={onOpenMenu} />}
      <Typography.Text strong ellipsis style={{ ...light, fontSize: isMobile ? 16 : 18, minWidth: 0 }}>
        {isMobile ? '链长制平台' : '产业链链长制工作平台'}
      </Typography.Text>
      <DemoTag />
      <Flex align="center" gap={12} style={{ marginInlineStart: 'auto', minWidth: 0 }}>
        {!isMobile && (
          <Typography.Text ellipsis style={{ ...light, opacity: 0.85 }} data-testid="header-organisation">
            {me.organisationName}
          </Typography.Text>
        )}
        {!isMobile && (
          <Typography.Text style={light} data-testid="header-user">
            <UserOutlined aria-hidden /> {me.displayName}
          </Typography.Text>
        )}
        {canSeeReminders(me) && <ReminderBell isMobile={isMobile} color={light.color} />}
        {/* on a phone the bell needs the room: logout keeps its name for assistive tech, shows only its icon */}
        <Button type="text" aria-label="退出登录" icon={<LogoutOutlined aria-hidden />} style={light} loading={pending} onClick={signOut}>
          {isMobile ? null : '退出登录'}
        </Button>
      </Flex>
    </Layout.Header>
  );
}
