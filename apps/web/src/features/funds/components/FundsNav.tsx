import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';

/** The fund module's pages under one menu entry (产业基金). */
export function FundsNav() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const pages = [
    { key: '/funds', label: '基金' },
    { key: '/funds/chains', label: '各链投资' },
  ];
  const active = pathname.startsWith('/funds/chains') ? '/funds/chains' : '/funds';
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
