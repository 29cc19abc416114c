import { z } from 'zod';

/**
 * The three administrator roles are kept apart (等级保护三级 separation of duties) and none of them
 * edits business data. Business roles take their scope from the user's organisation.
 */
export const Role = z.enum(['sysAdmin', 'securityAdmin', 'auditAdmin', 'editor', 'viewer', 'chainLeader', 'generalChainLeader', 'expert']);
export type Role = z.infer<typeof Role>;

export const ADMIN_ROLES: readonly Role[] = ['sysAdmin', 'securityAdmin', 'auditAdmin'];

export const ROLE_LABELS: Record<Role, string> = {
  sysAdmin: '系统管理员',
  securityAdmin: '安全管理员',
  auditAdmin: '审计管理员',
  editor: '业务经办',
  viewer: '业务查看',
  chainLeader: '链长',
  generalChainLeader: '总链长',
  expert: '专家',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  sysAdmin: '管理账号和单位，不能授权，不能修改业务数据',
  securityAdmin: '管理角色授权，不能修改业务数据',
  auditAdmin: '只能查阅审计日志',
  editor: '在本单位职责范围内查看和修改业务数据',
  viewer: '在本单位职责范围内查看业务数据',
  chainLeader: '查看所负责产业链并作出决定',
  generalChainLeader: '查看全部产业链并作出决定',
  expert: '专家本人：只查看和填报本人参与的咨询组、咨询活动、报告和结对服务',
};
