import { ApartmentOutlined, AuditOutlined, BankOutlined, TeamOutlined } from '@ant-design/icons';
import type { Me } from '@chainboard/contracts';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { canManageOrganisations, canReadAudit, canSeeChains, canSeeUsers } from '../features/auth/roles';

type Entry = { path: string; label: string; icon: ReactNode; allow: (me: Me) => boolean };

// Module order follows UI.md; later modules (驾驶舱, 企业 …) slot in where they belong.
const MODULES: Entry[] = [{ path: '/chains', label: '产业链', icon: <ApartmentOutlined aria-hidden />, allow: canSeeChains }];

const ADMIN: Entry[] = [
  { path: '/admin/organisations', label: '单位管理', icon: <BankOutlined aria-hidden />, allow: canManageOrganisations },
  { path: '/admin/users', label: '用户管理', icon: <TeamOutlined aria-hidden />, allow: canSeeUsers },
  { path: '/admin/audit', label: '审计日志', icon: <AuditOutlined aria-hidden />, allow: canReadAudit },
];

type MenuItem = NonNullable<MenuProps['items']>[number];

const toItem = (entry: Entry): MenuItem => ({ key: entry.path, label: entry.label, icon: entry.icon });

/** Only the entries the user's roles can use. */
export function menuItems(me: Me): MenuItem[] {
  const items = MODULES.filter((entry) => entry.allow(me)).map(toItem);
  const admin = ADMIN.filter((entry) => entry.allow(me)).map(toItem);
  if (admin.length > 0) items.push({ type: 'group', key: 'admin', label: '系统管理', children: admin });
  return items;
}

const ALL_PATHS = [...MODULES, ...ADMIN].map((entry) => entry.path);

/** The menu entry owning a path (/chains/12 → /chains). */
export function selectedMenuKey(pathname: string): string | undefined {
  return ALL_PATHS.find((path) => pathname === path || pathname.startsWith(`${path}/`));
}
