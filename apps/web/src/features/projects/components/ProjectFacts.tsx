import { CHAIN_STAGE_LABELS, type Project } from '@chainboard/contracts';
import { Descriptions, type DescriptionsProps, Flex, Progress, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime, orDash } from '../../../lib/format';
import { formatPercent, formatWan, formatYi } from '../money';
import { CYCLE_LABELS, type Cycle } from '../periods';
import { DemonstrationTag, ProjectClassTag, ReportState } from './ProjectTags';

/** 120,000 万元（12.00 亿元） */
function Money({ yuan }: { yuan: number }) {
  return (
    <>
      {formatWan(yuan)} 万元
      {yuan >= 100_000_000 && <Typography.Text type="secondary">（{formatYi(yuan)} 亿元）</Typography.Text>}
    </>
  );
}

/** All the facts of one project, in a descriptions block. */
export function ProjectFacts({ project: p }: { project: Project }) {
  const done = p.totalInvestment ? Math.min(100, (p.completedInvestment / p.totalInvestment) * 100) : 0;
  const items: DescriptionsProps['items'] = [
    { key: 'year', label: '年度', children: `${p.year}年` },
    { key: 'chain', label: '产业链', children: <Link to={`/chains/${p.chainId}`}>{p.chainName}</Link> },
    { key: 'stage', label: '产业链环节', children: p.stage ? CHAIN_STAGE_LABELS[p.stage] : '—' },
    {
      key: 'class',
      label: '项目类别',
      children: (
        <Flex gap={4} wrap>
          <ProjectClassTag project={p} />
          {p.demonstration && <DemonstrationTag />}
        </Flex>
      ),
    },
    { key: 'place', label: '建设地点', children: [p.cityName, p.zoneName].filter(Boolean).join(' · ') },
    { key: 'enterprise', label: '投资企业', children: orDash(p.enterpriseName) },
    { key: 'builder', label: '建设单位', children: p.builder },
    { key: 'partners', label: '合作方', children: orDash(p.partners) },
    { key: 'total', label: '总投资', children: <Money yuan={p.totalInvestment} /> },
    { key: 'annual', label: '年度计划投资', children: <Money yuan={p.annualPlanInvestment} /> },
    {
      key: 'completed',
      label: '累计完成投资',
      children: (
        <Flex vertical gap={2}>
          <span>
            <Money yuan={p.completedInvestment} />
            <Typography.Text type="secondary">，占总投资 {formatPercent(p.completedInvestment, p.totalInvestment)}</Typography.Text>
          </span>
          <Progress percent={Number(done.toFixed(1))} showInfo={false} size="small" style={{ maxWidth: 240, margin: 0 }} />
        </Flex>
      ),
    },
    {
      key: 'report',
      label: '进展报送',
      children: (
        <Flex gap={8} wrap align="center">
          <span>{CYCLE_LABELS[p.reportCycleMonths as Cycle] ?? `每 ${p.reportCycleMonths} 个月`}</span>
          <ReportState project={p} />
        </Flex>
      ),
    },
    {
      key: 'liaison',
      label: '包联领导',
      children: p.liaisonOfficial ? `${p.liaisonOfficial}${p.liaisonPhone ? `（${p.liaisonPhone}）` : ''}` : '—',
    },
    { key: 'leadUnitContact', label: '牵头单位联系人', children: orDash(p.leadUnitContact) },
    { key: 'createdAt', label: '列入时间', children: formatDateTime(p.createdAt) },
    { key: 'updatedAt', label: '更新时间', children: formatDateTime(p.updatedAt) },
    {
      key: 'content',
      label: '建设内容',
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(p.content)}</span>,
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }} items={items} />;
}
