import type { Me } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (thinktank.*) so actions appear only where a save can
// succeed; the server decides.

const isEditor = (me: Me) => hasRole(me, 'editor');
const isOffice = (me: Me) => me.organisationType === 'office';
const leads = (me: Me, leadUnitId: number | null | undefined) => me.organisationType === 'leadUnit' && leadUnitId === me.organisationId;

/** The pool, groups, consultations, reports and pairings: business users and chain leaders. */
export const canSeeThinkTank = (me: Me) => hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');
/** An expert's own account: only their own page. */
export const isExpertOnly = (me: Me) => hasRole(me, 'expert') && !canSeeThinkTank(me);
/** The menu entry: readers, and experts for their own page. */
export const canUseThinkTank = (me: Me) => canSeeThinkTank(me) || hasRole(me, 'expert');

/** thinktank.keepExpert (roughly): the office, or a lead unit for its own chains. */
export const mayKeepExperts = (me: Me) => isEditor(me) && (isOffice(me) || me.organisationType === 'leadUnit');
/** thinktank.record: the office or the chain's lead unit. */
export const canRecord = (me: Me, leadUnitId: number | null | undefined) => isEditor(me) && (isOffice(me) || leads(me, leadUnitId));
export const mayRecord = (me: Me) => mayKeepExperts(me);
/** thinktank.publishGroup: the office. */
export const canPublish = (me: Me) => isEditor(me) && isOffice(me);
/** thinktank.linkAccount: the system administrator. */
export const canLinkAccounts = (me: Me) => hasRole(me, 'sysAdmin');
