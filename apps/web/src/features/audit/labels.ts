import { AUDIT_ACTION_LABELS, AuditAction } from '@chainboard/contracts';

export const AUDIT_ACTION_OPTIONS = AuditAction.options.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] }));

/** Colours per UI.md: red for failures and deletions, orange for access changes. */
export const AUDIT_ACTION_COLORS: Partial<Record<AuditAction, string>> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  loginFailed: 'red',
  grant: 'orange',
  passwordChange: 'orange',
};

/** Names for the entity types the API records; unknown types show as stored. */
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  chain: '产业链',
  organisation: '单位',
  user: '用户',
  session: '会话',
};

export const entityTypeLabel = (type: string) => ENTITY_TYPE_LABELS[type] ?? type;
