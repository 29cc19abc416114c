import { ADMIN_ROLES, ROLE_LABELS, type Role } from '@chainboard/contracts';
import { Flex, Tag, Typography } from 'antd';

/** Administrator roles in purple so the separation of duties is visible at a glance. */
export function RoleTags({ roles }: { roles: Role[] }) {
  if (roles.length === 0) return <Typography.Text type="secondary">未授权</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {roles.map((role) => (
        <Tag key={role} color={ADMIN_ROLES.includes(role) ? 'purple' : 'geekblue'} style={{ marginInlineEnd: 0 }}>
          {ROLE_LABELS[role]}
        </Tag>
      ))}
    </Flex>
  );
}
