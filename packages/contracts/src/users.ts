import { z } from 'zod';
import { NewPassword } from './auth.js';
import { Id, PageQuery, paged, Timestamp, text } from './common.js';
import { OrgType } from './organisations.js';
import { Role } from './roles.js';

export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  organisationType: OrgType,
  roles: z.array(Role),
  disabled: z.boolean(),
  lockedUntil: Timestamp.nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type User = z.infer<typeof User>;

export const Username = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9._-]{2,31}$/, { error: '用户名为 3-32 位字母、数字或 . _ -，以字母开头' });

export const UserInput = z.object({
  username: Username,
  displayName: text('姓名', 50),
  organisationId: Id,
  /** The initial password; the user must change it at first login. */
  password: NewPassword,
});
export type UserInput = z.infer<typeof UserInput>;

export const UserPatch = z.object({
  displayName: text('姓名', 50).optional(),
  organisationId: Id.optional(),
  disabled: z.boolean().optional(),
});
export type UserPatch = z.infer<typeof UserPatch>;

export const ResetPasswordInput = z.object({ password: NewPassword });

export const RolesInput = z.object({ roles: z.array(Role).max(10) });
export type RolesInput = z.infer<typeof RolesInput>;

export const UserQuery = PageQuery.extend({
  organisationId: Id.optional(),
  role: Role.optional(),
  q: z.string().trim().max(100).optional(),
});
export type UserQuery = z.infer<typeof UserQuery>;

export const UserPage = paged(User);
