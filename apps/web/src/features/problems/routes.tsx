import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { CrumbHandle } from '../../app/crumbs';
import { RequireRole } from '../../app/RequireRole';
import { MeetingCrumb, ProblemCrumb } from './components/Crumbs';
import { canSeeMeetings, canSeeProblems } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const ProblemListPage = page(() => import('./pages/ProblemListPage'), 'ProblemListPage');
const ProblemDetailPage = page(() => import('./pages/ProblemDetailPage'), 'ProblemDetailPage');
const MeetingListPage = page(() => import('./pages/MeetingListPage'), 'MeetingListPage');
const MeetingDetailPage = page(() => import('./pages/MeetingDetailPage'), 'MeetingDetailPage');

const crumb = (handle: CrumbHandle) => handle;

/** 问题清单 and 链长协调会, inside the signed-in frame. */
export const problemRoutes: RouteObject[] = [
  {
    path: 'problems',
    handle: crumb({ crumb: '问题清单', link: true }),
    children: [
      {
        index: true,
        element: (
          <RequireRole allow={canSeeProblems}>
            <ProblemListPage />
          </RequireRole>
        ),
      },
      {
        path: ':id',
        handle: crumb({ crumb: (params) => <ProblemCrumb id={params.id} /> }),
        element: (
          <RequireRole allow={canSeeProblems}>
            <ProblemDetailPage />
          </RequireRole>
        ),
      },
    ],
  },
  {
    path: 'meetings',
    handle: crumb({ crumb: '链长协调会', link: true }),
    children: [
      {
        index: true,
        element: (
          <RequireRole allow={canSeeMeetings}>
            <MeetingListPage />
          </RequireRole>
        ),
      },
      {
        path: ':id',
        handle: crumb({ crumb: (params) => <MeetingCrumb id={params.id} /> }),
        element: (
          <RequireRole allow={canSeeMeetings}>
            <MeetingDetailPage />
          </RequireRole>
        ),
      },
    ],
  },
];
