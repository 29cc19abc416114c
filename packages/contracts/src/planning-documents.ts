import { z } from 'zod';
import { Id, optionalText, Timestamp, text } from './common.js';
import { DateOnly } from './periods.js';

/** Who owes a planning document: the office once, the others once per chain. */
export const OwedBy = z.enum(['office', 'leadUnit', 'city', 'chainMaster']);
export type OwedBy = z.infer<typeof OwedBy>;
export const OWED_BY_LABELS: Record<OwedBy, string> = {
  office: '省链长办',
  leadUnit: '各链长牵头单位',
  city: '综改示范区、各市政府',
  chainMaster: '各“链主”企业',
};

/** A planning document the plan asks for, as written in the plan file. */
export const PlanDocumentRequirement = z.object({
  kind: z.string().min(1).max(40),
  title: z.string().min(1).max(200),
  owedBy: OwedBy,
  dueOn: DateOnly,
  /** The milestone the document is evidence for: task number and quarter. */
  evidenceFor: z.object({ task: z.number().int().min(1), quarter: z.number().int().min(1).max(4) }).optional(),
  source: z.string().max(200).optional(),
});

export const PlanningDocumentState = z.enum(['onTime', 'late', 'pending', 'overdue']);
export type PlanningDocumentState = z.infer<typeof PlanningDocumentState>;
export const PLANNING_DOCUMENT_STATE_LABELS: Record<PlanningDocumentState, string> = {
  onTime: '已按时报送',
  late: '逾期报送',
  pending: '未到期',
  overdue: '逾期未报',
};

/** One document one unit owes, and what it has given. */
export const PlanningObligation = z.object({
  requirementId: z.number().int(),
  kind: z.string(),
  requiredTitle: z.string(),
  owedBy: OwedBy,
  dueOn: z.string(),
  organisationId: z.number().int().nullable(),
  enterpriseId: z.number().int().nullable(),
  ownerName: z.string(),
  chainId: z.number().int().nullable(),
  chainName: z.string().nullable(),
  state: PlanningDocumentState,
  /** The document given on the platform; a chain master's may also be its alliance's document of that kind. */
  document: z
    .object({
      id: z.number().int(),
      title: z.string(),
      issuedOn: z.string(),
      note: z.string().nullable(),
      submittedAt: Timestamp,
      files: z.number().int(),
    })
    .nullable(),
  allianceDocuments: z.number().int(),
  /** Whether the caller may give or change this document. */
  canSubmit: z.boolean(),
});
export type PlanningObligation = z.infer<typeof PlanningObligation>;

export const PlanningDocumentQuery = z.object({
  kind: z.string().max(40).optional(),
  chainId: Id.optional(),
  state: PlanningDocumentState.optional(),
});

export const PlanningDocumentInput = z.object({
  requirementId: Id,
  chainId: Id.nullish().transform((v) => v ?? null),
  /** For a chain master's document: the enterprise; otherwise the caller's unit (the office may name another). */
  enterpriseId: Id.nullish().transform((v) => v ?? null),
  organisationId: Id.nullish().transform((v) => v ?? null),
  title: text('文件名称', 200),
  issuedOn: DateOnly,
  note: optionalText('说明', 2000),
});
