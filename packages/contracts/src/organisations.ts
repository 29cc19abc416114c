import { z } from 'zod';
import { Id, PageQuery, paged, Timestamp, text } from './common.js';

export const OrgType = z.enum(['office', 'leadUnit', 'memberUnit', 'city', 'zone', 'enterprise']);
export type OrgType = z.infer<typeof OrgType>;

export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  office: '省链长办',
  leadUnit: '链长牵头单位',
  memberUnit: '领导小组成员单位',
  city: '市人民政府 / 综改示范区',
  zone: '开发区 / 园区',
  enterprise: '企业',
};

export const Organisation = z.object({
  id: z.number().int(),
  name: z.string(),
  type: OrgType,
  parentId: z.number().int().nullable(),
  parentName: z.string().nullable(),
  retired: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationInput = z.object({
  name: text('单位名称', 100),
  type: OrgType,
  /** A zone belongs to a city; other types have no parent. */
  parentId: Id.nullish().transform((v) => v ?? null),
});
export type OrganisationInput = z.infer<typeof OrganisationInput>;

export const OrganisationPatch = z.object({
  name: text('单位名称', 100).optional(),
  parentId: Id.nullish(),
  retired: z.boolean().optional(),
});
export type OrganisationPatch = z.infer<typeof OrganisationPatch>;

export const OrganisationQuery = PageQuery.extend({
  type: OrgType.optional(),
  q: z.string().trim().max(100).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});
export type OrganisationQuery = z.infer<typeof OrganisationQuery>;

export const OrganisationPage = paged(Organisation);
