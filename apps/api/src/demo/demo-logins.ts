import type { Role } from '@chainboard/contracts';

/** The demo's shared password: the demo is for looking around, never for real data. */
export const DEMO_PASSWORD = 'Demo-2024!';

/** One login per role, each in a scope that has data to show. `org` names an organisation of the demo. */
export const DEMO_LOGINS: { username: string; label: string; org: string; roles: Role[] }[] = [
  { username: 'office', label: '省链长办 · 业务经办', org: '省链长办', roles: ['editor'] },
  { username: 'office.viewer', label: '省链长办 · 业务查看', org: '省链长办', roles: ['viewer'] },
  { username: 'general.leader', label: '总链长', org: '省链长办', roles: ['generalChainLeader'] },
  { username: 'chain.leader', label: '链长（光伏）', org: '省链长办', roles: ['chainLeader'] },
  { username: 'lead.unit', label: '链长牵头单位 · 省工信厅', org: '省工信厅', roles: ['editor'] },
  { username: 'member.unit', label: '成员单位 · 省商务厅', org: '省商务厅', roles: ['editor'] },
  { username: 'city', label: '市人民政府 · 太原市', org: '太原市', roles: ['editor'] },
  { username: 'zone', label: '开发区 · 太原示例经济技术开发区', org: '太原示例经济技术开发区', roles: ['editor'] },
  { username: 'enterprise', label: '企业 · 首家示例链主企业', org: '', roles: ['editor'] },
  { username: 'expert', label: '专家 · 示例专家', org: '省链长办', roles: ['expert'] },
  { username: 'sys.admin', label: '系统管理员', org: '省链长办', roles: ['sysAdmin'] },
  { username: 'sec.admin', label: '安全管理员', org: '省链长办', roles: ['securityAdmin'] },
  { username: 'audit.admin', label: '审计管理员', org: '省链长办', roles: ['auditAdmin'] },
];
