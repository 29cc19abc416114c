import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { AllianceCrumb } from '../features/alliances/components/AllianceCrumb';
import { canSeeAlliances } from '../features/alliances/permissions';
import { attractionRoutes, publicAttractionRoutes } from '../features/attraction/routes';
import { canManageOrganisations, canReadAudit, canSeeChains, canSeeUsers } from '../features/auth/roles';
import { chainMapRoutes } from '../features/chainmap/routes';
import { ChainCrumb } from '../features/chains/components/ChainCrumb';
import { cockpitRoutes } from '../features/cockpit/routes';
import { coordinationRoutes } from '../features/coordination/routes';
import { EnterpriseCrumb } from '../features/enterprises/components/EnterpriseCrumb';
import { canSeeEnterprises } from '../features/enterprises/permissions';
import { fundRoutes } from '../features/funds/routes';
import { planRoutes } from '../features/plans/routes';
import { policyRoutes } from '../features/policies/routes';
import { problemRoutes } from '../features/problems/routes';
import { ProjectCrumb } from '../features/projects/components/ProjectCrumb';
import { canSeeProjects } from '../features/projects/permissions';
import { reminderRoutes } from '../features/reminders/routes';
import { RoundCrumb } from '../features/rounds/components/RoundCrumb';
import { canSeeRounds } from '../features/rounds/permissions';
import { technologyRoutes } from '../features/technologies/routes';
import { thinkTankRoutes } from '../features/thinktank/routes';
import { AppLayout } from './AppLayout';
import type { CrumbHandle } from './crumbs';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { PageLoading } from './PageLoading';
import { RequireAuth } from './RequireAuth';
import { RequireRole } from './RequireRole';

/** Each page is its own chunk, loaded when first visited. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LoginPage = page(() => import('../features/auth/pages/LoginPage'), 'LoginPage');
const ChangePasswordPage = page(() => import('../features/auth/pages/ChangePasswordPage'), 'ChangePasswordPage');
const ChainListPage = page(() => import('../features/chains/pages/ChainListPage'), 'ChainListPage');
const ChainDetailPage = page(() => import('../features/chains/pages/ChainDetailPage'), 'ChainDetailPage');
const EnterpriseListPage = page(() => import('../features/enterprises/pages/EnterpriseListPage'), 'EnterpriseListPage');
const EnterpriseDetailPage = page(() => import('../features/enterprises/pages/EnterpriseDetailPage'), 'EnterpriseDetailPage');
const RoundListPage = page(() => import('../features/rounds/pages/RoundListPage'), 'RoundListPage');
const RoundDetailPage = page(() => import('../features/rounds/pages/RoundDetailPage'), 'RoundDetailPage');
const AllianceListPage = page(() => import('../features/alliances/pages/AllianceListPage'), 'AllianceListPage');
const AllianceDetailPage = page(() => import('../features/alliances/pages/AllianceDetailPage'), 'AllianceDetailPage');
const OrganisationListPage = page(() => import('../features/organisations/pages/OrganisationListPage'), 'OrganisationListPage');
const UserListPage = page(() => import('../features/users/pages/UserListPage'), 'UserListPage');
const AuditLogPage = page(() => import('../features/audit/pages/AuditLogPage'), 'AuditLogPage');
const ProjectListPage = page(() => import('../features/projects/pages/ProjectListPage'), 'ProjectListPage');
const ProjectDetailPage = page(() => import('../features/projects/pages/ProjectDetailPage'), 'ProjectDetailPage');
const FundReservePage = page(() => import('../features/projects/pages/FundReservePage'), 'FundReservePage');
const VisitListPage = page(() => import('../features/projects/pages/VisitListPage'), 'VisitListPage');
const DemonstrationPage = page(() => import('../features/projects/pages/DemonstrationPage'), 'DemonstrationPage');

const crumb = (handle: CrumbHandle) => handle;

export const router = createBrowserRouter([
  {
    element: (
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    ),
    children: [
      { path: '/login', element: <LoginPage /> },
      ...publicAttractionRoutes,
      {
        element: <RequireAuth />,
        children: [
          { path: '/change-password', element: <ChangePasswordPage /> },
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomeRedirect /> },
              ...cockpitRoutes,
              ...chainMapRoutes,
              {
                path: 'chains',
                handle: crumb({ crumb: '产业链', link: true }),
                children: [
                  {
                    index: true,
                    element: (
                      <RequireRole allow={canSeeChains}>
                        <ChainListPage />
                      </RequireRole>
                    ),
                  },
                  {
                    path: ':id',
                    handle: crumb({ crumb: (params) => <ChainCrumb id={params.id} /> }),
                    element: (
                      <RequireRole allow={canSeeChains}>
                        <ChainDetailPage />
                      </RequireRole>
                    ),
                  },
                ],
              },
              {
                path: 'enterprises',
                handle: crumb({ crumb: '企业', link: true }),
                children: [
                  {
                    index: true,
                    element: (
                      <RequireRole allow={canSeeEnterprises}>
                        <EnterpriseListPage />
                      </RequireRole>
                    ),
                  },
                  {
                    path: ':id',
                    handle: crumb({ crumb: (params) => <EnterpriseCrumb id={params.id} /> }),
                    element: (
                      <RequireRole allow={canSeeEnterprises}>
                        <EnterpriseDetailPage />
                      </RequireRole>
                    ),
                  },
                ],
              },
              {
                path: 'rounds',
                handle: crumb({ crumb: '企业评定', link: true }),
                children: [
                  {
                    index: true,
                    element: (
                      <RequireRole allow={canSeeRounds}>
                        <RoundListPage />
                      </RequireRole>
                    ),
                  },
                  {
                    path: ':id',
                    handle: crumb({ crumb: (params) => <RoundCrumb id={params.id} /> }),
                    element: (
                      <RequireRole allow={canSeeRounds}>
                        <RoundDetailPage />
                      </RequireRole>
                    ),
                  },
                ],
              },
              {
                path: 'alliances',
                handle: crumb({ crumb: '协作联合体', link: true }),
                children: [
                  {
                    index: true,
                    element: (
                      <RequireRole allow={canSeeAlliances}>
                        <AllianceListPage />
                      </RequireRole>
                    ),
                  },
                  {
                    path: ':id',
                    handle: crumb({ crumb: (params) => <AllianceCrumb id={params.id} /> }),
                    element: (
                      <RequireRole allow={canSeeAlliances}>
                        <AllianceDetailPage />
                      </RequireRole>
                    ),
                  },
                ],
              },
              {
                path: 'projects',
                handle: crumb({ crumb: '重点项目', link: true }),
                children: [
                  {
                    index: true,
                    element: (
                      <RequireRole allow={canSeeProjects}>
                        <ProjectListPage />
                      </RequireRole>
                    ),
                  },
                  {
                    path: ':id',
                    handle: crumb({ crumb: (params) => <ProjectCrumb id={params.id} /> }),
                    element: (
                      <RequireRole allow={canSeeProjects}>
                        <ProjectDetailPage />
                      </RequireRole>
                    ),
                  },
                ],
              },
              {
                path: 'fund-reserve',
                element: (
                  <RequireRole allow={canSeeProjects}>
                    <FundReservePage />
                  </RequireRole>
                ),
              },
              {
                path: 'visits',
                element: (
                  <RequireRole allow={canSeeProjects}>
                    <VisitListPage />
                  </RequireRole>
                ),
              },
              {
                path: 'demonstrations',
                element: (
                  <RequireRole allow={canSeeProjects}>
                    <DemonstrationPage />
                  </RequireRole>
                ),
              },
              ...attractionRoutes,
              ...problemRoutes,
              ...planRoutes,
              ...thinkTankRoutes,
              ...fundRoutes,
              ...policyRoutes,
              ...reminderRoutes,
              ...technologyRoutes,
              ...coordinationRoutes,
              {
                path: 'admin',
                handle: crumb({ crumb: '系统管理' }),
                children: [
                  { index: true, element: <HomeRedirect /> },
                  {
                    path: 'organisations',
                    handle: crumb({ crumb: '单位管理' }),
                    element: (
                      <RequireRole allow={canManageOrganisations}>
                        <OrganisationListPage />
                      </RequireRole>
                    ),
                  },
                  {
                    path: 'users',
                    handle: crumb({ crumb: '用户管理' }),
                    element: (
                      <RequireRole allow={canSeeUsers}>
                        <UserListPage />
                      </RequireRole>
                    ),
                  },
                  {
                    path: 'audit',
                    handle: crumb({ crumb: '审计日志' }),
                    element: (
                      <RequireRole allow={canReadAudit}>
                        <AuditLogPage />
                      </RequireRole>
                    ),
                  },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
