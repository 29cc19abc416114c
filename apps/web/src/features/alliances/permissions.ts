import type { Chain, Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (alliance); the server decides anyway.

type ChainTie = Pick<Chain, 'leadUnitId'>;

/** Everyone with business data (and chain leaders) reads alliances in their chain scope; enterprises their own. */
export const canSeeAlliances = (me: Me) => hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');

/** The office and the chain's lead unit set up alliances and keep their members. */
export function canManageAlliance(me: Me, chain: ChainTie | null | undefined): boolean {
  if (!hasRole(me, 'editor')) return false;
  if (me.organisationType === 'office') return true;
  return me.organisationType === 'leadUnit' && chain !== null && chain !== undefined && chain.leadUnitId === me.organisationId;
}

/** Whether the user could set up some alliance (for the 新建 button). */
export const mayCreateAlliances = (me: Me) => hasRole(me, 'editor') && ['office', 'leadUnit'].includes(me.organisationType);

/** Activities and documents: the managers, and the leading chain master's own editors. */
export function canWorkAlliance(me: Me, chain: ChainTie | null | undefined, leaderOrgId: number | null | undefined): boolean {
  return (
    canManageAlliance(me, chain) ||
    (hasRole(me, 'editor') && me.organisationType === 'enterprise' && leaderOrgId !== null && leaderOrgId === me.organisationId)
  );
}
