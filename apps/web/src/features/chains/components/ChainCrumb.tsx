import { useChain } from '../hooks';

/** The breadcrumb for a chain's page: its name once loaded. */
export function ChainCrumb({ id }: { id: string | undefined }) {
  const chainId = Number(id);
  const { data } = useChain(Number.isInteger(chainId) && chainId > 0 ? chainId : undefined);
  return <>{data?.name ?? '产业链详情'}</>;
}
