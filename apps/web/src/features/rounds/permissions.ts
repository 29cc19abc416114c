import { type Chain, type Me, NEXT_ROUND_STATE, type Round } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (round) so actions show only where they can succeed.

type ChainTie = Pick<Chain, 'leadUnitId'>;

const isEditor = (me: Me) => hasRole(me, 'editor');
const isOffice = (me: Me) => me.organisationType === 'office';
const leads = (me: Me, chain: ChainTie | null | undefined) =>
  chain !== null && chain !== undefined && me.organisationType === 'leadUnit' && chain.leadUnitId === me.organisationId;

/** Business users and chain leaders see rounds. */
export const canSeeRounds = (me: Me) => hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');

/** The office opens rounds for any chain or all chains; a lead unit for the chains it leads. */
export const mayOpenRounds = (me: Me) => isEditor(me) && (isOffice(me) || me.organisationType === 'leadUnit');
export const canOpenRound = (me: Me, chain: ChainTie | null) => isEditor(me) && (isOffice(me) || leads(me, chain));

/** Scoring: the office or the chain's lead unit. */
export const canReview = (me: Me, chain: ChainTie | null | undefined) => isEditor(me) && (isOffice(me) || leads(me, chain));

/** 认定/不予认定 and publishing: the office. */
export const canDecide = (me: Me) => isEditor(me) && isOffice(me);

/** Declaring: whoever keeps the enterprise's record (office, its city or zone, the enterprise itself). */
export const canDeclare = (me: Me) => isEditor(me) && ['office', 'city', 'zone', 'enterprise'].includes(me.organisationType);

/** The next step of a round and whether this user may take it (open → review by lead unit or office; later by the office). */
export function nextStep(me: Me, round: Round, chain: ChainTie | null | undefined) {
  const to = NEXT_ROUND_STATE[round.state];
  if (!to) return null;
  const allowed = to === 'review' ? (round.chainId !== null ? canReview(me, chain) : canDecide(me)) : canDecide(me);
  return allowed ? to : null;
}
