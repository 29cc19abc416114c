import type { Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors policy.chainMap in apps/api/src/policy/policy.ts so actions appear only where a save can
// succeed; the server decides.

const isEditor = (me: Me) => hasRole(me, 'editor');
const isOffice = (me: Me) => me.organisationType === 'office';

/** The map follows the chain's business scope: business users (not an enterprise) and chain leaders. */
export const canSeeChainMap = (me: Me) =>
  hasRole(me, 'chainLeader', 'generalChainLeader') || (hasRole(me, 'editor', 'viewer') && me.organisationType !== 'enterprise');

/** chainMap.editSegments / keepCandidates: the chain's lead unit and the office. */
export const canEditSegments = (me: Me, chainLeadUnitId: number | null | undefined) =>
  isEditor(me) && (isOffice(me) || (me.organisationType === 'leadUnit' && chainLeadUnitId === me.organisationId));

/** chainMap.configure: the office sets the gap thresholds. */
export const canConfigureGaps = (me: Me) => isEditor(me) && isOffice(me);

/** Turning a candidate into a lead is registering a lead: the office, a city or a zone. */
export const mayConvertCandidates = (me: Me) => isEditor(me) && ['office', 'city', 'zone'].includes(me.organisationType);

/** chainMap.placeEnterprise: the chain's lead unit, or the office, city or zone keeping the enterprise's record. */
export const mayPlaceEnterprises = (me: Me) => isEditor(me) && ['office', 'leadUnit', 'city', 'zone'].includes(me.organisationType);
