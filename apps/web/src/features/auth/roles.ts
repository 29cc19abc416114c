import type { Me, Role } from '@chainboard/contracts';

export function hasRole(me: Me, ...roles: Role[]): boolean {
  return me.roles.some((role) => roles.includes(role));
}

/** The audit administrator sees nothing but the audit log (separation of duties). */
export function isAuditAdminOnly(me: Me): boolean {
  return me.roles.length > 0 && me.roles.every((role) => role === 'auditAdmin');
}

export function canSeeChains(me: Me): boolean {
  return !isAuditAdminOnly(me);
}

export const canManageOrganisations = (me: Me) => hasRole(me, 'sysAdmin');
export const canSeeUsers = (me: Me) => hasRole(me, 'sysAdmin', 'securityAdmin');
export const canManageUsers = (me: Me) => hasRole(me, 'sysAdmin');
export const canGrantRoles = (me: Me) => hasRole(me, 'securityAdmin');
export const canReadAudit = (me: Me) => hasRole(me, 'auditAdmin');

/** Where to land after login: the first page the user's roles open. */
export function homePath(me: Me): string {
  if (canSeeChains(me)) return '/chains';
  if (canReadAudit(me)) return '/admin/audit';
  return '/chains';
}
