import type { Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (coordination.*) so actions appear only where a save can
// succeed; the server decides.

const isEditor = (me: Me) => hasRole(me, 'editor');
const isOffice = (me: Me) => me.organisationType === 'office';

/** coordination.read: matchmaking events are working facts for every business user and the chain leaders. */
export const canSeeCoordination = (me: Me) => hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');

/** Forging contacts are read by business users (within their unit) and the general chain leader. */
export const canSeeContacts = (me: Me) => hasRole(me, 'editor', 'viewer', 'generalChainLeader');

/** coordination.organise: the 综改区 and each city record their own events; the office any. */
export const canOrganise = (me: Me, organiserId: number) =>
  isEditor(me) && (isOffice(me) || (me.organisationType === 'city' && me.organisationId === organiserId));
export const mayOrganise = (me: Me) => isEditor(me) && (isOffice(me) || me.organisationType === 'city');

/** coordination.forge: a lead unit records contacts on its own chains; the office any. */
export const canForge = (me: Me, chain: { leadUnitId: number | null }) =>
  isEditor(me) && (isOffice(me) || (me.organisationType === 'leadUnit' && chain.leadUnitId === me.organisationId));
export const mayForge = (me: Me) => isEditor(me) && (isOffice(me) || me.organisationType === 'leadUnit');
