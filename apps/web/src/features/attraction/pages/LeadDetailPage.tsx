import { ArrowRightOutlined } from '@ant-design/icons';
import { CHAIN_STAGE_LABELS, LEAD_SOURCE_LABELS } from '@chainboard/contracts';
import { Alert, Button, type DescriptionsProps, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { DetailFacts } from '../../../components/DetailFacts';
import { DetailLoader, useRouteId } from '../../../components/DetailLoader';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime, orDash } from '../../../lib/format';
import { useMe } from '../../auth/hooks';
import { formatWan, formatYi } from '../../enterprises/money';
import type { Lead } from '../api';
import { LeadMoveModal, nextStages } from '../components/LeadMoveModal';
import { GapTag, LeadStageTag } from '../components/LeadTags';
import { LeadTimeline } from '../components/LeadTimeline';
import { useLead, useLeadEvents } from '../hooks';
import { canWriteLead } from '../permissions';

export function LeadDetailPage() {
  const id = useRouteId();
  const query = useLead(id);
  return (
    <DetailLoader id={id} query={query} noun="线索" backTo="/attraction" backLabel="返回招商线索">
      {(lead) => <LeadView lead={lead} />}
    </DetailLoader>
  );
}

function LeadView({ lead }: { lead: Lead }) {
  const me = useMe();
  const [moving, setMoving] = useState(false);
  const events = useLeadEvents(lead.id);
  const movable = canWriteLead(me, lead) && nextStages(lead.pipelineStage).length > 0;

  const items: DescriptionsProps['items'] = [
    { key: 'target', label: '目标企业', children: lead.targetName },
    { key: 'code', label: '统一社会信用代码', children: orDash(lead.targetCreditCode) },
    { key: 'inProvince', label: '省内/省外', children: lead.inProvince ? '省内企业' : '省外企业' },
    { key: 'chain', label: '产业链', children: <Link to={`/chains/${lead.chainId}`}>{lead.chainName}</Link> },
    { key: 'stage', label: '链上环节', children: lead.stage ? CHAIN_STAGE_LABELS[lead.stage] : '—' },
    { key: 'source', label: '来源', children: LEAD_SOURCE_LABELS[lead.source] },
    { key: 'master', label: '链主企业', children: orDash(lead.chainMasterName) },
    { key: 'city', label: '所在市', children: lead.cityName },
    { key: 'zone', label: '开发区/园区', children: orDash(lead.zoneName) },
    { key: 'person', label: '责任人', children: lead.responsiblePerson },
    {
      key: 'money',
      label: '预计投资',
      children: `${formatWan(lead.expectedInvestment)} 万元（${formatYi(lead.expectedInvestment)} 亿元）`,
    },
    { key: 'pipeline', label: '阶段', children: <LeadStageTag stage={lead.pipelineStage} /> },
    { key: 'signedOn', label: '签约日期', children: orDash(lead.signedOn) },
    { key: 'landedOn', label: '落地日期', children: orDash(lead.landedOn) },
    {
      key: 'project',
      label: '重点项目',
      children: lead.projectId ? <Link to={`/projects/${lead.projectId}`}>查看重点项目</Link> : '—',
    },
    { key: 'createdAt', label: '登记时间', children: formatDateTime(lead.createdAt) },
    { key: 'updatedAt', label: '更新时间', children: formatDateTime(lead.updatedAt) },
    { key: 'notes', label: '备注', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(lead.notes)}</span> },
  ];

  return (
    <ContentCard>
      <PageHeader
        title={lead.targetName}
        tags={
          <>
            <LeadStageTag stage={lead.pipelineStage} />
            {lead.fillsGap && <GapTag />}
            {lead.demo && (
              <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                示例数据
              </Tag>
            )}
          </>
        }
        actions={
          movable && (
            <Button type="primary" icon={<ArrowRightOutlined aria-hidden />} onClick={() => setMoving(true)}>
              推进
            </Button>
          )
        }
      />
      {lead.projectId && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <>
              已落地并列入重点项目：<Link to={`/projects/${lead.projectId}`}>查看项目</Link>
            </>
          }
        />
      )}
      <DetailFacts items={items} />
      <Tabs
        style={{ marginTop: 16 }}
        items={[{ key: 'timeline', label: '时间线', children: <LeadTimeline events={events.data} loading={events.isLoading} /> }]}
      />
      <LeadMoveModal lead={lead} open={moving} onClose={() => setMoving(false)} />
    </ContentCard>
  );
}
