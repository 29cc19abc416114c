import { LEAD_STAGE_LABELS, type LeadStage } from '@chainboard/contracts';
import { Tag } from 'antd';
import { LEAD_STAGE_COLORS } from '../labels';

export function LeadStageTag({ stage }: { stage: LeadStage }) {
  return (
    <Tag color={LEAD_STAGE_COLORS[stage]} style={{ marginInlineEnd: 0 }}>
      {LEAD_STAGE_LABELS[stage]}
    </Tag>
  );
}

export function GapTag() {
  return (
    <Tag color="purple" style={{ marginInlineEnd: 0 }}>
      补链
    </Tag>
  );
}
