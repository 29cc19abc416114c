import { Tabs } from 'antd';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMe } from '../../auth/hooks';
import { usePlanYears } from '../hooks';
import { canSeeQuarterlyReport, canSeeWorkReports } from '../permissions';

/** The planning module's pages under one menu entry (年度计划). */
export function PlansNav() {
  const me = useMe();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const years = usePlanYears();
  const raw = Number(useParams().year);
  const latest = years.data?.length ? Math.max(...years.data.map((p) => p.year)) : undefined;
  const year = Number.isInteger(raw) && raw > 2000 ? raw : latest;
  const documents = year ? `/plans/${year}/documents` : undefined;
  const pages = [
    { key: '/plans', label: '年度计划' },
    ...(documents ? [{ key: documents, label: '规划文件' }] : []),
    ...(canSeeWorkReports(me) ? [{ key: '/work-reports', label: '工作报送' }] : []),
    ...(canSeeQuarterlyReport(me) ? [{ key: '/quarterly-reports', label: '季度报告' }] : []),
  ];
  if (pages.length < 2) return null;
  const active = /^\/plans\/\d+\/documents/.test(pathname)
    ? documents
    : (pages.find((p) => pathname === p.key || pathname.startsWith(`${p.key}/`))?.key ?? '/plans');
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
