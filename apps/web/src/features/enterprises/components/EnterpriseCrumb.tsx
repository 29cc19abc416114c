import { useEnterprise } from '../hooks';

/** The breadcrumb for an enterprise's page: its name once loaded. */
export function EnterpriseCrumb({ id }: { id: string | undefined }) {
  const enterpriseId = Number(id);
  const { data } = useEnterprise(Number.isInteger(enterpriseId) && enterpriseId > 0 ? enterpriseId : undefined);
  return <>{data?.name ?? '企业详情'}</>;
}
