import type { Me, Project } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/policy/policy.ts (project.*) so actions appear only where a save can
// succeed; the server decides. A project's chain lead unit is not part of the Project answer, so
// callers pass it (from the chain) where a rule needs it.

const isEditor = (me: Me) => hasRole(me, 'editor');
const isOffice = (me: Me) => me.organisationType === 'office';
const leadsChain = (me: Me, chainLeadUnitId: number | null | undefined) =>
  me.organisationType === 'leadUnit' && chainLeadUnitId !== null && chainLeadUnitId === me.organisationId;
const ownsPlace = (me: Me, p: Pick<Project, 'cityId' | 'zoneId'>) =>
  (me.organisationType === 'city' && p.cityId === me.organisationId) || (me.organisationType === 'zone' && p.zoneId === me.organisationId);

/** Who reads key projects: business users and chain leaders (administrators see no business data). */
export function canSeeProjects(me: Me): boolean {
  return hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');
}

/** The office, lead units and host cities and zones list projects (each within its own chains or place). */
export function canCreateProject(me: Me): boolean {
  return isEditor(me) && ['office', 'leadUnit', 'city', 'zone'].includes(me.organisationType);
}

/** project.write: the office, the chain's lead unit, the host city or zone. Also 调整类别. */
export function canWriteProject(me: Me, project: Pick<Project, 'cityId' | 'zoneId'>, chainLeadUnitId: number | null | undefined): boolean {
  return isEditor(me) && (isOffice(me) || leadsChain(me, chainLeadUnitId) || ownsPlace(me, project));
}

/** project.report: the office or the host city or zone. */
export function canReportProject(me: Me, project: Pick<Project, 'cityId' | 'zoneId'>): boolean {
  return isEditor(me) && (isOffice(me) || ownsPlace(me, project));
}

/** project.lead: the office or the chain's lead unit (示范性项目, 储备库推荐, 模式示范). */
export function canLeadProject(me: Me, chainLeadUnitId: number | null | undefined): boolean {
  return isEditor(me) && (isOffice(me) || leadsChain(me, chainLeadUnitId));
}

/** Whether the user may lead some chain at all (office or a lead unit's editor). */
export function mayLeadProjects(me: Me): boolean {
  return isEditor(me) && (isOffice(me) || me.organisationType === 'leadUnit');
}

/** project.reviewReserve: the office reviews 储备库 recommendations. */
export function canReviewReserve(me: Me): boolean {
  return isEditor(me) && isOffice(me);
}

/** project.recordVisit: lead units record their 入企服务. */
export function canRecordVisit(me: Me): boolean {
  return isEditor(me) && me.organisationType === 'leadUnit';
}

/** Only projects still in the pipeline report progress. */
export function reportsProgress(project: Pick<Project, 'class'>): boolean {
  return project.class === 'planning' || project.class === 'reserve' || project.class === 'underway';
}
