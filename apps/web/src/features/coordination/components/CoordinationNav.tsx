import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../../auth/hooks';
import { canSeeContacts } from '../permissions';

/** The coordination pages under one menu entry (协作配套). */
export function CoordinationNav() {
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const pages = [
    { key: '/coordination', label: '对接活动' },
    ...(canSeeContacts(me) ? [{ key: '/coordination/forging', label: '园区锻造' }] : []),
  ];
  const active = pathname.startsWith('/coordination/forging') ? '/coordination/forging' : '/coordination';
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
