import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import { canSeeReminders } from './permissions';

function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const ReminderPage = page(() => import('./pages/ReminderPage'), 'ReminderPage');

/** 提醒: business users' due and overdue work. */
export const reminderRoutes: RouteObject[] = [
  {
    path: 'reminders',
    element: (
      <RequireRole allow={canSeeReminders}>
        <ReminderPage />
      </RequireRole>
    ),
  },
];
