import type { Project } from '@chainboard/contracts';
import { Tag, Tooltip, Typography } from 'antd';
import { classText, PROJECT_CLASS_COLORS } from '../labels';
import { periodDue } from '../periods';
import { reportsProgress } from '../permissions';

/** 储备类, 实施类（新建） … in the class colour. */
export function ProjectClassTag({ project }: { project: Pick<Project, 'class' | 'buildType'> }) {
  return (
    <Tag color={PROJECT_CLASS_COLORS[project.class]} style={{ marginInlineEnd: 0 }}>
      {classText(project)}
    </Tag>
  );
}

export function DemonstrationTag() {
  return (
    <Tag color="gold" style={{ marginInlineEnd: 0 }}>
      示范
    </Tag>
  );
}

/** Invented demo rows say so on every screen (DOMAIN.md). */
export function DemoDataTag() {
  return <Tag style={{ marginInlineEnd: 0 }}>示例数据</Tag>;
}

/** 报送: red 逾期未报 with the missing period, else the last period reported. */
export function ReportState({ project }: { project: Pick<Project, 'lateReportPeriod' | 'lastReportPeriod' | 'class'> }) {
  if (project.lateReportPeriod) {
    return (
      <Tooltip title={`${project.lateReportPeriod} 的进展应于 ${periodDue(project.lateReportPeriod).format('YYYY-MM-DD')} 前报送`}>
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          逾期未报 {project.lateReportPeriod}
        </Tag>
      </Tooltip>
    );
  }
  if (project.lastReportPeriod) return <Typography.Text>已报 {project.lastReportPeriod}</Typography.Text>;
  return <Typography.Text type="secondary">{reportsProgress(project) ? '未报送' : '—'}</Typography.Text>;
}
