import { TARGET_STATUS_LABELS } from '@chainboard/contracts';
import { Flex, Progress, Tag, Typography } from 'antd';
import type { CockpitTarget, DrillParams } from '../api';
import { figureText, STATUS_COLORS } from '../labels';
import { FigureCard } from './FigureCard';

/** A target of the plan: the live figure, the target, the share reached, the pace the day needs, the status colour. */
export function TargetCard({ target, onDrill }: { target: CockpitTarget; onDrill: (d: DrillParams, title: string) => void }) {
  const color = STATUS_COLORS[target.status];
  const perUnit = target.unitsTotal !== null;
  const unitName = target.perUnit === 'hostZone' ? '开发区' : '市';
  return (
    <FigureCard
      figure={target.actual}
      label={target.label}
      color={color}
      onDrill={onDrill}
      extra={
        <Flex vertical gap={2}>
          <Flex justify="space-between" wrap gap={4}>
            <Typography.Text type="secondary">
              目标 {target.comparison === '>=' ? '≥' : '≤'}{' '}
              {target.unit === '元' ? figureText(target.value, '元') : `${target.value}${target.unit}`}
              {perUnit ? `/每${unitName}` : ''}
            </Typography.Text>
            <Tag color={color} style={{ marginInlineEnd: 0 }}>
              {TARGET_STATUS_LABELS[target.status]}
            </Tag>
          </Flex>
          {target.share !== null && (
            <Progress percent={Math.min(100, target.share)} size="small" strokeColor={color} format={() => `${target.share}%`} />
          )}
          <Typography.Text type="secondary">
            {perUnit
              ? `达标${unitName} ${target.unitsMet}/${target.unitsTotal}${target.pace !== null ? `，按进度应达 ${target.pace}` : ''}`
              : target.pace !== null
                ? `按进度应达 ${figureText(target.pace, target.actual.unit === '元' ? '元' : target.unit)}`
                : '　'}
          </Typography.Text>
        </Flex>
      }
    />
  );
}
