import type { Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors policy.cockpit in apps/api/src/policy/policy.ts, so the menu and buttons show only what
// the server will answer; the server decides.

const isBusiness = (me: Me) => hasRole(me, 'editor', 'viewer');

/** The province at a glance: the office and the general chain leader. */
export const canSeeProvinceCockpit = (me: Me) => hasRole(me, 'generalChainLeader') || (isBusiness(me) && me.organisationType === 'office');

/** Someone with a cockpit of their own: the province, a lead unit or chain leader (their chains), a city (itself). */
export const canSeeCockpit = (me: Me) =>
  canSeeProvinceCockpit(me) ||
  hasRole(me, 'chainLeader') ||
  (isBusiness(me) && (me.organisationType === 'leadUnit' || me.organisationType === 'city'));

export const canSeeRanking = (me: Me) =>
  canSeeProvinceCockpit(me) || hasRole(me, 'chainLeader') || (isBusiness(me) && me.organisationType === 'leadUnit');

export const canTakeSnapshot = (me: Me) => hasRole(me, 'editor') && me.organisationType === 'office';
