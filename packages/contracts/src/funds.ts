import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text, yuanAmount } from './common.js';
import { DateOnly } from './periods.js';

/** 产业基金 ("产业链+链主企业+产业基金"): funds, their capital cooperation with chain masters, their investments. */
export const FundLevel = z.enum(['national', 'provincial', 'city']);
export type FundLevel = z.infer<typeof FundLevel>;
export const FUND_LEVEL_LABELS: Record<FundLevel, string> = { national: '国家级', provincial: '省级', city: '市级' };

export const InvestmentStage = z.enum(['intent', 'dueDiligence', 'decided', 'invested', 'exited']);
export type InvestmentStage = z.infer<typeof InvestmentStage>;
export const INVESTMENT_STAGE_LABELS: Record<InvestmentStage, string> = {
  intent: '意向',
  dueDiligence: '尽调',
  decided: '投决',
  invested: '已投',
  exited: '退出',
};

const Ref = z.object({ id: z.number().int(), name: z.string() });

export const FundInput = z.object({
  name: text('基金名称', 100),
  manager: text('管理机构', 100),
  level: FundLevel,
  size: yuanAmount('基金规模'),
  chainIds: z.array(Id).max(30, { error: '重点投向产业链最多 30 条' }).default([]),
  establishedOn: DateOnly.nullish().transform((v) => v ?? null),
  /** The member unit in charge of the fund (省财政厅 …); a member unit creating a fund keeps it itself. */
  keeperOrgId: Id.nullish().transform((v) => v ?? null),
  notes: optionalText('备注', 2000),
});
/** Only what is sent changes; a chain list sent replaces the fund's chains. */
export const FundUpdate = z.object({
  name: text('基金名称', 100).optional(),
  manager: text('管理机构', 100).optional(),
  level: FundLevel.optional(),
  size: yuanAmount('基金规模').optional(),
  chainIds: z.array(Id).max(30, { error: '重点投向产业链最多 30 条' }).optional(),
  establishedOn: DateOnly.nullish(),
  keeperOrgId: Id.nullish(),
  notes: optionalText('备注', 2000).optional(),
});

export const Fund = z.object({
  id: z.number().int(),
  name: z.string(),
  manager: z.string(),
  level: FundLevel,
  size: z.number(),
  chains: z.array(Ref),
  establishedOn: z.string().nullable(),
  keeperOrgId: z.number().int().nullable(),
  keeperName: z.string().nullable(),
  notes: z.string().nullable(),
  /** Money in 已投 investments the caller may see. */
  investedAmount: z.number(),
  investmentCount: z.number().int(),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Fund = z.infer<typeof Fund>;
export const FundQuery = PageQuery.extend({
  level: FundLevel.optional(),
  chainId: Id.optional(),
  q: z.string().trim().max(100).optional(),
});
export const FundPage = paged(Fund);

export const CooperationInput = z.object({
  enterpriseId: Id,
  chainId: Id,
  cooperatedOn: DateOnly,
  form: text('合作形式', 200),
  amount: yuanAmount('合作金额'),
  notes: optionalText('备注', 2000),
});
export const Cooperation = z.object({
  id: z.number().int(),
  fundId: z.number().int(),
  fundName: z.string(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  chainId: z.number().int(),
  chainName: z.string(),
  cooperatedOn: z.string(),
  form: z.string(),
  amount: z.number(),
  notes: z.string().nullable(),
  demo: z.boolean(),
});
export type Cooperation = z.infer<typeof Cooperation>;

export const InvestmentInput = z.object({
  /** Exactly one of an enterprise from the register or a key project. */
  enterpriseId: Id.nullish().transform((v) => v ?? null),
  projectId: Id.nullish().transform((v) => v ?? null),
  /** The chain the money goes to; a project's own chain when left out. */
  chainId: Id.nullish().transform((v) => v ?? null),
  amount: yuanAmount('投资金额'),
  investedOn: DateOnly,
  stage: InvestmentStage,
  notes: optionalText('备注', 2000),
});
export const InvestmentUpdate = z.object({
  amount: yuanAmount('投资金额').optional(),
  investedOn: DateOnly.optional(),
  stage: InvestmentStage.optional(),
  notes: optionalText('备注', 2000).optional(),
});
export const InvestmentEvent = z.object({ at: Timestamp, username: z.string().nullable(), summary: z.string() });
export const Investment = z.object({
  id: z.number().int(),
  fundId: z.number().int(),
  fundName: z.string(),
  chainId: z.number().int(),
  chainName: z.string(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  projectId: z.number().int().nullable(),
  projectName: z.string().nullable(),
  amount: z.number(),
  investedOn: z.string(),
  stage: InvestmentStage,
  leadId: z.number().int().nullable(),
  notes: z.string().nullable(),
  history: z.array(InvestmentEvent),
  demo: z.boolean(),
});
export type Investment = z.infer<typeof Investment>;

/** An investment becomes an attraction lead (source 基金招商), kept by the city or zone that will host it. */
export const InvestmentLeadInput = z.object({
  cityId: Id,
  zoneId: Id.nullish().transform((v) => v ?? null),
  responsiblePerson: text('责任人', 50),
  notes: optionalText('备注', 2000),
});

export const FundDetail = Fund.extend({ cooperations: z.array(Cooperation), investments: z.array(Investment) });
export type FundDetail = z.infer<typeof FundDetail>;

export const FundChainSummary = z.object({
  chainId: z.number().int(),
  chainName: z.string(),
  /** Funds with at least one 已投 investment on the chain in the year. */
  fundsAtWork: z.number().int(),
  investedAmount: z.number(),
  investmentCount: z.number().int(),
  cooperationAmount: z.number(),
});
export const FundChainQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
