import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';

const PAGES = [
  { key: '/projects', label: '项目清单' },
  { key: '/fund-reserve', label: '资金申报储备库' },
  { key: '/visits', label: '入企服务' },
  { key: '/demonstrations', label: '模式示范' },
];

/** The key-project module's pages, one menu entry (重点项目) with these tabs on top. */
export function ProjectsNav() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = PAGES.find((p) => pathname === p.key || pathname.startsWith(`${p.key}/`))?.key ?? '/projects';
  return (
    <Tabs
      activeKey={active}
      items={PAGES.map(({ key, label }) => ({ key, label }))}
      onChange={(key) => navigate(key)}
      style={{ marginBottom: 8 }}
      tabBarStyle={{ marginBottom: 0 }}
    />
  );
}
