import type { Chain, Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (supportPolicy.*) so actions appear only where a save can
// succeed; the server decides.

const isEditor = (me: Me) => hasRole(me, 'editor');
const isOffice = (me: Me) => me.organisationType === 'office';

/** Policies are read by business users and chain leaders, each within scope. */
export const canSeePolicies = (me: Me) => hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');

/** Who may register a policy at all: the office, and lead units for their chains. */
export const mayCreatePolicy = (me: Me) => isEditor(me) && (isOffice(me) || me.organisationType === 'leadUnit');

/** supportPolicy.keep: the office, or the lead unit of every chain the policy applies to. */
export function canKeepPolicy(me: Me, policyChainIds: number[], chains: Pick<Chain, 'id' | 'leadUnitId'>[]): boolean {
  if (!isEditor(me)) return false;
  if (isOffice(me)) return true;
  return (
    me.organisationType === 'leadUnit' &&
    policyChainIds.length > 0 &&
    policyChainIds.every((id) => chains.find((c) => c.id === id)?.leadUnitId === me.organisationId)
  );
}
