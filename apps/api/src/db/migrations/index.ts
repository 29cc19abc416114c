import type { Migration } from 'kysely';
import * as foundation from './202611271200_foundation.js';
import * as enterprises from './202611272100_enterprises.js';
import * as alliances from './202611272200_alliances.js';
import * as projects from './202611272300_projects.js';
import * as attraction from './202611280000_attraction.js';
import * as problems from './202611280100_problems.js';
import * as plans from './202611280200_plans.js';
import * as workReports from './202611280300_work_reports.js';
import * as coordination from './202611280400_coordination.js';
import * as segments from './202611290000_segments.js';
import * as thinkTank from './202611290100_think_tank.js';
import * as fundsPolicies from './202611290200_funds_policies.js';
import * as technologies from './202611290300_technologies.js';
import * as chainMap from './202611290400_chain_map.js';
import * as cockpit from './202611290500_cockpit.js';
import * as planningDocuments from './202611290600_planning_documents.js';
import * as figureIndexes from './202611300000_figure_indexes.js';
import * as chainSpanIndex from './202612040000_chain_span_index.js';
import * as timeHistory from './202612080000_time_history.js';
import * as planVersions from './202612080100_plan_versions.js';
import * as segmentHistory from './202612080200_segment_history.js';
import * as auditHead from './202612080900_audit_head.js';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '202611271200_foundation': foundation,
  '202611272100_enterprises': enterprises,
  '202611272200_alliances': alliances,
  '202611272300_projects': projects,
  '202611280000_attraction': attraction,
  '202611280100_problems': problems,
  '202611280200_plans': plans,
  '202611280300_work_reports': workReports,
  '202611280400_coordination': coordination,
  '202611290000_segments': segments,
  '202611290200_funds_policies': fundsPolicies,
  '202611290400_chain_map': chainMap,
  '202611290100_think_tank': thinkTank,
  '202611290300_technologies': technologies,
  '202611290600_planning_documents': planningDocuments,
  '202611290500_cockpit': cockpit,
  '202611300000_figure_indexes': figureIndexes,
  '202612040000_chain_span_index': chainSpanIndex,
  '202612080000_time_history': timeHistory,
  '202612080100_plan_versions': planVersions,
  '202612080200_segment_history': segmentHistory,
  '202612080900_audit_head': auditHead,
};
