import type { Me } from '@chainboard/contracts';
import { type ComponentType, lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { CrumbHandle } from '../../app/crumbs';
import { RequireRole } from '../../app/RequireRole';
import { canLinkAccounts, canSeeThinkTank, isExpertOnly } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const ExpertListPage = page(() => import('./pages/ExpertListPage'), 'ExpertListPage');
const ExpertDetailPage = page(() => import('./pages/ExpertDetailPage'), 'ExpertDetailPage');
const GroupsPage = page(() => import('./pages/GroupsPage'), 'GroupsPage');
const ConsultationListPage = page(() => import('./pages/RecordPages'), 'ConsultationListPage');
const ReportListPage = page(() => import('./pages/RecordPages'), 'ReportListPage');
const PairingListPage = page(() => import('./pages/RecordPages'), 'PairingListPage');
const MyExpertWorkPage = page(() => import('./pages/MyExpertWorkPage'), 'MyExpertWorkPage');
const ExpertAccountsPage = page(() => import('./pages/ExpertAccountsPage'), 'ExpertAccountsPage');

const crumb = (handle: CrumbHandle) => handle;
const guard = (allow: (me: Me) => boolean, element: ReactNode) => <RequireRole allow={allow}>{element}</RequireRole>;

/** 专家智库, inside the signed-in frame; an expert's own account lands on 我的专家工作. */
export const thinkTankRoutes: RouteObject[] = [
  {
    path: 'thinktank',
    handle: crumb({ crumb: '专家智库', link: true }),
    children: [
      { index: true, element: guard(canSeeThinkTank, <ExpertListPage />) },
      { path: 'experts/:id', handle: crumb({ crumb: '专家详情' }), element: guard(canSeeThinkTank, <ExpertDetailPage />) },
      { path: 'groups', handle: crumb({ crumb: '专家咨询组' }), element: guard(canSeeThinkTank, <GroupsPage />) },
      { path: 'consultations', handle: crumb({ crumb: '咨询活动' }), element: guard(canSeeThinkTank, <ConsultationListPage />) },
      { path: 'reports', handle: crumb({ crumb: '专家报告' }), element: guard(canSeeThinkTank, <ReportListPage />) },
      { path: 'pairings', handle: crumb({ crumb: '柔性结对' }), element: guard(canSeeThinkTank, <PairingListPage />) },
      { path: 'mine', handle: crumb({ crumb: '我的专家工作' }), element: guard(isExpertOnly, <MyExpertWorkPage />) },
    ],
  },
  {
    path: 'admin/expert-accounts',
    handle: crumb({ crumb: '专家账号' }),
    element: guard(canLinkAccounts, <ExpertAccountsPage />),
  },
];
