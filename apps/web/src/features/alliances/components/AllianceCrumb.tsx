import { useAlliance } from '../hooks';

export function AllianceCrumb({ id }: { id: string | undefined }) {
  const allianceId = Number(id);
  const { data } = useAlliance(Number.isInteger(allianceId) && allianceId > 0 ? allianceId : undefined);
  return <>{data?.name ?? '协作联合体'}</>;
}
