import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useMe } from '../../auth/hooks';
import { canSeeQuarterlyReport, canSeeWorkReports } from '../permissions';

/** The planning module's pages under one menu entry (年度计划). */
export function PlansNav() {
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const pages = [
    { key: '/plans', label: '年度计划' },
    ...(canSeeWorkReports(me) ? [{ key: '/work-reports', label: '工作报送' }] : []),
    ...(canSeeQuarterlyReport(me) ? [{ key: '/quarterly-reports', label: '季度报告' }] : []),
  ];
  if (pages.length < 2) return null;
  const active = pages.find((p) => pathname === p.key || pathname.startsWith(`${p.key}/`))?.key ?? '/plans';
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
