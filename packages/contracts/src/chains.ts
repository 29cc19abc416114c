import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';

export const ChainStatus = z.enum(['key', 'reserve', 'retired']);
export type ChainStatus = z.infer<typeof ChainStatus>;

export const CHAIN_STATUS_LABELS: Record<ChainStatus, string> = {
  key: '省级重点产业链',
  reserve: '储备库',
  retired: '已退出',
};

export const HostOrg = z.object({ id: z.number().int(), name: z.string(), type: z.enum(['city', 'zone']) });

export const Chain = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  batch: z.number().int(),
  status: ChainStatus,
  /** The day the current status took effect. */
  statusSince: z.string().nullable(),
  leaderName: z.string().nullable(),
  leaderPost: z.string().nullable(),
  leaderUserId: z.number().int().nullable(),
  leadUnitId: z.number().int().nullable(),
  leadUnitName: z.string().nullable(),
  hosts: z.array(HostOrg),
  notes: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Chain = z.infer<typeof Chain>;

const chainFields = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,20}$/, { error: '编码为 1-20 位字母、数字或 -' }),
  name: text('产业链名称', 50),
  batch: z.coerce
    .number({ error: '批次须为年份' })
    .int({ error: '批次须为年份' })
    .min(2000, { error: '批次须为 2000 年以后的年份' })
    .max(2100, { error: '批次须为 2100 年以前的年份' }),
  status: ChainStatus,
  leaderName: optionalText('链长姓名', 50),
  leaderPost: optionalText('链长职务', 100),
  leaderUserId: Id.nullish().transform((v) => v ?? null),
  leadUnitId: Id.nullish().transform((v) => v ?? null),
  hostIds: z.array(Id).max(200).default([]),
  notes: optionalText('备注', 2000),
  /** The day the status takes effect (a chain promoted on 2024-05-20 counts as key from then); default today. */
  statusOn: z.iso.date({ error: '状态生效日期格式应为 2024-05-20' }).optional(),
};

export const ChainInput = z.object(chainFields);
export type ChainInput = z.input<typeof ChainInput>;

export const ChainPatch = z.object({ ...chainFields, hostIds: z.array(Id).max(200) }).partial();
export type ChainPatch = z.input<typeof ChainPatch>;

export const ChainQuery = PageQuery.extend({
  status: ChainStatus.optional(),
  batch: z.coerce.number().int().optional(),
  leadUnitId: Id.optional(),
  q: z.string().trim().max(50).optional(),
  sort: z.enum(['code', 'name', 'batch', 'updatedAt']).default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type ChainQuery = z.infer<typeof ChainQuery>;

export const ChainPage = paged(Chain);
