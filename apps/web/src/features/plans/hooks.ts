import type { WorkReportInput } from '@chainboard/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UploadVars } from '../documents/api';
import { REMINDERS_KEY } from '../reminders/hooks';
import {
  confirmMilestone,
  type DocumentFilters,
  editTarget,
  getPlan,
  getQuarterlyReport,
  getSubmissionStatus,
  listObligations,
  listPlanningFiles,
  listPlans,
  listWorkReports,
  type Plan,
  reportMilestone,
  saveQuarterlyReportText,
  submitPlanningDocument,
  submitWorkReport,
  uploadPlanningFile,
  type WorkReportQuery,
} from './api';

const PLANS = ['plans'] as const;
const REPORTS = ['work-reports'] as const;

/** The loaded plans' years (shared with the attraction pages, which default to the latest). */
export function usePlanYears() {
  return useQuery({ queryKey: [...PLANS, 'years'], queryFn: listPlans, staleTime: 10 * 60 * 1000, meta: { silent: true } });
}

/** `asOf`: another day than the plan year's default (its key stays the default's without one). */
export function usePlan(year: number | undefined, asOf?: string) {
  return useQuery({
    queryKey: [...PLANS, 'detail', year ?? 0, ...(asOf ? [asOf] : [])],
    queryFn: () => getPlan(year as number, asOf),
    enabled: year !== undefined,
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

/** Both answers carry the whole plan again: put it in place, and refresh the reminders. */
function useRefreshPlan() {
  const queryClient = useQueryClient();
  return (plan: Plan) => {
    queryClient.setQueryData([...PLANS, 'detail', plan.year], plan);
    void queryClient.invalidateQueries({ queryKey: ['quarterly-reports'] });
    return queryClient.invalidateQueries({ queryKey: REMINDERS_KEY });
  };
}

export function useReportMilestone() {
  const refresh = useRefreshPlan();
  return useMutation({
    mutationFn: ({ id, evidence }: { id: number; evidence: string }) => reportMilestone(id, evidence),
    onSuccess: refresh,
  });
}

export function useConfirmMilestone() {
  const refresh = useRefreshPlan();
  return useMutation({ mutationFn: (id: number) => confirmMilestone(id), onSuccess: refresh });
}

export function useEditTarget(year: number) {
  const refresh = useRefreshPlan();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...input }: { key: string; value: number; note: string | null }) => editTarget(year, key, input),
    onSuccess: (plan) => {
      void queryClient.invalidateQueries({ queryKey: ['cockpit'] });
      return refresh(plan);
    },
  });
}

export function useWorkReports(query: WorkReportQuery, enabled = true) {
  return useQuery({
    queryKey: [...REPORTS, 'list', query],
    queryFn: () => listWorkReports(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useSubmitWorkReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof WorkReportInput>) => submitWorkReport(input),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: REPORTS }), queryClient.invalidateQueries({ queryKey: REMINDERS_KEY })]),
  });
}

export function useSubmissionStatus(period: string, enabled: boolean) {
  return useQuery({
    queryKey: [...REPORTS, 'status', period],
    queryFn: () => getSubmissionStatus(period),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useQuarterlyReport(period: string | undefined) {
  return useQuery({
    queryKey: ['quarterly-reports', period ?? ''],
    queryFn: () => getQuarterlyReport(period as string),
    enabled: period !== undefined,
    placeholderData: keepPreviousData,
    meta: { silent: true },
  });
}

export function useSaveQuarterlyReportText(period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { overview: string; nextSteps: string }) => saveQuarterlyReportText(period, input),
    onSuccess: (report) => queryClient.setQueryData(['quarterly-reports', period], report),
  });
}

const DOCUMENTS = ['planning-documents'] as const;

export function useObligations(year: number | undefined, filters: DocumentFilters) {
  return useQuery({
    queryKey: [...DOCUMENTS, 'list', year ?? 0, filters],
    queryFn: () => listObligations(year as number, filters),
    enabled: year !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** After giving a document: every obligation list, the plan's milestone counts and the reminders again. */
export function useSubmitPlanningDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitPlanningDocument,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: DOCUMENTS }),
        queryClient.invalidateQueries({ queryKey: PLANS }),
        queryClient.invalidateQueries({ queryKey: REMINDERS_KEY }),
      ]),
  });
}

export function usePlanningFiles(id: number | undefined) {
  return useQuery({
    queryKey: [...DOCUMENTS, 'files', id ?? 0],
    queryFn: () => listPlanningFiles(id as number),
    enabled: id !== undefined,
  });
}

/** An upload answers with the document's whole file list. */
export function useUploadPlanningFile(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: UploadVars) => uploadPlanningFile(id, vars),
    onSuccess: (files) => {
      queryClient.setQueryData([...DOCUMENTS, 'files', id], files);
      return queryClient.invalidateQueries({ queryKey: [...DOCUMENTS, 'list'] });
    },
  });
}
