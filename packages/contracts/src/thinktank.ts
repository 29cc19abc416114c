import { z } from 'zod';
import { Id, optionalText, PageQuery, paged, Timestamp, text } from './common.js';
import { DateOnly } from './periods.js';

/**
 * “产业链+专家” think tank: the expert pool, an expert consultation group (专家咨询组) per chain whose
 * list the office publishes in Q1, consultation activities, expert reports and flexible pairings of
 * experts with chain masters and backbone enterprises.
 */
const Named = z.object({ id: z.number().int(), name: z.string() });

export const Phone = z
  .string()
  .trim()
  .regex(/^[0-9+\-() ]{5,30}$/, { error: '联系电话只能包含数字、空格和 + - ( )，5-30 位' })
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));
export const Email = z
  .string()
  .trim()
  .max(100, { error: '电子邮箱不能超过 100 个字' })
  .pipe(z.email({ error: '电子邮箱格式不正确，例如 name@example.com' }).or(z.literal('')))
  .nullish()
  .transform((v) => (v ? v : null));

export const ExpertInput = z
  .object({
    name: text('姓名', 50),
    field: text('专业领域', 100),
    workUnit: text('工作单位', 100),
    title: optionalText('职称/职务', 50),
    phone: Phone,
    email: Email,
    chainIds: z.array(Id).min(1, { error: '请至少选择一条服务的产业链' }).max(30),
    notes: optionalText('备注', 2000),
  })
  .refine((e) => e.phone || e.email, { error: '请至少填写联系电话或电子邮箱之一', path: ['phone'] });
export type ExpertInput = z.infer<typeof ExpertInput>;

export const Expert = z.object({
  id: z.number().int(),
  name: z.string(),
  field: z.string(),
  workUnit: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  chains: z.array(Named),
  notes: z.string().nullable(),
  /** The login account linked to this expert, if any. */
  userId: z.number().int().nullable(),
  demo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Expert = z.infer<typeof Expert>;
export const ExpertQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  chainId: Id.optional(),
});
export type ExpertQuery = z.infer<typeof ExpertQuery>;
export const ExpertPage = paged(Expert);

/** Linking a login account to an expert (the system administrator, in user administration). */
export const ExpertAccountInput = z.object({ userId: Id.nullable() });
export const ExpertAccount = z.object({
  expertId: z.number().int(),
  name: z.string(),
  workUnit: z.string(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
});
export type ExpertAccount = z.infer<typeof ExpertAccount>;

export const ExpertGroupRole = z.enum(['leader', 'member']);
export type ExpertGroupRole = z.infer<typeof ExpertGroupRole>;
export const EXPERT_GROUP_ROLE_LABELS: Record<ExpertGroupRole, string> = { leader: '组长', member: '成员' };

export const ExpertGroupMembersInput = z.object({
  members: z
    .array(z.object({ expertId: Id, role: ExpertGroupRole }))
    .max(100, { error: '一个咨询组最多 100 人' })
    .refine((m) => new Set(m.map((x) => x.expertId)).size === m.length, { error: '同一专家不能重复列入' }),
});
export type ExpertGroupMembersInput = z.infer<typeof ExpertGroupMembersInput>;

export const ExpertGroupMember = z.object({
  expertId: z.number().int(),
  name: z.string(),
  field: z.string(),
  workUnit: z.string(),
  title: z.string().nullable(),
  role: ExpertGroupRole,
});
export const ExpertGroup = z.object({
  chainId: z.number().int(),
  chainName: z.string(),
  leadUnitId: z.number().int().nullable(),
  leadUnitName: z.string().nullable(),
  members: z.array(ExpertGroupMember),
  /** The day the office published the list (YYYY-MM-DD), null while unpublished. */
  publishedAt: z.string().nullable(),
  updatedAt: Timestamp.nullable(),
});
export type ExpertGroup = z.infer<typeof ExpertGroup>;
export const ExpertGroupPublishInput = z.object({ publishedAt: DateOnly.optional() });

export const ConsultationInput = z.object({
  chainId: Id,
  heldOn: DateOnly,
  topic: text('咨询主题', 200),
  expertIds: z.array(Id).min(1, { error: '请至少选择一位专家' }).max(50),
  enterpriseIds: z.array(Id).max(200).default([]),
  outcome: optionalText('咨询成果', 4000),
});
export type ConsultationInput = z.infer<typeof ConsultationInput>;
export const Consultation = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  heldOn: z.string(),
  topic: z.string(),
  experts: z.array(Named),
  enterprises: z.array(Named),
  outcome: z.string().nullable(),
  demo: z.boolean(),
  createdAt: Timestamp,
});
export type Consultation = z.infer<typeof Consultation>;
export const ConsultationQuery = PageQuery.extend({
  chainId: Id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  expertId: Id.optional(),
});
export type ConsultationQuery = z.infer<typeof ConsultationQuery>;
export const ConsultationPage = paged(Consultation);

export const FollowUpState = z.enum(['pending', 'inProgress', 'done']);
export type FollowUpState = z.infer<typeof FollowUpState>;
export const FOLLOW_UP_STATE_LABELS: Record<FollowUpState, string> = { pending: '待落实', inProgress: '落实中', done: '已落实' };

export const ExpertReportInput = z.object({
  chainId: Id,
  title: text('报告标题', 200),
  reportedOn: DateOnly,
  expertIds: z.array(Id).min(1, { error: '请至少选择一位专家' }).max(50),
  recommendations: text('建议内容', 8000),
  followUp: optionalText('落实情况', 4000),
  followUpState: FollowUpState.default('pending'),
});
export type ExpertReportInput = z.infer<typeof ExpertReportInput>;
export const FollowUpInput = z.object({ followUp: optionalText('落实情况', 4000), followUpState: FollowUpState });
export const ExpertReport = z.object({
  id: z.number().int(),
  chainId: z.number().int(),
  chainName: z.string(),
  title: z.string(),
  reportedOn: z.string(),
  experts: z.array(Named),
  recommendations: z.string(),
  followUp: z.string().nullable(),
  followUpState: FollowUpState,
  demo: z.boolean(),
  createdAt: Timestamp,
});
export type ExpertReport = z.infer<typeof ExpertReport>;
export const ExpertReportQuery = PageQuery.extend({
  chainId: Id.optional(),
  followUpState: FollowUpState.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const ExpertReportPage = paged(ExpertReport);

export const PairingServiceInput = z.object({ servedOn: DateOnly, content: text('服务内容', 2000) });
export const PairingService = z.object({ id: z.number().int(), servedOn: z.string(), content: z.string(), recordedBy: z.string() });
export const PairingInput = z
  .object({
    expertId: Id,
    enterpriseId: Id,
    chainId: Id,
    fromOn: DateOnly,
    toOn: DateOnly.nullish().transform((v) => v ?? null),
    notes: optionalText('结对说明', 2000),
  })
  .refine((p) => p.toOn === null || p.toOn >= p.fromOn, { error: '结束日期不能早于开始日期', path: ['toOn'] });
export type PairingInput = z.infer<typeof PairingInput>;
export const Pairing = z.object({
  id: z.number().int(),
  expertId: z.number().int(),
  expertName: z.string(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  chainId: z.number().int(),
  chainName: z.string(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  notes: z.string().nullable(),
  services: z.array(PairingService),
  demo: z.boolean(),
  createdAt: Timestamp,
});
export type Pairing = z.infer<typeof Pairing>;
export const PairingQuery = PageQuery.extend({ chainId: Id.optional(), expertId: Id.optional() });
export const PairingPage = paged(Pairing);

/** An expert's own page: their record and everything they take part in. */
export const MyExpertWork = z.object({
  expert: Expert,
  groups: z.array(ExpertGroup),
  consultations: z.array(Consultation),
  reports: z.array(ExpertReport),
  pairings: z.array(Pairing),
});
export type MyExpertWork = z.infer<typeof MyExpertWork>;
