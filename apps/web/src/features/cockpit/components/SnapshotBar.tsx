import { periodLabel } from '@chainboard/contracts';
import { Button, Flex, Select } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { showError } from '../../../lib/errors';
import type { SnapshotSummary } from '../api';
import { useTakeSnapshot } from '../hooks';

// the comparison table loads when it is first opened
const DiffModal = lazy(() => import('./SnapshotDiffModal'));

type Props = {
  snapshots: SnapshotSummary[];
  selected: number | undefined;
  onSelect: (id: number | undefined) => void;
  canTake: boolean;
  year: number;
};

const quarterOptions = (year: number, today: string) =>
  [1, 2, 3, 4]
    .map((q) => `${year}Q${q}`)
    .filter((p) => `${p.slice(0, 4)}-${String((Number(p[5]) - 1) * 3 + 1).padStart(2, '0')}-01` <= today)
    .map((p) => ({ value: p, label: periodLabel(p) }));

/** Pick a snapshot to show instead of today, take one (the office), and compare one with today. */
export default function SnapshotBar({ snapshots, selected, onSelect, canTake, year }: Props) {
  const [taking, setTaking] = useState<string | null>(null);
  const [diffOpen, setDiffOpen] = useState(false);
  const take = useTakeSnapshot();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Flex wrap gap={8} align="center">
      <Select
        style={{ minWidth: 240 }}
        allowClear
        placeholder="实时数据（选择快照查看）"
        value={selected}
        onChange={(v) => onSelect(v ?? undefined)}
        options={snapshots.map((s) => ({
          value: s.id,
          label: `${periodLabel(s.period)} · ${s.auto ? '季度末' : '手动'}快照（截至 ${s.asOf}）`,
        }))}
        // once chosen, the header says the day: the short name keeps the bar inside a phone's width
        labelRender={({ value, label }) => {
          const s = snapshots.find((x) => x.id === value);
          return s ? `${periodLabel(s.period)} · ${s.auto ? '季度末' : '手动'}快照` : label;
        }}
        aria-label="快照"
      />
      {selected !== undefined && <Button onClick={() => setDiffOpen(true)}>与今日记录对比</Button>}
      {canTake && (
        <Select
          style={{ width: 180 }}
          placeholder="生成快照…"
          value={taking}
          onChange={(period: string) => {
            setTaking(period);
            take.mutate(period, {
              onSuccess: (s) => onSelect(s.id),
              onError: showError,
              onSettled: () => setTaking(null),
            });
          }}
          loading={take.isPending}
          options={quarterOptions(year, today)}
          aria-label="生成快照"
        />
      )}
      {diffOpen && (
        <Suspense fallback={null}>
          <DiffModal id={selected} onClose={() => setDiffOpen(false)} />
        </Suspense>
      )}
    </Flex>
  );
}
