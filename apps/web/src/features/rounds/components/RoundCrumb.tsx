import { useRound } from '../hooks';

/** The breadcrumb for a round's page: its title once loaded. */
export function RoundCrumb({ id }: { id: string | undefined }) {
  const roundId = Number(id);
  const { data } = useRound(Number.isInteger(roundId) && roundId > 0 ? roundId : undefined);
  return <>{data?.title ?? '评定批次'}</>;
}
