import type { User } from '@chainboard/contracts';
import dayjs from 'dayjs';

export function isLocked(user: Pick<User, 'lockedUntil'>, now = dayjs()): boolean {
  return user.lockedUntil !== null && dayjs(user.lockedUntil).isAfter(now);
}
