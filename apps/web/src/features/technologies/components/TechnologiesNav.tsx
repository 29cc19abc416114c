import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';

const PAGES = [
  { key: '/technologies', label: '关键技术清单' },
  { key: '/technologies/consortia', label: '创新联合体' },
  { key: '/technologies/platforms', label: '创新平台' },
  { key: '/technologies/summaries', label: '季度攻关成果' },
];

/** The key-technology module's pages under one menu entry (关键技术). */
export function TechnologiesNav() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = PAGES.find((p) => p.key !== '/technologies' && pathname.startsWith(p.key))?.key ?? '/technologies';
  return (
    <Tabs
      activeKey={active}
      items={PAGES}
      onChange={(key) => navigate(key)}
      style={{ marginBottom: 8 }}
      tabBarStyle={{ marginBottom: 0 }}
    />
  );
}
