import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useLogout, useMe } from '../features/auth/hooks';
import { DemoTag } from '../features/health/components/DemoTag';
import { showError } from '../lib/errors';

const light = { color: '#fff' } as const;

export function AppHeader({ isMobile, onOpenMenu }: { isMobile: boolean; onOpenMenu: () => void }) {
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();

  const onLogout = () =>
    logout.mutate(undefined, {
      onSuccess: () => navigate('/login', { replace: true }),
      onError: showError,
    });

  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
      {isMobile && (
        <Button type="text" aria-label="打开菜单" icon={<MenuOutlined />} style={light} onClick={onOpenMenu} />
      )}
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
            <UserOutlined /> {me.displayName}
          </Typography.Text>
        )}
        <Button
          type="text"
          icon={<LogoutOutlined />}
          style={light}
          loading={logout.isPending}
          onClick={onLogout}
        >
          退出登录
        </Button>
      </Flex>
    </Layout.Header>
  );
}
