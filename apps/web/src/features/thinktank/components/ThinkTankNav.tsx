import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';

const PAGES = [
  { key: '/thinktank', label: '专家库' },
  { key: '/thinktank/groups', label: '专家咨询组' },
  { key: '/thinktank/consultations', label: '咨询活动' },
  { key: '/thinktank/reports', label: '专家报告' },
  { key: '/thinktank/pairings', label: '柔性结对' },
];

/** 专家智库's pages under one menu entry. */
export function ThinkTankNav() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active =
    [...PAGES].reverse().find((p) => pathname === p.key || (p.key !== '/thinktank' && pathname.startsWith(`${p.key}/`)))?.key ??
    '/thinktank';
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
