import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text, yuanAmount } from './common.js';
import { DateOnly } from './periods.js';

/** 精准性政策: policies, the support granted under them, and the evaluation of their effect. */
export const PolicySupport = z.enum(['attraction', 'masterStepUp', 'projects', 'talent', 'land', 'energy']);
export type PolicySupport = z.infer<typeof PolicySupport>;
export const POLICY_SUPPORT_LABELS: Record<PolicySupport, string> = {
  attraction: '招商引资',
  masterStepUp: '链主营收升级',
  projects: '项目建设',
  talent: '人才',
  land: '用地',
  energy: '用能',
};

const Ref = z.object({ id: z.number().int(), name: z.string() });

export const PolicyInput = z.object({
  title: text('政策名称', 200),
  /** The issuing organisation from the platform, or its name as text. */
  issuerOrgId: Id.nullish().transform((v) => v ?? null),
  issuerName: optionalText('发文单位', 100),
  documentNumber: optionalText('文号', 100),
  issuedOn: DateOnly,
  chainIds: z.array(Id).max(30, { error: '适用产业链最多 30 条' }).default([]),
  supports: z.array(PolicySupport).min(1, { error: '请至少选择一项支持方向' }),
  /** The year's 激励办法 (revised in Q1). */
  incentiveScheme: z.boolean().default(false),
  schemeYear: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .nullish()
    .transform((v) => v ?? null),
  summary: optionalText('主要内容', 4000),
});
export const PolicyUpdate = z.object({
  title: text('政策名称', 200).optional(),
  issuerOrgId: Id.nullish(),
  issuerName: optionalText('发文单位', 100).optional(),
  documentNumber: optionalText('文号', 100).optional(),
  issuedOn: DateOnly.optional(),
  chainIds: z.array(Id).max(30, { error: '适用产业链最多 30 条' }).optional(),
  supports: z.array(PolicySupport).min(1, { error: '请至少选择一项支持方向' }).optional(),
  incentiveScheme: z.boolean().optional(),
  schemeYear: z.coerce.number().int().min(2000).max(2100).nullish(),
  summary: optionalText('主要内容', 4000).optional(),
});

export const Policy = z.object({
  id: z.number().int(),
  title: z.string(),
  issuerOrgId: z.number().int().nullable(),
  issuerName: z.string(),
  documentNumber: z.string().nullable(),
  issuedOn: z.string(),
  chains: z.array(Ref),
  supports: z.array(PolicySupport),
  incentiveScheme: z.boolean(),
  schemeYear: z.number().int().nullable(),
  summary: z.string().nullable(),
  grantCount: z.number().int(),
  grantAmount: z.number(),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Policy = z.infer<typeof Policy>;
export const PolicyQuery = PageQuery.extend({
  chainId: Id.optional(),
  support: PolicySupport.optional(),
  year: z.coerce.number().int().optional(),
  incentiveScheme: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
});
export const PolicyPage = paged(Policy);

export const GrantInput = z.object({
  /** Exactly one of an enterprise from the register or a key project. */
  enterpriseId: Id.nullish().transform((v) => v ?? null),
  projectId: Id.nullish().transform((v) => v ?? null),
  amount: yuanAmount('支持金额'),
  grantedOn: DateOnly,
  note: optionalText('说明', 2000),
});
export const Grant = z.object({
  id: z.number().int(),
  policyId: z.number().int(),
  policyTitle: z.string(),
  enterpriseId: z.number().int().nullable(),
  enterpriseName: z.string().nullable(),
  projectId: z.number().int().nullable(),
  projectName: z.string().nullable(),
  amount: z.number(),
  grantedOn: z.string(),
  note: z.string().nullable(),
  demo: z.boolean(),
});
export type Grant = z.infer<typeof Grant>;

export const PolicyDetail = Policy.extend({ grants: z.array(Grant) });
export type PolicyDetail = z.infer<typeof PolicyDetail>;

/** Growth as a ratio (0.125 = 12.5%), null when the base is missing or zero. */
const Growth = z.number().nullable();
export const EnterpriseEffect = z.object({
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  firstGrantedOn: z.string(),
  grantAmount: z.number(),
  beforeYear: z.number().int(),
  /** The year after the grant, or the latest full year; null when none has figures yet. */
  afterYear: z.number().int().nullable(),
  revenueBefore: z.number().nullable(),
  revenueAfter: z.number().nullable(),
  revenueGrowth: Growth,
  investmentBefore: z.number().nullable(),
  investmentAfter: z.number().nullable(),
  investmentGrowth: Growth,
});
export const ProjectEffect = z.object({
  projectId: z.number().int(),
  projectName: z.string(),
  firstGrantedOn: z.string(),
  grantAmount: z.number(),
  totalInvestment: z.number(),
  completedInvestment: z.number(),
  /** completed / total, null when the total is zero. */
  completionRate: Growth,
});
export const PolicyEvaluation = z.object({
  policyId: z.number().int(),
  policyTitle: z.string(),
  enterprises: z.array(EnterpriseEffect),
  projects: z.array(ProjectEffect),
  totals: z.object({
    grantAmount: z.number(),
    /** Sums over enterprises that have figures in both years. */
    comparedEnterprises: z.number().int(),
    revenueBefore: z.number(),
    revenueAfter: z.number(),
    revenueGrowth: Growth,
    investmentBefore: z.number(),
    investmentAfter: z.number(),
    investmentGrowth: Growth,
    projectTotalInvestment: z.number(),
    projectCompletedInvestment: z.number(),
  }),
});
export type PolicyEvaluation = z.infer<typeof PolicyEvaluation>;
