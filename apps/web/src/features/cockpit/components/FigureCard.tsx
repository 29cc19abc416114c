import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CockpitFigure, DrillParams } from '../api';
import { formatFigure } from '../labels';

type Props = {
  figure: CockpitFigure;
  onDrill: (d: DrillParams, title: string) => void;
  /** A line under the figure: the target, the pace, what it is out of. */
  extra?: ReactNode;
  color?: string;
  label?: string;
};

/** One figure, large, opening the records it was computed from on click. */
export function FigureCard({ figure, onDrill, extra, color, label }: Props) {
  const f = formatFigure(figure.value, figure.unit);
  const open = () => figure.drill && onDrill(figure.drill, label ?? figure.label);
  return (
    <Card
      size="small"
      hoverable={figure.drill !== null}
      onClick={open}
      role="button"
      tabIndex={0}
      onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && open()}
      aria-label={`${label ?? figure.label}：${f.text}${f.unit}，查看明细`}
      style={{ height: '100%', borderTop: color ? `3px solid ${color}` : undefined }}
      styles={{ body: { padding: 12 } }}
      data-testid={`figure-${figure.id}`}
    >
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {label ?? figure.label}
      </Typography.Text>
      <Flex align="baseline" gap={4} style={{ marginTop: 4 }}>
        <span style={{ fontSize: 26, fontWeight: 600, color: color ?? 'inherit', lineHeight: 1.2 }}>{f.text}</span>
        <Typography.Text type="secondary">{f.unit}</Typography.Text>
      </Flex>
      {extra && <div style={{ marginTop: 4, fontSize: 12 }}>{extra}</div>}
    </Card>
  );
}
