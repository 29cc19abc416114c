import { TECHNOLOGY_STATE_LABELS, type TechnologyState } from '@chainboard/contracts';
import { Tag } from 'antd';
import { TECHNOLOGY_STATE_COLORS } from '../labels';

export function TechnologyStateTag({ state, overdue }: { state: TechnologyState; overdue?: boolean }) {
  return (
    <>
      <Tag color={TECHNOLOGY_STATE_COLORS[state]} style={{ marginInlineEnd: 4 }}>
        {TECHNOLOGY_STATE_LABELS[state]}
      </Tag>
      {overdue && <Tag color="orange">逾期未突破</Tag>}
    </>
  );
}

export function DemoMark({ demo }: { demo: boolean }) {
  return demo ? <Tag style={{ marginInlineEnd: 0 }}>示例数据</Tag> : null;
}
