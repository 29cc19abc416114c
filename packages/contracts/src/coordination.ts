import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';
import { DateOnly } from './periods.js';

/** 协作配套活动 organised by the 综改区 and the cities (≥ 2 a year each), and the 配套签约 made there. */
export const SigningInput = z.object({
  buyerEnterpriseId: Id.nullish().transform((v) => v ?? null),
  buyerName: text('采购方', 100),
  supplierEnterpriseId: Id.nullish().transform((v) => v ?? null),
  supplierName: text('供应方', 100),
  product: text('配套产品', 100),
  amount: z.coerce.number({ error: '签约金额须为数字（单位：元）' }).int().min(0).max(9e15),
});
export const Signing = z.object({
  id: z.number().int(),
  buyerEnterpriseId: z.number().int().nullable(),
  buyerName: z.string(),
  supplierEnterpriseId: z.number().int().nullable(),
  supplierName: z.string(),
  product: z.string(),
  amount: z.number(),
});

export type Signing = z.infer<typeof Signing>;

export const MatchmakingEventInput = z.object({
  title: text('活动名称', 100),
  heldOn: DateOnly,
  place: text('地点', 100),
  organiserId: Id,
  chainIds: z.array(Id).min(1, { error: '请至少选择一条产业链' }).max(30),
  enterpriseIds: z.array(Id).max(500).default([]),
  notes: optionalText('说明', 4000),
});
export const MatchmakingEvent = z.object({
  id: z.number().int(),
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  organiserId: z.number().int(),
  organiserName: z.string(),
  chains: z.array(z.object({ id: z.number().int(), name: z.string() })),
  enterprises: z.array(z.object({ id: z.number().int(), name: z.string() })),
  signings: z.array(Signing),
  notes: z.string().nullable(),
  demo: z.boolean(),
  createdAt: Timestamp,
});
export type MatchmakingEvent = z.infer<typeof MatchmakingEvent>;
export const MatchmakingEventQuery = PageQuery.extend({
  year: z.coerce.number().int().optional(),
  organiserId: Id.optional(),
  chainId: Id.optional(),
});
export const MatchmakingEventPage = paged(MatchmakingEvent);

/** “链长牵头单位+园区”: the lead units' regular working contacts with zones. */
export const ForgingContactInput = z.object({
  chainId: Id,
  zoneId: Id,
  contactedOn: DateOnly,
  subject: text('对接事项', 200),
  outcome: optionalText('成效', 4000),
});
export const ForgingContact = z.object({
  id: z.number().int(),
  leadUnitId: z.number().int(),
  leadUnitName: z.string(),
  chainId: z.number().int(),
  chainName: z.string(),
  zoneId: z.number().int(),
  zoneName: z.string(),
  contactedOn: z.string(),
  subject: z.string(),
  outcome: z.string().nullable(),
});
export const ForgingContactQuery = PageQuery.extend({ chainId: Id.optional(), zoneId: Id.optional() });
export type ForgingContact = z.infer<typeof ForgingContact>;
export const ForgingContactPage = paged(ForgingContact);
