import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { CrumbHandle } from '../../app/crumbs';
import { RequireRole } from '../../app/RequireRole';
import { canSeePolicies } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const PolicyListPage = page(() => import('./pages/PolicyListPage'), 'PolicyListPage');
const PolicyDetailPage = page(() => import('./pages/PolicyDetailPage'), 'PolicyDetailPage');

const crumb = (handle: CrumbHandle) => handle;
const guarded = (element: React.ReactNode) => <RequireRole allow={canSeePolicies}>{element}</RequireRole>;

/** 精准性政策, inside the signed-in frame. */
export const policyRoutes: RouteObject[] = [
  {
    path: 'policies',
    handle: crumb({ crumb: '政策', link: true }),
    children: [
      { index: true, element: guarded(<PolicyListPage />) },
      { path: ':id', handle: crumb({ crumb: '政策详情' }), element: guarded(<PolicyDetailPage />) },
    ],
  },
];
