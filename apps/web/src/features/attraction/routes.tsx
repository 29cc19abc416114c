import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { CrumbHandle } from '../../app/crumbs';
import { RequireRole } from '../../app/RequireRole';
import { LeadCrumb } from './components/LeadCrumb';
import { canSeeAttraction, canSeeHostZones } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LeadListPage = page(() => import('./pages/LeadListPage'), 'LeadListPage');
const LeadDetailPage = page(() => import('./pages/LeadDetailPage'), 'LeadDetailPage');
const ProgressPage = page(() => import('./pages/ProgressPage'), 'ProgressPage');
const AttractionPlansPage = page(() => import('./pages/AttractionPlansPage'), 'AttractionPlansPage');
const HostZonesPage = page(() => import('./pages/HostZonesPage'), 'HostZonesPage');
const PublicHostZonesPage = page(() => import('./pages/PublicHostZonesPage'), 'PublicHostZonesPage');

const crumb = (handle: CrumbHandle) => handle;

/** 招商引资, inside the signed-in frame. */
export const attractionRoutes: RouteObject[] = [
  {
    path: 'attraction',
    handle: crumb({ crumb: '招商引资', link: true }),
    children: [
      {
        index: true,
        element: (
          <RequireRole allow={canSeeAttraction}>
            <LeadListPage />
          </RequireRole>
        ),
      },
      {
        path: 'leads/:id',
        handle: crumb({ crumb: (params) => <LeadCrumb id={params.id} /> }),
        element: (
          <RequireRole allow={canSeeAttraction}>
            <LeadDetailPage />
          </RequireRole>
        ),
      },
      {
        path: 'progress',
        handle: crumb({ crumb: '目标进度' }),
        element: (
          <RequireRole allow={canSeeAttraction}>
            <ProgressPage />
          </RequireRole>
        ),
      },
      {
        path: 'plans',
        handle: crumb({ crumb: '招商方案与目标' }),
        element: (
          <RequireRole allow={canSeeAttraction}>
            <AttractionPlansPage />
          </RequireRole>
        ),
      },
      {
        path: 'host-zones',
        handle: crumb({ crumb: '承载示范开发区' }),
        element: (
          <RequireRole allow={canSeeHostZones}>
            <HostZonesPage />
          </RequireRole>
        ),
      },
    ],
  },
];

/** The public list of host zones: outside the login guard, no frame. */
export const publicAttractionRoutes: RouteObject[] = [{ path: '/public/host-zones', element: <PublicHostZonesPage /> }];
