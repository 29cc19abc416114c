import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { CrumbHandle } from '../../app/crumbs';
import { RequireRole } from '../../app/RequireRole';
import { canSeePlans, canSeeQuarterlyReport, canSeeWorkReports } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const PlanPage = page(() => import('./pages/PlanPage'), 'PlanPage');
const WorkReportsPage = page(() => import('./pages/WorkReportsPage'), 'WorkReportsPage');
const PlanningDocumentsPage = page(() => import('./pages/PlanningDocumentsPage'), 'PlanningDocumentsPage');
const QuarterlyReportPage = page(() => import('./pages/QuarterlyReportPage'), 'QuarterlyReportPage');

const crumb = (handle: CrumbHandle) => handle;

/** 年度计划, 工作报送 and 季度报告, inside the signed-in frame. */
export const planRoutes: RouteObject[] = [
  {
    path: 'plans',
    handle: crumb({ crumb: '年度计划', link: true }),
    children: [
      {
        index: true,
        element: (
          <RequireRole allow={canSeePlans}>
            <PlanPage />
          </RequireRole>
        ),
      },
      {
        path: ':year',
        handle: crumb({ crumb: (params) => `${params.year ?? ''}年` }),
        element: (
          <RequireRole allow={canSeePlans}>
            <PlanPage />
          </RequireRole>
        ),
      },
      {
        path: ':year/documents',
        handle: crumb({ crumb: (params) => `${params.year ?? ''}年规划文件` }),
        element: (
          <RequireRole allow={canSeePlans}>
            <PlanningDocumentsPage />
          </RequireRole>
        ),
      },
    ],
  },
  {
    path: 'work-reports',
    element: (
      <RequireRole allow={canSeeWorkReports}>
        <WorkReportsPage />
      </RequireRole>
    ),
  },
  {
    path: 'quarterly-reports',
    element: (
      <RequireRole allow={canSeeQuarterlyReport}>
        <QuarterlyReportPage />
      </RequireRole>
    ),
  },
];
