import type {
  Milestone,
  Paged,
  Plan,
  PlanningDocumentInput,
  PlanningDocumentState,
  PlanningObligation,
  PlanSummary,
  PlanTarget,
  QuarterlyReport,
  QuarterlyReportTextInput,
  StoredDocument,
  SubmissionStatus,
  WorkReport,
  WorkReportInput,
  WorkReportKind,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';
import { PDF_WORD, type UploadVars, uploadDocument } from '../documents/api';
import { downloadFile } from '../excel/download';

export type { Milestone, Plan, PlanningObligation, PlanTarget, QuarterlyReport };
export type PlanTask = Plan['tasks'][number];
export type PlanYear = z.infer<typeof PlanSummary>;
export type WorkReportRow = z.infer<typeof WorkReport>;
export type Submission = z.infer<typeof SubmissionStatus>;
export type ReportKind = z.infer<typeof WorkReportKind>;

export const listPlans = () => api.get<PlanYear[]>('/api/plans');
export const getPlan = (year: number, asOf?: string) => api.get<Plan>(`/api/plans/${year}`, { asOf });
export const reportMilestone = (id: number, evidence: string) => api.post<Plan>(`/api/milestones/${id}/report`, { evidence });
export const confirmMilestone = (id: number) => api.post<Plan>(`/api/milestones/${id}/confirm`);
/** The office changes a target's value: the answer is the plan at its new version. */
export const editTarget = (year: number, key: string, input: { value: number; note: string | null }) =>
  api.patch<Plan>(`/api/plans/${year}/targets/${encodeURIComponent(key)}`, input);

export type WorkReportQuery = { page: number; pageSize: number; kind?: ReportKind; period?: string };
export const listWorkReports = (query: WorkReportQuery) => api.get<Paged<WorkReportRow>>('/api/work-reports', query);
export const submitWorkReport = (input: z.input<typeof WorkReportInput>) => api.post<WorkReportRow>('/api/work-reports', input);
export const getSubmissionStatus = (period: string) => api.get<Submission>('/api/work-reports/status', { period });

export const getQuarterlyReport = (period: string) => api.get<QuarterlyReport>(`/api/quarterly-reports/${period}`);
export const downloadQuarterlyReport = (report: Pick<QuarterlyReport, 'period' | 'title'>) =>
  downloadFile(`/api/quarterly-reports/${report.period}/docx`, { fallbackName: `${report.title}.docx` });
export const downloadQuarterlyReportXlsx = (report: Pick<QuarterlyReport, 'period' | 'title'>) =>
  downloadFile(`/api/quarterly-reports/${report.period}/xlsx`, { fallbackName: `${report.title}.xlsx` });
export const saveQuarterlyReportText = (period: string, input: z.input<typeof QuarterlyReportTextInput>) =>
  api.put<QuarterlyReport>(`/api/quarterly-reports/${period}/text`, input);

/** The planning documents' filters (also in the address bar). */
export type DocumentFilters = { kind?: string; chainId?: number; state?: PlanningDocumentState };
export const listObligations = (year: number, filters: DocumentFilters) =>
  api.get<PlanningObligation[]>(`/api/plans/${year}/documents`, filters);
export const submitPlanningDocument = (input: z.input<typeof PlanningDocumentInput>) =>
  api.put<PlanningObligation>('/api/planning-documents', input);
export const listPlanningFiles = (id: number) => api.get<StoredDocument[]>(`/api/planning-documents/${id}/files`);
/** The server files every planning document's file as kind 'attachment'. */
export const uploadPlanningFile = (id: number, vars: UploadVars) => uploadDocument(`/api/planning-documents/${id}/files`, PDF_WORD, vars);
