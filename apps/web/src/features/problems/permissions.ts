import type { Me, Problem, ProblemLevel, ProblemState } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (problem.*) and the step rules of problems.service.ts, so
// only the steps a save can pass are offered; the server decides.

const isEditor = (me: Me) => hasRole(me, 'editor');
const isOffice = (me: Me) => me.organisationType === 'office';

/** Business users and chain leaders see the problems tied to them (administrators none). */
export function canSeeProblems(me: Me): boolean {
  return hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');
}

/** Coordination meetings are read within the user's chains; an enterprise has none to read. */
export function canSeeMeetings(me: Me): boolean {
  return hasRole(me, 'chainLeader', 'generalChainLeader') || (hasRole(me, 'editor', 'viewer') && me.organisationType !== 'enterprise');
}

/** problem.raise: any business editor (an enterprise, a city, a zone, a lead unit, the office). */
export const canRaiseProblem = (me: Me) => isEditor(me);

/** problem.handle: the responsible organisation, or the office for any. */
export const canHandleProblem = (me: Me, p: Pick<Problem, 'responsibleOrgId'>) =>
  isEditor(me) && (isOffice(me) || me.organisationId === p.responsibleOrgId);

/** problem.confirm: only the organisation that raised it rates the answer. */
export const canRateProblem = (me: Me, p: Pick<Problem, 'raisedByOrgId'>) => isEditor(me) && me.organisationId === p.raisedByOrgId;

export const OPEN_STATES: ProblemState[] = ['raised', 'accepted', 'inProgress', 'returned'];

export function nextLevel(level: ProblemLevel): Exclude<ProblemLevel, 'leadUnit'> | null {
  return level === 'leadUnit' ? 'chainLeader' : level === 'chainLeader' ? 'generalLeader' : null;
}

/** problem.escalate: the chain's lead unit lifts to the chain leader; only the office to the general chain leader. */
export function canEscalateProblem(me: Me, p: Pick<Problem, 'level' | 'state'>, chainLeadUnitId: number | null | undefined): boolean {
  const next = nextLevel(p.level);
  if (!next || !OPEN_STATES.includes(p.state) || !isEditor(me)) return false;
  if (isOffice(me)) return true;
  return next === 'chainLeader' && me.organisationType === 'leadUnit' && chainLeadUnitId === me.organisationId;
}

export type Step = 'accept' | 'return' | 'progress' | 'answer' | 'rate' | 'escalate';

/** The steps this user may take on this problem now, in the order they are offered. */
export function allowedSteps(me: Me, p: Problem, chainLeadUnitId: number | null | undefined): Step[] {
  const steps: Step[] = [];
  if (canHandleProblem(me, p)) {
    if (p.state === 'raised' || p.state === 'returned') steps.push('accept');
    if (p.state === 'raised') steps.push('return');
    if (p.state === 'accepted' || p.state === 'inProgress') steps.push('answer', 'progress');
  }
  if (p.state === 'answered' && canRateProblem(me, p)) steps.push('rate');
  if (canEscalateProblem(me, p, chainLeadUnitId)) steps.push('escalate');
  return steps;
}

/** problem.meeting: the chain's lead unit or the office record coordination meetings and decisions. */
export function canRecordMeeting(me: Me, chainLeadUnitId: number | null | undefined): boolean {
  return isEditor(me) && (isOffice(me) || (me.organisationType === 'leadUnit' && chainLeadUnitId === me.organisationId));
}

export const mayRecordMeetings = (me: Me) => isEditor(me) && (isOffice(me) || me.organisationType === 'leadUnit');

/** A decision's progress: whoever records meetings on the chain, or the decision's owner (or the office). */
export function canReportDecision(me: Me, chainLeadUnitId: number | null | undefined, ownerOrgId: number): boolean {
  return canRecordMeeting(me, chainLeadUnitId) || canHandleProblem(me, { responsibleOrgId: ownerOrgId });
}

/** problem.attach: the raiser's and the responsible organisation's editors add attachments (not the office as such). */
export const canAttachToProblem = (me: Me, p: Pick<Problem, 'raisedByOrgId' | 'responsibleOrgId'>) =>
  isEditor(me) && (me.organisationId === p.raisedByOrgId || me.organisationId === p.responsibleOrgId);
