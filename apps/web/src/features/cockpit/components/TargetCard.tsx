import { TARGET_STATUS_LABELS } from '@chainboard/contracts';
import { Flex, Progress, Tag, Typography } from 'antd';
import type { CockpitTarget, DrillParams } from '../api';
import { figureText, STATUS_COLORS } from '../labels';
import { FigureCard } from './FigureCard';

/** A target of the plan: the live figure, the target, the share reached, the pace the day needs, the status colour. */
export function TargetCard({
  target,
  onDrill,
  revenueLabel,
}: {
  target: CockpitTarget;
  onDrill: (d: DrillParams, title: string) => void;
  /** Which quarters revenue counts ("营收（截至2024年第三季度）"), shown on the targets computed from revenue. */
  revenueLabel?: string;
}) {
  const color = STATUS_COLORS[target.status];
  const onRevenue = target.actual.drill?.figure === 'chainRevenue';
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
          {onRevenue && revenueLabel && <Typography.Text type="secondary">{revenueLabel}</Typography.Text>}
          {target.alongside?.map((a) => (
            <Typography.Text key={a.label} type="secondary">
              {a.label}：{a.value === null ? '暂无可比数据' : `${a.value.toFixed(1)}${target.unit}`}
            </Typography.Text>
          ))}
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
