import type { ChainRanking, Cockpit, CockpitSnapshot, DrillPage, DrillParams, SnapshotDiff, SnapshotSummary } from '@chainboard/contracts';
import { api } from '../../lib/api';

export type { ChainRanking, Cockpit, CockpitSnapshot, DrillPage, DrillParams, SnapshotDiff, SnapshotSummary };
export type CockpitFigure = Cockpit['problems']['open'];
export type CockpitTarget = Cockpit['targets'][number];
export type ChainRankRow = ChainRanking['rows'][number];

/** The view: the province (nothing set), one chain or one city. */
export type ViewQuery = { year?: number; asOf?: string; chainId?: number; cityId?: number };

export const getCockpit = (q: ViewQuery) => api.get<Cockpit>('/api/cockpit', q);
export const getRanking = (year?: number, asOf?: string) => api.get<ChainRanking>('/api/cockpit/chains', { year, asOf });
export const getDrill = (d: DrillParams, page: number, pageSize: number) =>
  api.get<DrillPage>('/api/cockpit/drill', { ...d, page, pageSize });
export const listSnapshots = () => api.get<SnapshotSummary[]>('/api/cockpit/snapshots');
export const getSnapshot = (id: number) => api.get<CockpitSnapshot>(`/api/cockpit/snapshots/${id}`);
export const getSnapshotDiff = (id: number) => api.get<SnapshotDiff>(`/api/cockpit/snapshots/${id}/diff`);
export const takeSnapshot = (period: string) => api.post<CockpitSnapshot>('/api/cockpit/snapshots', { period });
