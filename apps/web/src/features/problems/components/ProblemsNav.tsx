import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../../auth/hooks';
import { canSeeMeetings } from '../permissions';

/** The problem module's pages under one menu entry (问题清单): the list and the coordination meetings. */
export function ProblemsNav() {
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  if (!canSeeMeetings(me)) return null;
  const pages = [
    { key: '/problems', label: '问题清单' },
    { key: '/meetings', label: '链长协调会' },
  ];
  const active = pages.find((p) => pathname === p.key || pathname.startsWith(`${p.key}/`))?.key ?? '/problems';
  return (
    <Tabs
      activeKey={active}
      items={pages}
      onChange={(key) => navigate(key)}
      style={{ marginBottom: 8 }}
      tabBarStyle={{ marginBottom: 0 }}
    />
  );
}
