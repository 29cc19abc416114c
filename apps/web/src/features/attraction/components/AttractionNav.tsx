import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../../auth/hooks';
import { canSeeHostZones } from '../permissions';

/** The attraction module's pages under one menu entry (招商引资). */
export function AttractionNav() {
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const pages = [
    { key: '/attraction', label: '招商线索' },
    { key: '/attraction/progress', label: '目标进度' },
    { key: '/attraction/plans', label: '招商方案与目标' },
    ...(canSeeHostZones(me) ? [{ key: '/attraction/host-zones', label: '承载示范开发区' }] : []),
  ];
  const active =
    pages.find((p) => p.key !== '/attraction' && (pathname === p.key || pathname.startsWith(`${p.key}/`)))?.key ?? '/attraction';
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
