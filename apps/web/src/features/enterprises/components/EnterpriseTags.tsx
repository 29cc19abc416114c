import { CHAIN_STAGE_LABELS, type Enterprise, HONOUR_LABELS, HONOUR_LEVEL_LABELS, TIER_LABELS, type Tier } from '@chainboard/contracts';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { HONOUR_COLORS, HONOUR_SHORT, TIER_COLORS, TIER_SHORT } from '../labels';

const tight = { marginInlineEnd: 0 } as const;

export function TierTag({ tier, short = false }: { tier: Tier; short?: boolean }) {
  return (
    <Tag color={TIER_COLORS[tier]} style={tight}>
      {short ? TIER_SHORT[tier] : TIER_LABELS[tier]}
    </Tag>
  );
}

/** Each chain the enterprise sits on, with its tier today (and stage when known). */
export function ChainTierTags({ chains, links = false }: { chains: Enterprise['chains']; links?: boolean }) {
  if (chains.length === 0) return <Typography.Text type="secondary">未入链</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      {chains.map((c) => (
        <Flex key={c.chainId} gap={6} align="center" style={{ whiteSpace: 'nowrap' }}>
          {links ? <Link to={`/chains/${c.chainId}`}>{c.chainName}</Link> : <span>{c.chainName}</span>}
          <TierTag tier={c.tier} short />
          {c.stage && <Typography.Text type="secondary">{CHAIN_STAGE_LABELS[c.stage]}</Typography.Text>}
        </Flex>
      ))}
    </Flex>
  );
}

export function HonourTags({ honours }: { honours: Enterprise['honours'] }) {
  if (honours.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {honours.map((h) => (
        <Tooltip key={`${h.kind}-${h.level}-${h.year}`} title={`${HONOUR_LEVEL_LABELS[h.level]}${HONOUR_LABELS[h.kind]}（${h.year}年）`}>
          <Tag color={HONOUR_COLORS[h.kind]} style={tight}>
            {HONOUR_SHORT[h.kind]}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}

/** The last confirmation, with an orange 待更新 when the record is stale (not confirmed for a quarter). */
export function ConfirmedCell({ enterprise }: { enterprise: Pick<Enterprise, 'lastConfirmedAt' | 'stale'> }) {
  return (
    <Flex gap={6} align="center" wrap>
      <span>{formatDate(enterprise.lastConfirmedAt)}</span>
      {enterprise.stale && <StaleTag />}
    </Flex>
  );
}

export function StaleTag() {
  return (
    <Tooltip title="超过一个季度未确认，请核实后点 确认信息无误 或修改">
      <Tag color="orange" style={tight}>
        待更新
      </Tag>
    </Tooltip>
  );
}

/** The 示例数据 mark on an invented record. */
export function DemoRecordTag({ demo }: { demo: boolean }) {
  if (!demo) return null;
  return (
    <Tag color="orange" variant="outlined" style={{ ...tight, fontSize: 11, lineHeight: '16px', paddingInline: 4 }}>
      示例数据
    </Tag>
  );
}
