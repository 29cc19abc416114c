import { PROJECT_CLASS_LABELS, ProjectClass } from '@chainboard/contracts';
import { Flex, Skeleton, Tag, Typography } from 'antd';
import type { ClassCountRow } from '../api';
import { useClassCounts } from '../hooks';
import { PROJECT_CLASS_COLORS } from '../labels';

type Props = {
  year: number | undefined;
  chainId: number | undefined;
  /** A click on a chain (or on 全部) filters the list by it. */
  onPickChain: (chainId: number | undefined) => void;
};

function Counts({ counts }: { counts: Record<string, number> }) {
  return (
    <Flex wrap gap={4}>
      {ProjectClass.options
        .filter((c) => counts[c])
        .map((c) => (
          <Tag key={c} color={PROJECT_CLASS_COLORS[c]} style={{ marginInlineEnd: 0, fontSize: 12 }}>
            {PROJECT_CLASS_LABELS[c]} {counts[c]}
          </Tag>
        ))}
    </Flex>
  );
}

function Tile({
  title,
  row,
  active,
  onClick,
}: {
  title: string;
  row: Pick<ClassCountRow, 'counts' | 'total'>;
  active: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={active}
      className="project-count-tile"
      style={{
        flex: '0 0 auto',
        width: 188,
        textAlign: 'start',
        padding: '8px 10px',
        borderRadius: 8,
        cursor: 'pointer',
        background: active ? '#e6f4ff' : '#fafbfc',
        border: `1px solid ${active ? '#1677ff' : '#e8ebf0'}`,
      }}
    >
      <Flex justify="space-between" align="baseline" style={{ marginBottom: 6 }}>
        <Typography.Text strong ellipsis style={{ maxWidth: 120 }}>
          {title}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {row.total} 个
        </Typography.Text>
      </Flex>
      <Counts counts={row.counts} />
    </button>
  );
}

/** 各产业链项目分类: a sideways strip of chains, each with its projects by class (GET /api/projects/class-counts). */
export function ClassCountStrip({ year, chainId, onPickChain }: Props) {
  const { data, isLoading } = useClassCounts(year);
  if (isLoading) return <Skeleton active paragraph={{ rows: 1 }} />;
  const rows = data ?? [];
  if (rows.length === 0) return null;
  const all = rows.reduce(
    (sum, row) => {
      for (const [c, n] of Object.entries(row.counts)) sum.counts[c] = (sum.counts[c] ?? 0) + n;
      sum.total += row.total;
      return sum;
    },
    { counts: {} as Record<string, number>, total: 0 },
  );
  return (
    <section aria-label="各产业链项目分类统计" style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6, fontSize: 12 }}>
        各产业链项目分类（{year ? `${year}年` : '全部年度'}，单位：个）
      </Typography.Text>
      <Flex gap={8} style={{ overflowX: 'auto', paddingBottom: 4 }}>
        <Tile title="全部产业链" row={all} active={chainId === undefined} onClick={() => onPickChain(undefined)} />
        {rows.map((row) => (
          <Tile
            key={row.chainId}
            title={row.chainName}
            row={row}
            active={chainId === row.chainId}
            onClick={() => onPickChain(chainId === row.chainId ? undefined : row.chainId)}
          />
        ))}
      </Flex>
    </section>
  );
}
