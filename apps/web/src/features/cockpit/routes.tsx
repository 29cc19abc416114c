import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { CrumbHandle } from '../../app/crumbs';
import { RequireRole } from '../../app/RequireRole';
import { canSeeCockpit } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const CockpitPage = page(() => import('./pages/CockpitPage'), 'CockpitPage');

const crumb = (handle: CrumbHandle) => handle;

/** 驾驶舱, inside the signed-in frame; the page is its own chunk and its charts another. */
export const cockpitRoutes: RouteObject[] = [
  {
    path: 'cockpit',
    handle: crumb({ crumb: '驾驶舱' }),
    element: (
      <RequireRole allow={canSeeCockpit}>
        <CockpitPage />
      </RequireRole>
    ),
  },
];
