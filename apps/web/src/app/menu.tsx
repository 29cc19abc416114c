import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  BulbOutlined,
  ClusterOutlined,
  DashboardOutlined,
  DeploymentUnitOutlined,
  ExperimentOutlined,
  FileProtectOutlined,
  FundOutlined,
  InteractionOutlined,
  IssuesCloseOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  ShopOutlined,
  SolutionOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { Me } from '@chainboard/contracts';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { canSeeAlliances } from '../features/alliances/permissions';
import { canSeeAttraction } from '../features/attraction/permissions';
import { canManageOrganisations, canReadAudit, canSeeChains, canSeeUsers } from '../features/auth/roles';
import { canSeeChainMap } from '../features/chainmap/permissions';
import { canSeeCockpit } from '../features/cockpit/permissions';
import { canSeeCoordination } from '../features/coordination/permissions';
import { canSeeEnterprises } from '../features/enterprises/permissions';
import { canSeeFunds } from '../features/funds/permissions';
import { canSeePlans } from '../features/plans/permissions';
import { canSeePolicies } from '../features/policies/permissions';
import { canSeeProblems } from '../features/problems/permissions';
import { canSeeProjects } from '../features/projects/permissions';
import { canSeeReminders } from '../features/reminders/permissions';
import { canSeeRounds } from '../features/rounds/permissions';
import { canSeeTechnologies } from '../features/technologies/permissions';
import { canLinkAccounts, canSeeThinkTank, isExpertOnly } from '../features/thinktank/permissions';

/** `also`: other paths the entry owns (重点项目 also holds /fund-reserve, /visits, /demonstrations). */
type Entry = { path: string; label: string; icon: ReactNode; allow: (me: Me) => boolean; also?: string[] };

// Module order follows UI.md; later modules (驾驶舱, 企业 …) slot in where they belong.
const MODULES: Entry[] = [
  { path: '/cockpit', label: '驾驶舱', icon: <DashboardOutlined aria-hidden />, allow: canSeeCockpit },
  { path: '/chains', label: '产业链', icon: <ApartmentOutlined aria-hidden />, allow: canSeeChains },
  { path: '/chain-map', label: '产业链图谱', icon: <DeploymentUnitOutlined aria-hidden />, allow: canSeeChainMap },
  { path: '/enterprises', label: '企业', icon: <ShopOutlined aria-hidden />, allow: canSeeEnterprises },
  { path: '/rounds', label: '企业评定', icon: <TrophyOutlined aria-hidden />, allow: canSeeRounds },
  { path: '/alliances', label: '协作联合体', icon: <ClusterOutlined aria-hidden />, allow: canSeeAlliances },
  {
    path: '/projects',
    label: '重点项目',
    icon: <ProjectOutlined aria-hidden />,
    allow: canSeeProjects,
    also: ['/fund-reserve', '/visits', '/demonstrations'],
  },
  { path: '/attraction', label: '招商引资', icon: <AimOutlined aria-hidden />, allow: canSeeAttraction },
  { path: '/problems', label: '问题清单', icon: <IssuesCloseOutlined aria-hidden />, allow: canSeeProblems, also: ['/meetings'] },
  {
    path: '/plans',
    label: '年度计划',
    icon: <ScheduleOutlined aria-hidden />,
    allow: canSeePlans,
    also: ['/work-reports', '/quarterly-reports'],
  },
  // an expert's own account sees only its own page
  { path: '/thinktank/mine', label: '我的专家工作', icon: <BulbOutlined aria-hidden />, allow: isExpertOnly },
  { path: '/thinktank', label: '专家智库', icon: <BulbOutlined aria-hidden />, allow: canSeeThinkTank },
  { path: '/funds', label: '产业基金', icon: <FundOutlined aria-hidden />, allow: canSeeFunds },
  { path: '/policies', label: '政策', icon: <FileProtectOutlined aria-hidden />, allow: canSeePolicies },
  { path: '/technologies', label: '关键技术', icon: <ExperimentOutlined aria-hidden />, allow: canSeeTechnologies },
  { path: '/coordination', label: '协作配套', icon: <InteractionOutlined aria-hidden />, allow: canSeeCoordination },
  { path: '/reminders', label: '提醒', icon: <BellOutlined aria-hidden />, allow: canSeeReminders },
];

const ADMIN: Entry[] = [
  { path: '/admin/organisations', label: '单位管理', icon: <BankOutlined aria-hidden />, allow: canManageOrganisations },
  { path: '/admin/users', label: '用户管理', icon: <TeamOutlined aria-hidden />, allow: canSeeUsers },
  { path: '/admin/expert-accounts', label: '专家账号', icon: <SolutionOutlined aria-hidden />, allow: canLinkAccounts },
  { path: '/admin/audit', label: '审计日志', icon: <AuditOutlined aria-hidden />, allow: canReadAudit },
];

type MenuItem = NonNullable<MenuProps['items']>[number];

const toItem = (entry: Entry): MenuItem => ({ key: entry.path, label: entry.label, icon: entry.icon });

/** Only the entries the user's roles can use. */
export function menuItems(me: Me): MenuItem[] {
  const items = MODULES.filter((entry) => entry.allow(me)).map(toItem);
  const admin = ADMIN.filter((entry) => entry.allow(me)).map(toItem);
  if (admin.length > 0) items.push({ type: 'group', key: 'admin', label: '系统管理', children: admin });
  return items;
}

const ALL_ENTRIES = [...MODULES, ...ADMIN];

/** The menu entry owning a path (/chains/12 → /chains, /visits → /projects). */
export function selectedMenuKey(pathname: string): string | undefined {
  const owns = (path: string) => pathname === path || pathname.startsWith(`${path}/`);
  return ALL_ENTRIES.find((entry) => [entry.path, ...(entry.also ?? [])].some(owns))?.path;
}
