import { Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Plan } from '../api';

type Version = Plan['version'];

const CHANGE_LABELS: Record<Version['change'], string> = { import: '导入计划文件', edit: '修改目标值' };

/** 第2版（王芳 于 2025-07-01） */
export const versionLabel = (v: Version) => `第${v.number}版（${v.recordedByName} 于 ${dayjs(v.recordedAt).format('YYYY-MM-DD')}）`;

/** Which version of the plan the page's figures use, every version on hover. */
export function PlanVersionTag({ plan }: { plan: Plan }) {
  const history = (
    <div>
      {plan.versions.map((v) => (
        <div key={v.number}>
          {versionLabel(v)} {CHANGE_LABELS[v.change]}
          {v.note && <Typography.Text style={{ color: 'inherit' }}>：{v.note}</Typography.Text>}
        </div>
      ))}
    </div>
  );
  return (
    <Tooltip title={history}>
      <Tag color="blue" aria-label="计划版本">
        {versionLabel(plan.version)}
      </Tag>
    </Tooltip>
  );
}
