import type { Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (fund.*) so actions appear only where a save can succeed;
// the server decides.

const isEditor = (me: Me) => hasRole(me, 'editor');
const isOffice = (me: Me) => me.organisationType === 'office';

/** Funds are public to every business user and the chain leaders. */
export const canSeeFunds = (me: Me) => hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');

/** fund.create: the office and the member units register funds. */
export const mayCreateFund = (me: Me) => isEditor(me) && (isOffice(me) || me.organisationType === 'memberUnit');

/** fund.keep: the office, and the member unit in charge of the fund. */
export const canKeepFund = (me: Me, fund: { keeperOrgId: number | null }) =>
  isEditor(me) && (isOffice(me) || (me.organisationType === 'memberUnit' && fund.keeperOrgId === me.organisationId));

/** attraction.writeLead: the office, a city or a zone turns an investment into a lead in its place. */
export const mayWriteLeads = (me: Me) => isEditor(me) && ['office', 'city', 'zone'].includes(me.organisationType);
