import type { Me, Role } from '@chainboard/contracts';

export function hasRole(me: Me, ...roles: Role[]): boolean {
  return me.roles.some((role) => roles.includes(role));
}

/** The chain list is public reference data for business users, chain leaders and the system administrator. */
export function canSeeChains(me: Me): boolean {
  return hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader', 'sysAdmin');
}

export const canManageOrganisations = (me: Me) => hasRole(me, 'sysAdmin');
export const canSeeUsers = (me: Me) => hasRole(me, 'sysAdmin', 'securityAdmin');
export const canManageUsers = (me: Me) => hasRole(me, 'sysAdmin');
export const canGrantRoles = (me: Me) => hasRole(me, 'securityAdmin');
export const canReadAudit = (me: Me) => hasRole(me, 'auditAdmin');

/** Where to land after login: the first page the user's roles open. */
export function homePath(me: Me): string {
  // the office and the general chain leader land on the province cockpit
  if (hasRole(me, 'generalChainLeader') || (hasRole(me, 'editor', 'viewer') && me.organisationType === 'office')) return '/cockpit';
  if (canSeeChains(me)) return '/chains';
  // an expert's own account has one page: what the expert takes part in
  if (hasRole(me, 'expert')) return '/thinktank/mine';
  if (canSeeUsers(me)) return '/admin/users';
  if (canReadAudit(me)) return '/admin/audit';
  return '/chains';
}
