import type { Me, OrgType } from '@chainboard/contracts';
import { hasRole } from '../auth/roles';

// Mirrors apps/api/src/modules/plans (plans.service.ts, work-reports.service.ts, quarterly-report.ts)
// so actions appear only where a save can succeed; the server decides.

const isEditor = (me: Me) => hasRole(me, 'editor');
const isBusiness = (me: Me) => hasRole(me, 'editor', 'viewer');
const isOffice = (me: Me) => me.organisationType === 'office';

/** The plan names units as groups ("各链长牵头单位") or by name; this is who each group is (as the server has it). */
const GROUPS: Record<string, OrgType> = {
  省链长办: 'office',
  各链长牵头单位: 'leadUnit',
  相关链长牵头单位: 'leadUnit',
  各市政府: 'city',
  各市人民政府: 'city',
  综改示范区: 'city',
  各有关园区: 'zone',
  '各“链主”企业': 'enterprise',
  链长制领导小组成员单位: 'memberUnit',
  链长制领导小组其他成员单位: 'memberUnit',
  各有关部门: 'memberUnit',
};

export function isResponsible(me: Me, responsible: string[]): boolean {
  return responsible.some((r) => r === me.organisationName || GROUPS[r] === me.organisationType);
}

export const canSeePlans = (me: Me) => hasRole(me, 'editor', 'viewer', 'chainLeader', 'generalChainLeader');

/** 报告完成: an editor of a responsible unit, until the office has confirmed. */
export const canReportMilestone = (me: Me, m: { responsible: string[]; state: string }) =>
  isEditor(me) && m.state !== 'confirmed' && isResponsible(me, m.responsible);

/** 确认: the office confirms what was reported. */
export const canConfirmMilestone = (me: Me, m: { state: string }) => isEditor(me) && isOffice(me) && m.state === 'reported';

/** plan.amend: the office's editors change a target's value (a new version of the plan). */
export const canAmendPlan = (me: Me) => isEditor(me) && isOffice(me);

const REPORTING: OrgType[] = ['memberUnit', 'leadUnit'];

/** Work reports: member and lead units read their own, the office all. */
export const canSeeWorkReports = (me: Me) => isBusiness(me) && (isOffice(me) || REPORTING.includes(me.organisationType));
export const canSubmitWorkReport = (me: Me) => isEditor(me) && REPORTING.includes(me.organisationType);
export const canSeeSubmissionStatus = (me: Me) => isBusiness(me) && isOffice(me);

/** The quarterly report is drafted and read by the office (and the general chain leader). */
export const canSeeQuarterlyReport = (me: Me) => (isBusiness(me) && isOffice(me)) || hasRole(me, 'generalChainLeader');

/** plan.editQuarterlyReport: the office's editors write the report's words. */
export const canEditQuarterlyReport = (me: Me) => isEditor(me) && isOffice(me);
