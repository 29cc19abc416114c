import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { CrumbHandle } from '../../app/crumbs';
import { RequireRole } from '../../app/RequireRole';
import { canSeeTechnologies } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const TechnologyListPage = page(() => import('./pages/TechnologyListPage'), 'TechnologyListPage');
const ConsortiumListPage = page(() => import('./pages/ConsortiumListPage'), 'ConsortiumListPage');
const PlatformListPage = page(() => import('./pages/PlatformListPage'), 'PlatformListPage');
const SummaryPage = page(() => import('./pages/SummaryPage'), 'SummaryPage');

const crumb = (handle: CrumbHandle) => handle;
const guarded = (element: React.ReactNode) => <RequireRole allow={canSeeTechnologies}>{element}</RequireRole>;

/** 关键技术, inside the signed-in frame. */
export const technologyRoutes: RouteObject[] = [
  {
    path: 'technologies',
    handle: crumb({ crumb: '关键技术', link: true }),
    children: [
      { index: true, element: guarded(<TechnologyListPage />) },
      { path: 'consortia', handle: crumb({ crumb: '创新联合体' }), element: guarded(<ConsortiumListPage />) },
      { path: 'platforms', handle: crumb({ crumb: '创新平台' }), element: guarded(<PlatformListPage />) },
      { path: 'summaries', handle: crumb({ crumb: '季度攻关成果' }), element: guarded(<SummaryPage />) },
    ],
  },
];
