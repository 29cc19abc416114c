import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';
import { DateOnly } from './periods.js';

/** The fields of cooperation the notice lists for a 产业链协作联合体. */
export const CooperationField = z.enum(['technology', 'supplyDemand', 'finance', 'standards', 'management', 'platforms', 'training']);
export type CooperationField = z.infer<typeof CooperationField>;
export const COOPERATION_FIELD_LABELS: Record<CooperationField, string> = {
  technology: '技术攻关',
  supplyDemand: '产销对接',
  finance: '资金融通',
  standards: '标准制定',
  management: '企业管理',
  platforms: '平台建设',
  training: '人才培训',
};

export const AllianceMember = z.object({
  enterpriseId: z.number().int(),
  name: z.string(),
  joinedOn: z.string(),
  /** Honours the member holds today: 专精特新, 小巨人, 单项冠军 … */
  honours: z.array(z.string()),
});

export const Alliance = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  name: z.string(),
  leaderEnterpriseId: z.number().int(),
  leaderName: z.string(),
  fields: z.array(CooperationField),
  pilot: z.boolean(),
  foundedOn: z.string(),
  notes: z.string().nullable(),
  members: z.array(AllianceMember),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Alliance = z.infer<typeof Alliance>;

export const AllianceInput = z.object({
  chainId: Id,
  name: text('联合体名称', 100),
  leaderEnterpriseId: Id,
  fields: z.array(CooperationField).min(1, { error: '请至少选择一个合作领域' }),
  pilot: z.boolean().default(false),
  foundedOn: DateOnly,
  notes: optionalText('备注', 2000),
});
export const AlliancePatch = z
  .object({
    name: text('联合体名称', 100),
    fields: z.array(CooperationField).min(1, { error: '请至少选择一个合作领域' }),
    pilot: z.boolean(),
    notes: optionalText('备注', 2000),
  })
  .partial();

export const AllianceMemberInput = z.object({ enterpriseId: Id, joinedOn: DateOnly });
export const AllianceQuery = PageQuery.extend({
  chainId: Id.optional(),
  /** Alliances an enterprise leads or belongs to. */
  enterpriseId: Id.optional(),
  pilot: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const AlliancePage = paged(Alliance);

export const AllianceActivity = z.object({
  id: z.number().int(),
  allianceId: z.number().int(),
  date: z.string(),
  field: CooperationField,
  title: z.string(),
  result: z.string().nullable(),
  createdAt: Timestamp,
});
export const AllianceActivityInput = z.object({
  date: DateOnly,
  field: CooperationField,
  title: text('活动名称', 100),
  result: optionalText('成效', 4000),
});

/** The chain master's 清单制+责任制 documents. */
export const AllianceDocumentKind = z.enum(['chainPlan', 'taskBook', 'taskTable']);
export const ALLIANCE_DOCUMENT_LABELS = { chainPlan: '产业链详细规划', taskBook: '任务书', taskTable: '年度任务表' } as const;

export const DocumentItemStatus = z.enum(['planned', 'inProgress', 'done']);
export const DOCUMENT_ITEM_STATUS_LABELS = { planned: '未开始', inProgress: '推进中', done: '已完成' } as const;

export const DocumentItem = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  content: z.string(),
  responsible: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: DocumentItemStatus,
});
const documentItemFields = {
  content: text('事项内容', 500),
  responsible: optionalText('责任人', 100),
  dueOn: DateOnly.nullish().transform((v) => v ?? null),
  status: DocumentItemStatus,
};
export const DocumentItemInput = z.object({ ...documentItemFields, status: DocumentItemStatus.default('planned') });
export const DocumentItemPatch = z.object(documentItemFields).partial();

/** Every kind of stored document: an alliance's plans, or a plain attachment (a problem's evidence …). */
export const DocumentKind = z.enum([...AllianceDocumentKind.options, 'attachment']);

export const StoredDocument = z.object({
  id: z.number().int(),
  kind: DocumentKind,
  title: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: Timestamp,
  items: z.array(DocumentItem),
});
export type StoredDocument = z.infer<typeof StoredDocument>;
export const DocumentUploadQuery = z.object({
  kind: AllianceDocumentKind,
  title: text('文件标题', 100),
  fileName: text('文件名', 200),
});

/** Uploading an attachment: the file is the request body; its title and name travel in the query. */
export const AttachmentUploadQuery = z.object({
  kind: z.literal('attachment', { error: '附件的类别只能是 attachment' }).default('attachment'),
  title: text('文件标题', 100),
  fileName: text('文件名', 200),
});
