import { z } from 'zod';

export const Id = z.coerce.number().int().positive();
export const IdParams = z.object({ id: Id });

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function paged<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };

/** ISO 8601 timestamp as stored and returned on both databases. */
export const Timestamp = z.string();

/** Trimmed non-empty text with a length limit, and a message a person can act on. */
export const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过 ${max} 个字` });

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过 ${max} 个字` })
    .nullish()
    .transform((v) => (v ? v : null));

/** An amount of money in whole 元, not negative. */
export const yuanAmount = (label: string) =>
  z.coerce
    .number({ error: `${label}须为数字（单位：元）` })
    .int({ error: `${label}须为整数（单位：元）` })
    .min(0, { error: `${label}不能为负数` })
    .max(9e15, { error: `${label}数值过大` });

export const Ok = z.object({ ok: z.literal(true) });
