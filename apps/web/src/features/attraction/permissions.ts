import type { Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (attraction.*) so actions appear only where a save can
// succeed; the server decides.

const isEditor = (me: Me) => hasRole(me, 'editor');
const isOffice = (me: Me) => me.organisationType === 'office';

/** Leads and targets are read like enterprises: business users and chain leaders, each within scope. */
export function canSeeAttraction(me: Me): boolean {
  return hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');
}

/** Host-zone proposals are read within the user's chains; an enterprise has none. */
export function canSeeHostZones(me: Me): boolean {
  return hasRole(me, 'chainLeader', 'generalChainLeader') || (hasRole(me, 'editor', 'viewer') && me.organisationType !== 'enterprise');
}

/** attraction.writeLead: the office, or the city or zone the lead is placed in. */
export function canWriteLead(me: Me, lead: { cityId: number; zoneId: number | null }): boolean {
  if (!isEditor(me)) return false;
  if (isOffice(me)) return true;
  return (
    (me.organisationType === 'city' && lead.cityId === me.organisationId) ||
    (me.organisationType === 'zone' && lead.zoneId === me.organisationId)
  );
}

/** Whether the user may register leads at all (登记线索). */
export const mayWriteLeads = (me: Me) => isEditor(me) && ['office', 'city', 'zone'].includes(me.organisationType);

/** attraction.propose: the chain's lead unit (or the office) recommends host zones. */
export function canPropose(me: Me, chainLeadUnitId: number | null | undefined): boolean {
  return isEditor(me) && (isOffice(me) || (me.organisationType === 'leadUnit' && chainLeadUnitId === me.organisationId));
}
export const mayPropose = (me: Me) => isEditor(me) && (isOffice(me) || me.organisationType === 'leadUnit');

/** attraction.giveOpinion: each named unit for itself; the office records any on their behalf. */
export const canGiveOpinion = (me: Me, organisationId: number) => isEditor(me) && (isOffice(me) || me.organisationId === organisationId);

/** attraction.decide: the office decides and publishes. */
export const canDecide = (me: Me) => isEditor(me) && isOffice(me);

/** attraction.setTarget: a city for itself and its zones; the office any. */
export function canSetTarget(me: Me, org: { id: number; parentId: number | null }): boolean {
  return (
    isEditor(me) &&
    (isOffice(me) || (me.organisationType === 'city' && (org.id === me.organisationId || org.parentId === me.organisationId)))
  );
}
export const maySetTargets = (me: Me) => isEditor(me) && (isOffice(me) || me.organisationType === 'city');

/** attraction.setMasterTarget: a chain master's own target, set by the office, its city or the enterprise itself. */
export function canSetMasterTarget(me: Me, master: { cityId: number; organisationId: number | null }): boolean {
  return (
    isEditor(me) &&
    (isOffice(me) ||
      (me.organisationType === 'city' && master.cityId === me.organisationId) ||
      (me.organisationType === 'enterprise' && master.organisationId === me.organisationId))
  );
}
export const maySetMasterTargets = (me: Me) => isEditor(me) && ['office', 'city', 'enterprise'].includes(me.organisationType);
