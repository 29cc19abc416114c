import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { canManageOrganisations, canReadAudit, canSeeChains, canSeeUsers } from '../features/auth/roles';
import { ChainCrumb } from '../features/chains/components/ChainCrumb';
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
const OrganisationListPage = page(() => import('../features/organisations/pages/OrganisationListPage'), 'OrganisationListPage');
const UserListPage = page(() => import('../features/users/pages/UserListPage'), 'UserListPage');
const AuditLogPage = page(() => import('../features/audit/pages/AuditLogPage'), 'AuditLogPage');

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
      {
        element: <RequireAuth />,
        children: [
          { path: '/change-password', element: <ChangePasswordPage /> },
          {
            element: <AppLayout />,
            children: [
              { index: true, element: <HomeRedirect /> },
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
