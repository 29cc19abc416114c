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
  chain_hosts: ChainHostsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
}

export type DatabaseKind = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
