import type { Generated, Kysely } from 'kysely';

/** Timestamps are ISO 8601 strings on both databases (see dialect.ts). */
type Ts = string;

export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  type: string;
  parent_id: number | null;
  retired: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  organisation_id: number;
  password_hash: string;
  must_change_password: boolean;
  failed_attempts: number;
  locked_until: Ts | null;
  disabled: boolean;
  last_login_at: Ts | null;
  created_at: Ts;
  updated_at: Ts;
}

export interface UserRolesTable {
  user_id: number;
  role: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked table does not leak live sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  ip: string | null;
  created_at: Ts;
  last_seen_at: Ts;
}

export interface ChainsTable {
  id: Generated<number>;
  code: string;
  name: string;
  batch: number;
  status: string;
  leader_name: string | null;
  leader_post: string | null;
  leader_user_id: number | null;
  lead_unit_id: number | null;
  notes: string | null;
  created_at: Ts;
  updated_at: Ts;
}

/** A chain's status over time (reserve → key → retired): valid_to exclusive, null while it holds. */
export interface ChainStatusHistoryTable {
  id: Generated<number>;
  chain_id: number;
  status: string;
  valid_from: string;
  valid_to: string | null;
  recorded_at: Ts;
  recorded_by: string | null;
}

export interface ChainHostsTable {
  chain_id: number;
  organisation_id: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Ts;
  actor_user_id: number | null;
  actor_username: string | null;
  organisation_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
  prev_mac: string;
  mac: string;
}

/** The audit chain's head, one row (id 1): see modules/audit/audit-head.ts. */
export interface AuditHeadTable {
  id: number;
  last_id: number;
  row_count: number;
  last_mac: string;
  key_fingerprint: string | null;
  at: string;
  signature: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  chains: ChainsTable;
  chain_status_history: ChainStatusHistoryTable;
  chain_hosts: ChainHostsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  settings: SettingsTable;
  enterprises: EnterprisesTable;
  enterprise_chains: EnterpriseChainsTable;
  enterprise_segment_history: EnterpriseSegmentHistoryTable;
  enterprise_tiers: EnterpriseTiersTable;
  enterprise_honours: EnterpriseHonoursTable;
  enterprise_figures: EnterpriseFiguresTable;
  evaluation_rounds: EvaluationRoundsTable;
  declarations: DeclarationsTable;
  alliances: AlliancesTable;
  alliance_members: AllianceMembersTable;
  alliance_activities: AllianceActivitiesTable;
  documents: DocumentsTable;
  document_items: DocumentItemsTable;
  projects: ProjectsTable;
  project_events: ProjectEventsTable;
  project_class_history: ProjectClassHistoryTable;
  project_reports: ProjectReportsTable;
  mode_demonstrations: ModeDemonstrationsTable;
  fund_reserve: FundReserveTable;
  visits: VisitsTable;
  visit_targets: VisitTargetsTable;
  host_zone_proposals: HostZoneProposalsTable;
  proposal_opinions: ProposalOpinionsTable;
  attraction_targets: AttractionTargetsTable;
  leads: LeadsTable;
  lead_events: LeadEventsTable;
  problems: ProblemsTable;
  problem_events: ProblemEventsTable;
  meetings: MeetingsTable;
  meeting_agenda: MeetingAgendaTable;
  meeting_decisions: MeetingDecisionsTable;
  plans: PlansTable;
  plan_targets: PlanTargetsTable;
  plan_tasks: PlanTasksTable;
  plan_milestones: PlanMilestonesTable;
  plan_versions: PlanVersionsTable;
  work_reports: WorkReportsTable;
  matchmaking_events: MatchmakingEventsTable;
  event_chains: EventChainsTable;
  event_participants: EventParticipantsTable;
  signings: SigningsTable;
  forging_contacts: ForgingContactsTable;
  funds: FundsTable;
  fund_chains: FundChainsTable;
  fund_cooperations: FundCooperationsTable;
  fund_investments: FundInvestmentsTable;
  fund_investment_events: FundInvestmentEventsTable;
  policies: PoliciesTable;
  policy_chains: PolicyChainsTable;
  policy_grants: PolicyGrantsTable;
  experts: ExpertsTable;
  expert_chains: ExpertChainsTable;
  expert_groups: ExpertGroupsTable;
  expert_group_members: ExpertGroupMembersTable;
  consultations: ConsultationsTable;
  consultation_experts: ConsultationExpertsTable;
  consultation_enterprises: ConsultationEnterprisesTable;
  expert_reports: ExpertReportsTable;
  expert_report_authors: ExpertReportAuthorsTable;
  expert_pairings: ExpertPairingsTable;
  pairing_services: PairingServicesTable;
  chain_segments: ChainSegmentsTable;
  cockpit_snapshots: CockpitSnapshotsTable;
  segment_events: SegmentEventsTable;
  chain_candidates: ChainCandidatesTable;
  key_technologies: KeyTechnologiesTable;
  technology_enterprises: TechnologyEnterprisesTable;
  innovation_consortia: InnovationConsortiaTable;
  consortium_members: ConsortiumMembersTable;
  consortium_technologies: ConsortiumTechnologiesTable;
  innovation_platforms: InnovationPlatformsTable;
  breakthrough_summaries: BreakthroughSummariesTable;
  plan_document_requirements: PlanDocumentRequirementsTable;
  planning_documents: PlanningDocumentsTable;
  quarterly_report_texts: QuarterlyReportTextsTable;
}

export type DatabaseKind = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface EnterprisesTable {
  id: Generated<number>;
  credit_code: string;
  name: string;
  city_id: number;
  zone_id: number | null;
  address: string | null;
  legal_representative: string | null;
  contact_person: string | null;
  contact_phone: string | null;
  main_products: string | null;
  owner_org_id: number;
  organisation_id: number | null;
  last_confirmed_at: Ts;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface EnterpriseChainsTable {
  enterprise_id: number;
  chain_id: number;
  stage: string | null;
  segment_id: number | null;
}

/** Where an enterprise sits on a chain's map over time: valid_to exclusive, null while it holds. */
export interface EnterpriseSegmentHistoryTable {
  id: Generated<number>;
  enterprise_id: number;
  chain_id: number;
  segment_id: number;
  valid_from: string;
  valid_to: string | null;
  recorded_at: Ts;
}

export interface EnterpriseTiersTable {
  id: Generated<number>;
  enterprise_id: number;
  chain_id: number;
  tier: string;
  valid_from: string;
  valid_to: string | null;
  round_id: number | null;
  created_at: Ts;
}

export interface EnterpriseHonoursTable {
  id: Generated<number>;
  enterprise_id: number;
  kind: string;
  level: string;
  year: number;
  revoked_on: string | null;
  note: string | null;
  created_at: Ts;
}

type FigureColumns = { revenue: number; output: number; tax: number; rd_spending: number; employees: number; investment: number };

export interface EnterpriseFiguresTable extends FigureColumns {
  enterprise_id: number;
  period: string;
  reported_at: Ts;
  reported_by: number | null;
}

export interface EvaluationRoundsTable {
  id: Generated<number>;
  kind: string;
  period: string;
  chain_id: number | null;
  title: string;
  opens_on: string;
  closes_on: string;
  effective_on: string;
  criteria: string | null;
  state: string;
  created_by: number | null;
  created_at: Ts;
  updated_at: Ts;
}

export interface DeclarationsTable extends FigureColumns {
  id: Generated<number>;
  round_id: number;
  enterprise_id: number;
  chain_id: number;
  local_supply_share: number | null;
  statement: string | null;
  declared_by: number | null;
  declared_at: Ts;
  score: number | null;
  review_comment: string | null;
  reviewed_by: number | null;
  decision: string | null;
  decision_note: string | null;
}

export interface AlliancesTable {
  id: Generated<number>;
  chain_id: number;
  name: string;
  leader_enterprise_id: number;
  /** JSON array of cooperation fields. */
  fields: string;
  pilot: boolean;
  founded_on: string;
  notes: string | null;
  created_at: Ts;
  updated_at: Ts;
}

export interface AllianceMembersTable {
  alliance_id: number;
  enterprise_id: number;
  joined_on: string;
}

export interface AllianceActivitiesTable {
  id: Generated<number>;
  alliance_id: number;
  date: string;
  field: string;
  title: string;
  result: string | null;
  created_at: Ts;
}

export interface DocumentsTable {
  id: Generated<number>;
  owner_type: string;
  owner_id: number;
  kind: string;
  title: string;
  file_name: string;
  content_type: string;
  size: number;
  content: Buffer;
  uploaded_by: number | null;
  uploaded_at: Ts;
}

export interface DocumentItemsTable {
  id: Generated<number>;
  document_id: number;
  seq: number;
  content: string;
  responsible: string | null;
  due_on: string | null;
  status: string;
}

export interface ProjectsTable {
  id: Generated<number>;
  name: string;
  year: number;
  chain_id: number;
  stage: string | null;
  segment_id: number | null;
  city_id: number;
  zone_id: number | null;
  enterprise_id: number | null;
  builder: string;
  partners: string | null;
  content: string | null;
  total_investment: number;
  annual_plan_investment: number;
  completed_investment: number;
  class: string;
  build_type: string | null;
  planned_sign_on: string | null;
  planned_start_on: string | null;
  planned_complete_on: string | null;
  planned_production_on: string | null;
  actual_sign_on: string | null;
  actual_start_on: string | null;
  actual_complete_on: string | null;
  actual_production_on: string | null;
  liaison_official: string | null;
  liaison_phone: string | null;
  lead_unit_contact: string | null;
  report_cycle_months: number;
  demonstration: boolean;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

/** A project's class over time, from its timeline: valid_to exclusive, null while it holds. */
export interface ProjectClassHistoryTable {
  id: Generated<number>;
  project_id: number;
  class: string;
  valid_from: string;
  valid_to: string | null;
  recorded_at: Ts;
}

export interface ProjectEventsTable {
  id: Generated<number>;
  project_id: number;
  at: Ts;
  user_id: number | null;
  username: string | null;
  kind: string;
  summary: string;
  from_json: string | null;
  to_json: string | null;
}

export interface ProjectReportsTable {
  id: Generated<number>;
  project_id: number;
  period: string;
  progress: string;
  investment_in_period: number;
  problems: string | null;
  reported_by: string | null;
  reported_at: Ts;
  late: boolean;
}

export interface ModeDemonstrationsTable {
  id: Generated<number>;
  chain_id: number;
  mode: string;
  title: string;
  project_id: number | null;
  zone_id: number | null;
  recognised_on: string;
  notes: string | null;
  created_at: Ts;
}

export interface FundReserveTable {
  id: Generated<number>;
  project_id: number;
  year: number;
  gap: string;
  reason: string;
  recommended_by: number;
  recommended_at: Ts;
  state: string;
  review_note: string | null;
  reviewed_at: Ts | null;
}

export interface VisitsTable {
  id: Generated<number>;
  lead_unit_id: number;
  chain_id: number | null;
  city_id: number;
  visited_on: string;
  people: string;
  summary: string | null;
  /** JSON array of the problems heard, each to become a problem-list entry. */
  problems_heard: string;
  created_at: Ts;
}

export interface VisitTargetsTable {
  visit_id: number;
  enterprise_id: number | null;
  project_id: number | null;
}

export interface HostZoneProposalsTable {
  id: Generated<number>;
  chain_id: number;
  zone_id: number;
  proposed_by: number;
  reason: string;
  state: string;
  decision_note: string | null;
  published_at: Ts | null;
  created_at: Ts;
}

export interface ProposalOpinionsTable {
  proposal_id: number;
  organisation_id: number;
  verdict: string;
  note: string | null;
  at: Ts;
}

export interface AttractionTargetsTable {
  id: Generated<number>;
  year: number;
  organisation_id: number;
  chain_id: number | null;
  /** Set for a chain master's own target, agreed with its city (organisation_id). */
  enterprise_id: number | null;
  landed_target: number;
  note: string | null;
  updated_at: Ts;
}

export interface LeadsTable {
  id: Generated<number>;
  target_name: string;
  target_credit_code: string | null;
  in_province: boolean;
  enterprise_id: number | null;
  chain_id: number;
  stage: string | null;
  segment_id: number | null;
  source: string;
  chain_master_id: number | null;
  city_id: number;
  zone_id: number | null;
  responsible_person: string;
  expected_investment: number;
  pipeline_stage: string;
  signed_on: string | null;
  landed_on: string | null;
  project_id: number | null;
  fills_gap: boolean;
  notes: string | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface LeadEventsTable {
  id: Generated<number>;
  lead_id: number;
  at: Ts;
  on_date: string;
  username: string | null;
  from_stage: string | null;
  to_stage: string;
  evidence: string | null;
}

export interface ProblemsTable {
  id: Generated<number>;
  title: string;
  description: string;
  category: string;
  chain_id: number;
  project_id: number | null;
  enterprise_id: number | null;
  raised_by_org_id: number;
  raised_by_user_id: number | null;
  visit_id: number | null;
  responsible_org_id: number;
  responsible_person: string | null;
  deadline: string;
  state: string;
  level: string;
  answer: string | null;
  rating: string | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
  closed_at: Ts | null;
}

export interface ProblemEventsTable {
  id: Generated<number>;
  problem_id: number;
  at: Ts;
  username: string | null;
  organisation_id: number | null;
  kind: string;
  note: string | null;
  from_state: string | null;
  to_state: string | null;
}

export interface MeetingsTable {
  id: Generated<number>;
  chain_id: number;
  held_on: string;
  title: string;
  location: string | null;
  attendees: string;
  notes: string | null;
  created_at: Ts;
}

export interface MeetingAgendaTable {
  meeting_id: number;
  problem_id: number;
}

export interface MeetingDecisionsTable {
  id: Generated<number>;
  meeting_id: number;
  content: string;
  owner_org_id: number;
  owner_person: string | null;
  deadline: string;
  problem_id: number | null;
  done: boolean;
  /** JSON array of {at, note, username}. */
  progress: string;
}

export interface PlansTable {
  id: Generated<number>;
  year: number;
  title: string;
  issuer: string;
  issued_on: string;
  created_at: Ts;
}

export interface PlanTargetsTable {
  id: Generated<number>;
  plan_id: number;
  seq: number;
  key: string;
  label: string;
  metric: string;
  comparison: string;
  value: number;
  unit: string;
  per_unit: string | null;
  source: string | null;
}

export interface PlanTasksTable {
  id: Generated<number>;
  plan_id: number;
  seq: number;
  title: string;
  expected_result: string;
  /** JSON arrays of unit names as the plan writes them. */
  lead_units: string;
  supporting_units: string;
}

export interface PlanMilestonesTable {
  id: Generated<number>;
  task_id: number;
  seq: number;
  quarter: number;
  title: string;
  responsible: string;
  due_on: string;
  state: string;
  evidence: string | null;
  reported_by: string | null;
  reported_at: Ts | null;
  confirmed_at: Ts | null;
}

/** A version of a year's plan: who recorded it and when, the plan file as it then stood, its defined metrics. */
export interface PlanVersionsTable {
  id: Generated<number>;
  plan_id: number;
  version: number;
  /** import | edit */
  change: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Ts;
  note: string | null;
  /** JSON: the plan file of this version. */
  content: string;
  /** JSON: the metric definitions of this version's file. */
  metrics: string;
}

export interface WorkReportsTable {
  id: Generated<number>;
  organisation_id: number;
  kind: string;
  period: string | null;
  title: string;
  content: string;
  submitted_by: string | null;
  submitted_at: Ts;
}

export interface ExpertsTable {
  id: Generated<number>;
  name: string;
  field: string;
  work_unit: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  /** The login account of the expert, linked by the system administrator. */
  user_id: number | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface ExpertChainsTable {
  expert_id: number;
  chain_id: number;
}

/** One consultation group per chain; published_at is the day the office published the list. */
export interface ExpertGroupsTable {
  chain_id: number;
  published_at: string | null;
  updated_at: Ts;
}

export interface ExpertGroupMembersTable {
  chain_id: number;
  expert_id: number;
  /** leader | member */
  role: string;
}

export interface ConsultationsTable {
  id: Generated<number>;
  chain_id: number;
  held_on: string;
  topic: string;
  outcome: string | null;
  recorded_by_org_id: number | null;
  demo: boolean;
  created_at: Ts;
}

export interface ConsultationExpertsTable {
  consultation_id: number;
  expert_id: number;
}

export interface ConsultationEnterprisesTable {
  consultation_id: number;
  enterprise_id: number;
}

export interface ExpertReportsTable {
  id: Generated<number>;
  chain_id: number;
  title: string;
  reported_on: string;
  recommendations: string;
  follow_up: string | null;
  /** pending | inProgress | done */
  follow_up_state: string;
  demo: boolean;
  created_at: Ts;
}

export interface ExpertReportAuthorsTable {
  report_id: number;
  expert_id: number;
}

export interface ExpertPairingsTable {
  id: Generated<number>;
  expert_id: number;
  enterprise_id: number;
  chain_id: number;
  from_on: string;
  to_on: string | null;
  notes: string | null;
  demo: boolean;
  created_at: Ts;
}

export interface PairingServicesTable {
  id: Generated<number>;
  pairing_id: number;
  served_on: string;
  content: string;
  recorded_by: string;
  created_at: Ts;
}

export interface MatchmakingEventsTable {
  id: Generated<number>;
  title: string;
  held_on: string;
  place: string;
  organiser_id: number;
  notes: string | null;
  demo: boolean;
  created_at: Ts;
}

export interface EventChainsTable {
  event_id: number;
  chain_id: number;
}

export interface EventParticipantsTable {
  event_id: number;
  enterprise_id: number;
}

export interface SigningsTable {
  id: Generated<number>;
  event_id: number;
  buyer_enterprise_id: number | null;
  buyer_name: string;
  supplier_enterprise_id: number | null;
  supplier_name: string;
  product: string;
  amount: number;
}

export interface ForgingContactsTable {
  id: Generated<number>;
  lead_unit_id: number;
  chain_id: number;
  zone_id: number;
  contacted_on: string;
  subject: string;
  outcome: string | null;
  created_at: Ts;
}

export interface ChainSegmentsTable {
  id: Generated<number>;
  chain_id: number;
  parent_id: number | null;
  /** upstream | midstream | downstream: the stage the segment sits under. */
  stage: string;
  name: string;
  products: string | null;
  sort_order: number;
  /** Percent of the chain's revenue the segment should carry; null: an equal share of the leaf segments. */
  expected_share: number | null;
  retired_at: Ts | null;
  created_at: Ts;
  updated_at: Ts;
}

export interface SegmentEventsTable {
  id: Generated<number>;
  segment_id: number;
  at: Ts;
  username: string | null;
  /** created | renamed | moved | retired | restored | imported */
  kind: string;
  summary: string;
}

/** An enterprise outside the province that could fill a gap of the chain (补链招商候选). */
export interface ChainCandidatesTable {
  id: Generated<number>;
  chain_id: number;
  segment_id: number | null;
  name: string;
  credit_code: string;
  province: string;
  products: string | null;
  /** large | medium | small | micro */
  size: string;
  lead_id: number | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface PlanDocumentRequirementsTable {
  id: Generated<number>;
  plan_id: number;
  seq: number;
  kind: string;
  title: string;
  /** office | leadUnit | city | chainMaster: who owes it (the last three once per chain). */
  owed_by: string;
  due_on: string;
  evidence_task_seq: number | null;
  evidence_quarter: number | null;
  source: string | null;
}

export interface PlanningDocumentsTable {
  id: Generated<number>;
  requirement_id: number;
  organisation_id: number | null;
  enterprise_id: number | null;
  chain_id: number | null;
  title: string;
  issued_on: string;
  note: string | null;
  submitted_by: number | null;
  submitted_at: Ts;
  updated_at: Ts;
}

export interface QuarterlyReportTextsTable {
  period: string;
  overview: string;
  next_steps: string;
  saved_by: number | null;
  saved_at: Ts;
}

export interface KeyTechnologiesTable {
  id: Generated<number>;
  chain_id: number;
  segment_id: number | null;
  name: string;
  /** The 卡点: what holds the chain back. */
  gap: string;
  /** Universities and institutes tackling it, as free text. */
  institutes: string | null;
  /** pending | tackling | achieved */
  state: string;
  target_on: string | null;
  broken_through_on: string | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface TechnologyEnterprisesTable {
  technology_id: number;
  enterprise_id: number;
}

export interface InnovationConsortiaTable {
  id: Generated<number>;
  chain_id: number;
  name: string;
  leader_enterprise_id: number;
  /** A “晋创谷” innovation platform. */
  jinchuanggu: boolean;
  founded_on: string | null;
  notes: string | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface ConsortiumMembersTable {
  id: Generated<number>;
  consortium_id: number;
  /** A register enterprise, or null for a named institution. */
  enterprise_id: number | null;
  name: string | null;
  /** university | institute | sme | enterprise | other */
  kind: string;
}

export interface ConsortiumTechnologiesTable {
  consortium_id: number;
  technology_id: number;
}

export interface InnovationPlatformsTable {
  id: Generated<number>;
  chain_id: number;
  name: string;
  /** keyLab | techCenter | pilotBase | other */
  kind: string;
  /** national | provincial */
  level: string;
  host_enterprise_id: number | null;
  host_name: string | null;
  recognised_on: string | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface BreakthroughSummariesTable {
  id: Generated<number>;
  chain_id: number;
  /** 2024Q2 */
  quarter: string;
  summary: string;
  written_by: number | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface FundsTable {
  id: Generated<number>;
  name: string;
  manager: string;
  /** national | provincial | city */
  level: string;
  size: number;
  established_on: string | null;
  /** The member unit in charge of the fund. */
  keeper_org_id: number | null;
  notes: string | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface FundChainsTable {
  fund_id: number;
  chain_id: number;
}

export interface FundCooperationsTable {
  id: Generated<number>;
  fund_id: number;
  enterprise_id: number;
  chain_id: number;
  cooperated_on: string;
  form: string;
  amount: number;
  notes: string | null;
  demo: boolean;
  created_at: Ts;
}

export interface FundInvestmentsTable {
  id: Generated<number>;
  fund_id: number;
  chain_id: number;
  enterprise_id: number | null;
  project_id: number | null;
  amount: number;
  invested_on: string;
  /** intent | dueDiligence | decided | invested | exited */
  stage: string;
  lead_id: number | null;
  notes: string | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface FundInvestmentEventsTable {
  id: Generated<number>;
  investment_id: number;
  at: Ts;
  username: string | null;
  summary: string;
}

export interface PoliciesTable {
  id: Generated<number>;
  title: string;
  issuer_org_id: number | null;
  issuer_name: string;
  document_number: string | null;
  issued_on: string;
  /** JSON array of PolicySupport values. */
  supports: string;
  incentive_scheme: boolean;
  scheme_year: number | null;
  summary: string | null;
  demo: boolean;
  created_at: Ts;
  updated_at: Ts;
}

export interface PolicyChainsTable {
  policy_id: number;
  chain_id: number;
}

export interface PolicyGrantsTable {
  id: Generated<number>;
  policy_id: number;
  enterprise_id: number | null;
  project_id: number | null;
  amount: number;
  granted_on: string;
  note: string | null;
  demo: boolean;
  created_at: Ts;
}

export interface CockpitSnapshotsTable {
  id: Generated<number>;
  period: string;
  as_of: string;
  auto_period: string | null;
  /** JSON: the cockpit and the chain ranking as computed when the snapshot was taken. */
  figures: string;
  taken_by: string | null;
  taken_at: Ts;
}
