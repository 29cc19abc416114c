import type {
  ClassCount,
  ClassMoveInput,
  Enterprise,
  ModeDemonstration,
  ModeDemonstrationInput,
  Paged,
  Project,
  ProjectClass,
  ProjectEvent,
  ProjectInput,
  ProjectPatch,
  ProjectReport,
  ProjectReportInput,
  ReserveEntry,
  ReserveInput,
  ReserveReviewInput,
  Visit,
  VisitInput,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';

export type ClassCountRow = z.infer<typeof ClassCount>;
export type ReserveRow = z.infer<typeof ReserveEntry>;
export type ReserveState = ReserveRow['state'];
export type VisitRow = z.infer<typeof Visit>;
export type ModeDemonstrationRow = z.infer<typeof ModeDemonstration>;
export type DemonstrationMode = ModeDemonstrationRow['mode'];
export type Timeline = { events: ProjectEvent[]; reports: ProjectReport[] };

/** The list's filters, also sent to 导出 so the file holds exactly what is filtered. */
export type ProjectFilters = {
  year?: number;
  chainId?: number;
  cityId?: number;
  zoneId?: number;
  class?: ProjectClass;
  demonstration?: 'true' | 'false';
  late?: 'true' | 'false';
  q?: string;
};
export type ProjectListQuery = ProjectFilters & { page: number; pageSize: number };

export const listProjects = (query: ProjectListQuery) => api.get<Paged<Project>>('/api/projects', query);
export const getProject = (id: number) => api.get<Project>(`/api/projects/${id}`);
export const createProject = (input: ProjectInput) => api.post<Project>('/api/projects', input);
export const updateProject = (id: number, patch: ProjectPatch) => api.patch<Project>(`/api/projects/${id}`, patch);
export const moveProjectClass = (id: number, move: z.input<typeof ClassMoveInput>) => api.post<Project>(`/api/projects/${id}/class`, move);
export const setDemonstration = (id: number, demonstration: boolean) =>
  api.put<Project>(`/api/projects/${id}/demonstration`, { demonstration });
export const reportProgress = (id: number, report: z.input<typeof ProjectReportInput>) =>
  api.post<ProjectReport[]>(`/api/projects/${id}/reports`, report);
export const getTimeline = (id: number) => api.get<Timeline>(`/api/projects/${id}/timeline`);
export const getClassCounts = (year?: number) => api.get<ClassCountRow[]>('/api/projects/class-counts', { year });

export type ReserveListQuery = { page: number; pageSize: number; year?: number; chainId?: number; state?: ReserveState };
export const listReserve = (query: ReserveListQuery) => api.get<Paged<ReserveRow>>('/api/fund-reserve', query);
export const recommendReserve = (input: z.input<typeof ReserveInput>) => api.post<ReserveRow>('/api/fund-reserve', input);
export const reviewReserve = (id: number, input: z.input<typeof ReserveReviewInput>) =>
  api.post<ReserveRow>(`/api/fund-reserve/${id}/review`, input);

export type VisitListQuery = { page: number; pageSize: number; chainId?: number; cityId?: number };
export const listVisits = (query: VisitListQuery) => api.get<Paged<VisitRow>>('/api/visits', query);
export const recordVisit = (input: z.input<typeof VisitInput>) => api.post<VisitRow>('/api/visits', input);

export const listModeDemonstrations = (chainId?: number) => api.get<ModeDemonstrationRow[]>('/api/mode-demonstrations', { chainId });
export const recordModeDemonstration = (input: z.input<typeof ModeDemonstrationInput>) =>
  api.post<ModeDemonstrationRow[]>('/api/mode-demonstrations', input);

/** Enterprises by name or credit code, for pickers. */
export const searchEnterprises = (q: string) => api.get<Paged<Enterprise>>('/api/enterprises', { q, pageSize: 20 });
