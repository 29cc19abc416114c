import type {
  Milestone,
  Paged,
  Plan,
  PlanSummary,
  PlanTarget,
  QuarterlyReport,
  SubmissionStatus,
  WorkReport,
  WorkReportInput,
  WorkReportKind,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';
import { downloadFile } from '../excel/download';

export type { Milestone, Plan, PlanTarget, QuarterlyReport };
export type PlanTask = Plan['tasks'][number];
export type PlanYear = z.infer<typeof PlanSummary>;
export type WorkReportRow = z.infer<typeof WorkReport>;
export type Submission = z.infer<typeof SubmissionStatus>;
export type ReportKind = z.infer<typeof WorkReportKind>;

export const listPlans = () => api.get<PlanYear[]>('/api/plans');
export const getPlan = (year: number) => api.get<Plan>(`/api/plans/${year}`);
export const reportMilestone = (id: number, evidence: string) => api.post<Plan>(`/api/milestones/${id}/report`, { evidence });
export const confirmMilestone = (id: number) => api.post<Plan>(`/api/milestones/${id}/confirm`);

export type WorkReportQuery = { page: number; pageSize: number; kind?: ReportKind; period?: string };
export const listWorkReports = (query: WorkReportQuery) => api.get<Paged<WorkReportRow>>('/api/work-reports', query);
export const submitWorkReport = (input: z.input<typeof WorkReportInput>) => api.post<WorkReportRow>('/api/work-reports', input);
export const getSubmissionStatus = (period: string) => api.get<Submission>('/api/work-reports/status', { period });

export const getQuarterlyReport = (period: string) => api.get<QuarterlyReport>(`/api/quarterly-reports/${period}`);
export const downloadQuarterlyReport = (report: Pick<QuarterlyReport, 'period' | 'title'>) =>
  downloadFile(`/api/quarterly-reports/${report.period}/docx`, { fallbackName: `${report.title}.docx` });
