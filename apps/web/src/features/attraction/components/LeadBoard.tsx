import { LEAD_STAGE_LABELS, type LeadStage } from '@chainboard/contracts';
import { Badge, Button, Card, Empty, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { formatWan } from '../../enterprises/money';
import type { Lead, LeadFilters } from '../api';
import { useLeads } from '../hooks';
import { BOARD_STAGES, LEAD_STAGE_COLORS } from '../labels';
import { GapTag } from './LeadTags';

const CARDS_PER_COLUMN = 8;

function LeadCard({ lead }: { lead: Lead }) {
  return (
    <Card size="small" styles={{ body: { padding: 10 } }} data-testid="lead-card">
      <Flex vertical gap={2}>
        <Link to={`/attraction/leads/${lead.id}`} style={{ fontWeight: 500 }}>
          {lead.targetName}
        </Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {lead.chainName} · {lead.zoneName ?? lead.cityName}
        </Typography.Text>
        <Flex justify="space-between" align="center" gap={4}>
          <Typography.Text style={{ fontSize: 12 }}>{formatWan(lead.expectedInvestment)} 万元</Typography.Text>
          {lead.fillsGap && <GapTag />}
        </Flex>
      </Flex>
    </Card>
  );
}

function Column({ stage, filters, onShowAll }: { stage: LeadStage; filters: LeadFilters; onShowAll: (stage: LeadStage) => void }) {
  const { data, isLoading } = useLeads({ ...filters, pipelineStage: stage, page: 1, pageSize: CARDS_PER_COLUMN });
  const total = data?.total ?? 0;
  const color = LEAD_STAGE_COLORS[stage];
  return (
    <Flex
      vertical
      gap={8}
      role="region"
      aria-label={`${LEAD_STAGE_LABELS[stage]}阶段`}
      style={{ flex: '1 0 176px', maxWidth: 320, background: '#f5f7fa', borderRadius: 6, padding: 8, minHeight: 200 }}
    >
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{LEAD_STAGE_LABELS[stage]}</Typography.Text>
        <Badge
          count={total}
          showZero
          overflowCount={999}
          color={color === 'green' ? '#52c41a' : color === undefined ? '#bfbfbf' : '#1f5fa6'}
        />
      </Flex>
      {isLoading && <Card size="small" loading />}
      {!isLoading && total === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有线索" />}
      {data?.items.map((lead) => (
        <LeadCard key={lead.id} lead={lead} />
      ))}
      {total > CARDS_PER_COLUMN && (
        <Button type="link" size="small" onClick={() => onShowAll(stage)}>
          另有 {total - CARDS_PER_COLUMN} 条，在列表中查看
        </Button>
      )}
    </Flex>
  );
}

/** 看板: one column per stage, 线索 to 落地 and 终止, each with its count and its latest cards; the rest open in the list. */
export function LeadBoard({ filters, onShowAll }: { filters: LeadFilters; onShowAll: (stage: LeadStage) => void }) {
  const stages = filters.pipelineStage ? [filters.pipelineStage] : BOARD_STAGES;
  return (
    <div style={{ overflowX: 'auto', paddingBottom: 8 }}>
      <Flex gap={12} align="flex-start" style={{ minWidth: stages.length * 188 - 12 }}>
        {stages.map((stage) => (
          <Column key={stage} stage={stage} filters={{ ...filters, pipelineStage: undefined }} onShowAll={onShowAll} />
        ))}
      </Flex>
    </div>
  );
}
