import type { Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (technology.*) so actions appear only where a save can
// succeed; the server decides.

/** Business users and chain leaders read key technologies within their chains (an enterprise what it takes part in). */
export function canSeeTechnologies(me: Me): boolean {
  return hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');
}

/** technology.write: the office, the chain's lead unit, the science department (a member unit). */
export function canWriteTechnology(me: Me, chainLeadUnitId: number | null | undefined): boolean {
  if (!hasRole(me, 'editor')) return false;
  return (
    me.organisationType === 'office' ||
    me.organisationType === 'memberUnit' ||
    (me.organisationType === 'leadUnit' && chainLeadUnitId === me.organisationId)
  );
}

/** Whether the user may add records at all (新增 buttons). */
export const mayWriteTechnologies = (me: Me) => hasRole(me, 'editor') && ['office', 'memberUnit', 'leadUnit'].includes(me.organisationType);
