import type { Reminder, ReminderList } from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';

export type { Reminder };
export type Reminders = z.infer<typeof ReminderList>;

/** What is due and overdue for the user's organisation, computed by the server on every call. */
export const listReminders = () => api.get<Reminders>('/api/reminders');
