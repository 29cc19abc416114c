import type {
  DecisionProgressInput,
  Enterprise,
  Meeting,
  MeetingDecisionInput,
  MeetingInput,
  Paged,
  Problem,
  ProblemCategory,
  ProblemEvent,
  ProblemInput,
  ProblemLevel,
  ProblemState,
  ProblemStats,
  ProblemStepInput,
  Project,
  StoredDocument,
} from '@chainboard/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';
import { PDF_WORD_IMAGE, type UploadVars, uploadDocument } from '../documents/api';
import { downloadFile } from '../excel/download';

export type { Meeting, Problem };
export type ProblemEventRow = z.infer<typeof ProblemEvent>;
export type ProblemStatsData = z.infer<typeof ProblemStats>;
export type Mine = 'toAccept' | 'toAnswer' | 'toConfirm';
export type Decision = Meeting['decisions'][number];

/** The list's filters; 导出 and the stats strip take the same ones, so all three agree. */
export type ProblemFilters = {
  chainId?: number;
  state?: ProblemState;
  level?: ProblemLevel;
  category?: z.infer<typeof ProblemCategory>;
  overdue?: 'true' | 'false';
  mine?: Mine;
  q?: string;
};
export type ProblemListQuery = ProblemFilters & { page: number; pageSize: number };

export const listProblems = (query: ProblemListQuery) => api.get<Paged<Problem>>('/api/problems', query);
export const getProblemStats = (filters: ProblemFilters) => api.get<ProblemStatsData>('/api/problems/stats', filters);
export const getProblem = (id: number) => api.get<Problem>(`/api/problems/${id}`);
export const getProblemTimeline = (id: number) => api.get<ProblemEventRow[]>(`/api/problems/${id}/timeline`);
export const raiseProblem = (input: z.input<typeof ProblemInput>) => api.post<Problem>('/api/problems', input);
export const stepProblem = (id: number, step: ProblemStepInput) => api.post<Problem>(`/api/problems/${id}/steps`, step);
export const listProblemDocuments = (id: number) => api.get<StoredDocument[]>(`/api/problems/${id}/documents`);
/** 附件: the server files every problem document as kind 'attachment'. */
export const uploadProblemDocument = (id: number, vars: UploadVars) =>
  uploadDocument(`/api/problems/${id}/documents`, PDF_WORD_IMAGE, vars);

export type MeetingListQuery = { page: number; pageSize: number; chainId?: number };
export const listMeetings = (query: MeetingListQuery) => api.get<Paged<Meeting>>('/api/meetings', query);
export const getMeeting = (id: number) => api.get<Meeting>(`/api/meetings/${id}`);
export const createMeeting = (input: z.input<typeof MeetingInput>) => api.post<Meeting>('/api/meetings', input);
export const addDecision = (meetingId: number, input: z.input<typeof MeetingDecisionInput>) =>
  api.post<Meeting>(`/api/meetings/${meetingId}/decisions`, input);
export const reportDecisionProgress = (decisionId: number, input: z.input<typeof DecisionProgressInput>) =>
  api.post<Meeting>(`/api/meeting-decisions/${decisionId}/progress`, input);
export const downloadMinutes = (meeting: Pick<Meeting, 'id' | 'chainName' | 'heldOn'>) =>
  downloadFile(`/api/meetings/${meeting.id}/minutes`, {
    fallbackName: `${meeting.chainName}产业链链长协调会议纪要（${meeting.heldOn}）.docx`,
  });

/** The enterprises the user's organisation stands for (an enterprise login: its own record). */
export const listOwnEnterprises = () => api.get<Paged<Enterprise>>('/api/enterprises', { page: 1, pageSize: 20 });

/** Pickers for the optional links of a problem, within what the user may read. */
export const searchProjects = (q: string, chainId?: number) =>
  api.get<Paged<Project>>('/api/projects', { page: 1, pageSize: 20, q: q || undefined, chainId });
export const searchEnterprises = (q: string, chainId?: number) =>
  api.get<Paged<Enterprise>>('/api/enterprises', { page: 1, pageSize: 20, q: q || undefined, chainId });
