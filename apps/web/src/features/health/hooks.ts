import { useQuery } from '@tanstack/react-query';
import { fetchHealth } from './api';

export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: fetchHealth,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    meta: { silent: true },
  });
}

/** Whether the platform runs on the invented demo data set (shows 示例数据). */
export function useIsDemo(): boolean {
  return useHealth().data?.demo === true;
}
