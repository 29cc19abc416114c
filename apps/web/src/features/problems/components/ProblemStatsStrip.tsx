import type { ProblemState } from '@chainboard/contracts';
import { Card, Flex, Statistic, Typography } from 'antd';
import { useIsMobile } from '../../../lib/useIsMobile';
import type { ProblemFilters } from '../api';
import { useProblemStats } from '../hooks';

type Cell = { key: string; label: string; value: number | string; color?: string; filter?: Partial<ProblemFilters> };

/**
 * 问题统计 for what is filtered: by state, overdue, escalated and the average days to solve. A
 * count filters the list to its rows.
 */
export function ProblemStatsStrip({ filters, onFilter }: { filters: ProblemFilters; onFilter: (patch: Partial<ProblemFilters>) => void }) {
  const isMobile = useIsMobile();
  const { data, isLoading } = useProblemStats(filters);
  const by = (state: ProblemState) => data?.byState[state] ?? 0;
  const total = data ? Object.values(data.byState).reduce((s, n) => s + n, 0) : 0;
  const cells: Cell[] = [
    { key: 'total', label: '问题总数', value: total, filter: { state: undefined, overdue: undefined } },
    { key: 'raised', label: '待受理', value: by('raised'), filter: { state: 'raised', overdue: undefined } },
    { key: 'accepted', label: '已受理', value: by('accepted'), filter: { state: 'accepted', overdue: undefined } },
    { key: 'inProgress', label: '办理中', value: by('inProgress'), filter: { state: 'inProgress', overdue: undefined } },
    { key: 'answered', label: '已答复', value: by('answered'), filter: { state: 'answered', overdue: undefined } },
    { key: 'closed', label: '已办结', value: by('closed'), color: '#389e0d', filter: { state: 'closed', overdue: undefined } },
    {
      key: 'overdue',
      label: '逾期',
      value: data?.overdue ?? 0,
      color: data?.overdue ? '#cf1322' : undefined,
      filter: { overdue: 'true', state: undefined },
    },
    { key: 'escalated', label: '已提级', value: data?.escalated ?? 0, color: '#531dab' },
    {
      key: 'days',
      label: '平均办结天数',
      value: data?.averageDaysToSolve === null || data?.averageDaysToSolve === undefined ? '—' : data.averageDaysToSolve.toFixed(1),
    },
  ];
  return (
    <Flex
      wrap={!isMobile}
      gap={8}
      style={{ marginBottom: 16, overflowX: isMobile ? 'auto' : undefined, paddingBottom: isMobile ? 4 : 0 }}
      role="group"
      aria-label="问题统计"
    >
      {cells.map((cell) => {
        const { filter } = cell;
        return (
          <Card
            key={cell.key}
            size="small"
            hoverable={Boolean(filter)}
            onClick={filter ? () => onFilter(filter) : undefined}
            style={{ flex: isMobile ? '0 0 auto' : '1 1 110px', minWidth: isMobile ? 84 : 110, cursor: filter ? 'pointer' : 'default' }}
            styles={{ body: { padding: isMobile ? '6px 10px' : '8px 12px' } }}
          >
            <Statistic
              loading={isLoading}
              title={<Typography.Text type="secondary">{cell.label}</Typography.Text>}
              value={cell.value}
              styles={{ content: { fontSize: isMobile ? 17 : 20, color: cell.color } }}
            />
          </Card>
        );
      })}
    </Flex>
  );
}
