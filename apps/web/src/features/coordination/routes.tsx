import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { CrumbHandle } from '../../app/crumbs';
import { RequireRole } from '../../app/RequireRole';
import { canSeeContacts, canSeeCoordination } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const EventListPage = page(() => import('./pages/EventListPage'), 'EventListPage');
const EventDetailPage = page(() => import('./pages/EventDetailPage'), 'EventDetailPage');
const ContactListPage = page(() => import('./pages/ContactListPage'), 'ContactListPage');

const crumb = (handle: CrumbHandle) => handle;

/** 协作配套: matchmaking events and the lead units' forging contacts with zones. */
export const coordinationRoutes: RouteObject[] = [
  {
    path: 'coordination',
    handle: crumb({ crumb: '协作配套', link: true }),
    children: [
      {
        index: true,
        element: (
          <RequireRole allow={canSeeCoordination}>
            <EventListPage />
          </RequireRole>
        ),
      },
      {
        path: 'events/:id',
        handle: crumb({ crumb: '活动详情' }),
        element: (
          <RequireRole allow={canSeeCoordination}>
            <EventDetailPage />
          </RequireRole>
        ),
      },
      {
        path: 'forging',
        handle: crumb({ crumb: '园区锻造' }),
        element: (
          <RequireRole allow={canSeeContacts}>
            <ContactListPage />
          </RequireRole>
        ),
      },
    ],
  },
];
