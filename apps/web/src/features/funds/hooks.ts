import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addCooperation,
  addInvestment,
  createFund,
  createInvestmentLead,
  type FundDetail,
  type FundListQuery,
  getChainSummary,
  getFund,
  getFundHistory,
  listFunds,
  updateFund,
  updateInvestment,
} from './api';

const KEY = ['funds'] as const;
const fundKey = (id: number) => [...KEY, 'detail', id] as const;

export function useFunds(query: FundListQuery) {
  return useQuery({ queryKey: [...KEY, 'list', query], queryFn: () => listFunds(query), placeholderData: keepPreviousData });
}

export function useFund(id: number | undefined) {
  return useQuery({ queryKey: fundKey(id ?? 0), queryFn: () => getFund(id as number), enabled: id !== undefined, meta: { silent: true } });
}

export function useFundHistory(id: number) {
  return useQuery({ queryKey: [...fundKey(id), 'history'], queryFn: () => getFundHistory(id) });
}

export function useChainSummary(year: number) {
  return useQuery({ queryKey: [...KEY, 'by-chain', year], queryFn: () => getChainSummary(year), placeholderData: keepPreviousData });
}

/** After a change: the fund as answered, and every list and summary again. */
function useRefresh() {
  const queryClient = useQueryClient();
  return (fund?: FundDetail) => {
    if (fund) queryClient.setQueryData(fundKey(fund.id), fund);
    return queryClient.invalidateQueries({ queryKey: KEY });
  };
}

export function useCreateFund() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: createFund, onSuccess: (fund) => refresh(fund) });
}

export function useUpdateFund(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: Parameters<typeof updateFund>[1]) => updateFund(id, input),
    onSuccess: (fund) => refresh(fund),
  });
}

export function useAddCooperation(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: Parameters<typeof addCooperation>[1]) => addCooperation(id, input),
    onSuccess: (fund) => refresh(fund),
  });
}

export function useAddInvestment(id: number) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: Parameters<typeof addInvestment>[1]) => addInvestment(id, input),
    onSuccess: (fund) => refresh(fund),
  });
}

export function useUpdateInvestment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: Parameters<typeof updateInvestment>[1] }) => updateInvestment(id, input),
    onSuccess: () => refresh(),
  });
}

export function useCreateInvestmentLead() {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: Parameters<typeof createInvestmentLead>[1] }) => createInvestmentLead(id, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
      return refresh();
    },
  });
}
