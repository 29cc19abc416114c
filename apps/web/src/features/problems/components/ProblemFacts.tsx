import { PROBLEM_CATEGORY_LABELS } from '@chainboard/contracts';
import type { DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import { DetailFacts } from '../../../components/DetailFacts';
import { formatDate, formatDateTime, orDash } from '../../../lib/format';
import type { Problem } from '../api';
import { ProblemLevelTag, RatingTag } from './ProblemTags';

/** The facts of one problem in a descriptions block. */
export function ProblemFacts({ problem: p }: { problem: Problem }) {
  const items: DescriptionsProps['items'] = [
    { key: 'chain', label: '产业链', children: p.chainName },
    { key: 'category', label: '问题类别', children: PROBLEM_CATEGORY_LABELS[p.category] },
    { key: 'level', label: '协调层级', children: <ProblemLevelTag level={p.level} /> },
    { key: 'raisedBy', label: '反映单位', children: p.raisedByOrgName },
    { key: 'responsible', label: '责任单位', children: p.responsibleOrgName },
    { key: 'person', label: '责任人', children: orDash(p.responsiblePerson) },
    { key: 'deadline', label: '办理期限', children: p.deadline },
    {
      key: 'project',
      label: '关联项目',
      children: p.projectId ? <Link to={`/projects/${p.projectId}`}>{p.projectName ?? `项目 #${p.projectId}`}</Link> : '—',
    },
    {
      key: 'enterprise',
      label: '关联企业',
      children: p.enterpriseId ? <Link to={`/enterprises/${p.enterpriseId}`}>{p.enterpriseName ?? `企业 #${p.enterpriseId}`}</Link> : '—',
    },
    { key: 'rating', label: '评价', children: p.rating ? <RatingTag rating={p.rating} /> : '—' },
    { key: 'createdAt', label: '反映时间', children: formatDateTime(p.createdAt) },
    { key: 'closedAt', label: '办结日期', children: formatDate(p.closedAt) },
    {
      key: 'description',
      label: '问题描述',
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{p.description}</span>,
    },
    {
      key: 'answer',
      label: '答复',
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(p.answer)}</span>,
    },
  ];
  return <DetailFacts items={items} />;
}
