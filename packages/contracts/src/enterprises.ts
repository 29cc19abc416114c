import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';
import { creditCodeProblem } from './credit-code.js';
import { ImportQuery } from './imports.js';
import { DateOnly } from './periods.js';

export const CreditCode = z
  .string({ error: '请填写统一社会信用代码' })
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = creditCodeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const Tier = z.enum(['master', 'core', 'member']);
export type Tier = z.infer<typeof Tier>;
export const TIER_LABELS: Record<Tier, string> = { master: '链主企业', core: '链核企业', member: '链上企业' };

export const ChainStage = z.enum(['upstream', 'midstream', 'downstream']);
export type ChainStage = z.infer<typeof ChainStage>;
export const CHAIN_STAGE_LABELS: Record<ChainStage, string> = { upstream: '上游', midstream: '中游', downstream: '下游' };

export const HonourKind = z.enum(['srdi', 'littleGiant', 'singleChampion', 'highTech', 'techSme', 'other']);
export type HonourKind = z.infer<typeof HonourKind>;
export const HONOUR_LABELS: Record<HonourKind, string> = {
  srdi: '专精特新中小企业',
  littleGiant: '专精特新“小巨人”',
  singleChampion: '制造业单项冠军',
  highTech: '高新技术企业',
  techSme: '科技型中小企业',
  other: '其他荣誉',
};

export const HonourLevel = z.enum(['national', 'provincial', 'city']);
export type HonourLevel = z.infer<typeof HonourLevel>;
export const HONOUR_LEVEL_LABELS: Record<HonourLevel, string> = { national: '国家级', provincial: '省级', city: '市级' };

/** A register record not confirmed for this long shows as stale (链上企业按季动态更新). */
export const STALE_AFTER_DAYS = 92;

export const ChainPlacement = z.object({
  chainId: z.number().int(),
  chainName: z.string(),
  stage: ChainStage.nullable(),
  /** The tier held today on this chain. */
  tier: Tier,
});

export const Enterprise = z.object({
  id: z.number().int(),
  creditCode: z.string(),
  name: z.string(),
  cityId: z.number().int(),
  cityName: z.string(),
  zoneId: z.number().int().nullable(),
  zoneName: z.string().nullable(),
  address: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  mainProducts: z.string().nullable(),
  ownerOrgId: z.number().int(),
  ownerOrgName: z.string(),
  /** The organisation whose users log in as this enterprise, when it has accounts. */
  organisationId: z.number().int().nullable(),
  chains: z.array(ChainPlacement),
  honours: z.array(z.object({ kind: HonourKind, level: HonourLevel, year: z.number().int() })),
  lastConfirmedAt: Timestamp,
  stale: z.boolean(),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Enterprise = z.infer<typeof Enterprise>;

const Phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,20}$/, { error: '联系电话格式有误' })
  .nullish()
  .transform((v) => v ?? null);

const enterpriseFields = {
  creditCode: CreditCode,
  name: text('企业名称', 100),
  cityId: Id,
  zoneId: Id.nullish().transform((v) => v ?? null),
  address: optionalText('地址', 200),
  legalRepresentative: optionalText('法定代表人', 50),
  contactPerson: optionalText('联系人', 50),
  contactPhone: Phone,
  mainProducts: optionalText('主要产品', 500),
};

export const PlacementInput = z.object({ chainId: Id, stage: ChainStage.nullish().transform((v) => v ?? null) });
export type PlacementInput = z.infer<typeof PlacementInput>;

/**
 * 入链日期: the day the chains given take effect (new places start, places given up end), when it is not
 * today; never in the future (the server checks against its own today).
 */
const placedOn = DateOnly.optional();

export const EnterpriseInput = z.object({ ...enterpriseFields, chains: z.array(PlacementInput).max(50).default([]), placedOn });
export type EnterpriseInput = z.input<typeof EnterpriseInput>;

export const EnterprisePatch = z
  .object({
    ...enterpriseFields,
    chains: z.array(PlacementInput).max(50),
    placedOn,
    /** The organisation whose accounts act as this enterprise (type enterprise); null unlinks. */
    organisationId: Id.nullable(),
  })
  .partial();
export type EnterprisePatch = z.input<typeof EnterprisePatch>;

export const EnterpriseQuery = PageQuery.extend({
  chainId: Id.optional(),
  tier: Tier.optional(),
  honour: HonourKind.optional(),
  cityId: Id.optional(),
  zoneId: Id.optional(),
  stale: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['name', 'creditCode', 'updatedAt', 'lastConfirmedAt']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type EnterpriseQuery = z.infer<typeof EnterpriseQuery>;
export const EnterprisePage = paged(Enterprise);

/** 台账所属期: the quarter an enterprise ledger reports, e.g. 2024Q3. */
export const LedgerPeriod = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^20\d\dQ[1-4]$/, { error: '台账所属期应为季度，格式如 2024Q3' });

/** The register's import takes the ledger's period: its chain places start on the quarter's first day. */
export const EnterpriseImportQuery = ImportQuery.extend({ period: LedgerPeriod.optional() });

export const TierSpan = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  tier: Tier,
  validFrom: z.string(),
  /** Exclusive; null while it holds. */
  validTo: z.string().nullable(),
  roundId: z.number().int().nullable(),
});
export type TierSpan = z.infer<typeof TierSpan>;

export const TierChangeInput = z.object({ chainId: Id, tier: Tier, validFrom: DateOnly, note: optionalText('说明', 500) });

export const HonourRecord = z.object({
  id: z.number().int(),
  kind: HonourKind,
  level: HonourLevel,
  year: z.number().int(),
  revokedOn: z.string().nullable(),
  note: z.string().nullable(),
});
export type HonourRecord = z.infer<typeof HonourRecord>;

export const HonourInput = z.object({
  kind: HonourKind,
  level: HonourLevel,
  year: z.coerce.number().int().min(1990, { error: '年份不早于 1990' }).max(2100, { error: '年份有误' }),
  note: optionalText('说明', 500),
});
export const HonourRevokeInput = z.object({ revokedOn: DateOnly, note: optionalText('说明', 500) });

export const TierHolder = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  tier: Tier,
  validFrom: z.string(),
});
export const TierHoldersQuery = z.object({ chainId: Id, on: DateOnly, tier: Tier.optional() });
