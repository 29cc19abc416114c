import type { Enterprise, Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (enterprise) so actions show only where a save can succeed;
// the server decides anyway.

/** Business users and chain leaders read the register (each in their own scope). */
export function canSeeEnterprises(me: Me): boolean {
  return hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');
}

/** The office, and cities and zones for enterprises in their place, keep the register. */
export function canCreateEnterprise(me: Me): boolean {
  return hasRole(me, 'editor') && ['office', 'city', 'zone'].includes(me.organisationType);
}

/** Who may edit, confirm and report for one enterprise: the office, its city or zone, or the enterprise itself. */
export function canEditEnterprise(me: Me, e: Pick<Enterprise, 'cityId' | 'zoneId' | 'organisationId'>): boolean {
  if (!hasRole(me, 'editor')) return false;
  switch (me.organisationType) {
    case 'office':
      return true;
    case 'city':
      return e.cityId === me.organisationId;
    case 'zone':
      return e.zoneId === me.organisationId;
    case 'enterprise':
      return e.organisationId === me.organisationId;
    default:
      return false;
  }
}

/**
 * The register's facts (信用代码, 名称, 所在地, 所属产业链): the office and the city or zone where it sits.
 * An enterprise keeps only its own contact details and main products.
 */
export function canEditFacts(me: Me, e: Pick<Enterprise, 'cityId' | 'zoneId'>): boolean {
  if (!hasRole(me, 'editor')) return false;
  if (me.organisationType === 'office') return true;
  return (
    (me.organisationType === 'city' && e.cityId === me.organisationId) || (me.organisationType === 'zone' && e.zoneId === me.organisationId)
  );
}

/** Honours are recorded by those who keep the register, not claimed by the enterprise itself. */
export const canRecordHonour = canEditFacts;

/** Whether the user could edit some enterprise, so the list needs an 操作 column. */
export function mayEditEnterprises(me: Me): boolean {
  return hasRole(me, 'editor') && ['office', 'city', 'zone', 'enterprise'].includes(me.organisationType);
}

/** Tiers change through rounds; only the office corrects them directly (and imports them). */
export function canSetTier(me: Me): boolean {
  return hasRole(me, 'editor') && me.organisationType === 'office';
}

/** Figures may be imported by whoever reports them (each row is checked on the server). */
export const canImportFigures = mayEditEnterprises;
