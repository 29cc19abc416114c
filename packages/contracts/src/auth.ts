import { z } from 'zod';
import { OrgType } from './organisations.js';
import { Role } from './roles.js';

export const PASSWORD_MIN_LENGTH = 8;

/** 至少 8 位，且包含大写字母、小写字母、数字、符号中的至少三类。 */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少 ${PASSWORD_MIN_LENGTH} 位`;
  if (password.length > 128) return '密码不能超过 128 位';
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  return null;
}

export const NewPassword = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const LoginInput = z.object({
  username: z.string().trim().min(1, { error: '请输入用户名' }).max(64),
  password: z.string().min(1, { error: '请输入密码' }).max(128),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1, { error: '请输入当前密码' }).max(128),
  newPassword: NewPassword,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const Me = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  organisationType: OrgType,
  roles: z.array(Role),
  mustChangePassword: z.boolean(),
  /** Sent back in the x-csrf-token header on every write. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof Me>;

export const CSRF_HEADER = 'x-csrf-token';
