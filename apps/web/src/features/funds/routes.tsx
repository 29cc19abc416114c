import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { CrumbHandle } from '../../app/crumbs';
import { RequireRole } from '../../app/RequireRole';
import { canSeeFunds } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const FundListPage = page(() => import('./pages/FundListPage'), 'FundListPage');
const FundDetailPage = page(() => import('./pages/FundDetailPage'), 'FundDetailPage');
const FundChainsPage = page(() => import('./pages/FundChainsPage'), 'FundChainsPage');

const crumb = (handle: CrumbHandle) => handle;
const guarded = (element: React.ReactNode) => <RequireRole allow={canSeeFunds}>{element}</RequireRole>;

/** 产业基金, inside the signed-in frame. */
export const fundRoutes: RouteObject[] = [
  {
    path: 'funds',
    handle: crumb({ crumb: '产业基金', link: true }),
    children: [
      { index: true, element: guarded(<FundListPage />) },
      { path: 'chains', handle: crumb({ crumb: '各链投资' }), element: guarded(<FundChainsPage />) },
      { path: ':id', handle: crumb({ crumb: '基金详情' }), element: guarded(<FundDetailPage />) },
    ],
  },
];
