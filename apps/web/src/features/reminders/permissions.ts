import type { Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

/** Reminders are business work (milestones, reports, problems, rounds): administrators have none. */
export const canSeeReminders = (me: Me) => hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');
