import { MILESTONE_STATE_LABELS, TARGET_STATUS_LABELS } from '@chainboard/contracts';
import { Tag } from 'antd';
import { isStatus, MILESTONE_STATE_COLORS, TARGET_STATUS_COLORS } from '../labels';

const TIGHT = { marginInlineEnd: 0 } as const;

export function TargetStatusTag({ status }: { status: string }) {
  if (!isStatus(status)) return <Tag style={TIGHT}>{status}</Tag>;
  return (
    <Tag color={TARGET_STATUS_COLORS[status]} style={TIGHT}>
      {TARGET_STATUS_LABELS[status]}
    </Tag>
  );
}

export function MilestoneStateTag({ state }: { state: string }) {
  const known = state === 'open' || state === 'reported' || state === 'confirmed';
  return (
    <Tag color={known ? MILESTONE_STATE_COLORS[state] : undefined} style={TIGHT}>
      {known ? MILESTONE_STATE_LABELS[state] : state}
    </Tag>
  );
}
