import { useLead } from '../hooks';

/** The breadcrumb for a lead's page: the target enterprise once loaded. */
export function LeadCrumb({ id }: { id: string | undefined }) {
  const leadId = Number(id);
  const { data } = useLead(Number.isInteger(leadId) && leadId > 0 ? leadId : undefined);
  return <>{data?.targetName ?? '线索详情'}</>;
}
