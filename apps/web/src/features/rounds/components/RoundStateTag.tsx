import { ROUND_STATE_LABELS, type RoundState } from '@chainboard/contracts';
import { Tag } from 'antd';
import { ROUND_STATE_COLORS } from '../labels';

export function RoundStateTag({ state }: { state: RoundState }) {
  return (
    <Tag color={ROUND_STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {ROUND_STATE_LABELS[state]}
    </Tag>
  );
}
