import { Drawer, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { useMe } from '../features/auth/hooks';
import { useIsMobile } from '../lib/useIsMobile';
import { AppHeader } from './AppHeader';
import { Breadcrumbs } from './Breadcrumbs';
import { PageLoading } from './PageLoading';
import { SideMenu } from './SideMenu';

/** The frame: header, side menu (a drawer on phones), breadcrumbs and the page. */
export function AppLayout() {
  const isMobile = useIsMobile();
  const [menuOpen, setMenuOpen] = useState(false);
  const me = useMe();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader isMobile={isMobile} onOpenMenu={() => setMenuOpen(true)} />
      <Layout>
        {!isMobile && (
          <Layout.Sider width={208} theme="light" style={{ borderInlineEnd: '1px solid #e8ebf0' }}>
            <SideMenu />
          </Layout.Sider>
        )}
        {isMobile && (
          <Drawer
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            placement="left"
            size={260}
            title={
              <div>
                <div>{me.displayName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                  {me.organisationName}
                </Typography.Text>
              </div>
            }
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu onNavigate={() => setMenuOpen(false)} />
          </Drawer>
        )}
        <Layout.Content style={{ padding: isMobile ? 12 : 24, minWidth: 0 }}>
          <Breadcrumbs />
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
