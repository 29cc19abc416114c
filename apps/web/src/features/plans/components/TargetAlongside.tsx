import { Typography } from 'antd';
import { figure } from '../labels';

export type AlongsideFigure = { label: string; value: number | null };

const shown = (value: number | null, unit: string) =>
  value === null ? '暂未统计' : unit === '%' ? `${value.toFixed(1)}%` : figure(value, unit);

/** Figures read beside a target's live one, each with its label: "同口径增长（两年均在链的企业）：10.0%". */
export function TargetAlongside({ items, unit }: { items: AlongsideFigure[] | undefined; unit: string }) {
  if (!items?.length) return null;
  return items.map((a) => (
    <Typography.Text key={a.label} type="secondary" style={{ display: 'block', fontSize: 12 }}>
      {a.label}：{shown(a.value, unit)}
    </Typography.Text>
  ));
}
