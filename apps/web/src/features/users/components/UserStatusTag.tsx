import type { User } from '@chainboard/contracts';
import { Tag } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { isLocked } from '../status';

export function UserStatusTag({ user }: { user: User }) {
  if (user.disabled) return <Tag>停用</Tag>;
  if (isLocked(user)) return <Tag color="orange">锁定至 {formatDateTime(user.lockedUntil)}</Tag>;
  return <Tag color="green">正常</Tag>;
}
