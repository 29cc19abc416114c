import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { CrumbHandle } from '../../app/crumbs';
import { RequireRole } from '../../app/RequireRole';
import { canSeeChainMap } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const ChainMapPage = page(() => import('./pages/ChainMapPage'), 'ChainMapPage');

const crumb = (handle: CrumbHandle) => handle;

/** 产业链图谱, inside the signed-in frame; the page is its own chunk and its chart another. */
export const chainMapRoutes: RouteObject[] = [
  {
    path: 'chain-map',
    handle: crumb({ crumb: '产业链图谱' }),
    element: (
      <RequireRole allow={canSeeChainMap}>
        <ChainMapPage />
      </RequireRole>
    ),
  },
];
