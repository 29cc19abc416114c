import { TIER_LABELS, type TierSpan } from '@chainboard/contracts';
import { Alert, DatePicker, Empty, Flex, Spin, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTiers } from '../hooks';
import { TierTag } from './EnterpriseTags';

const DAY = 'YYYY-MM-DD';

/** validTo is exclusive: a span holds on `day` when validFrom <= day < validTo. */
const holdsOn = (span: TierSpan, day: string) => span.validFrom <= day && (span.validTo === null || day < span.validTo);

/** A span that ended the day it began (replaced on the same day) never held: shown only as the "from" of the next. */
const held = (span: TierSpan) => span.validTo === null || span.validTo > span.validFrom;

/** The last day a span held (the day before its exclusive end). */
const lastDay = (validTo: string) => dayjs(validTo).subtract(1, 'day').format(DAY);

function ChainTimeline({ spans }: { spans: TierSpan[] }) {
  // oldest first to find each change's previous tier; shown newest first
  const ordered = [...spans].sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.id - b.id);
  const items = ordered
    .flatMap((span, i) => (held(span) ? [{ span, previous: ordered[i - 1] }] : []))
    .map(({ span, previous }) => {
      const changed = previous && previous.tier !== span.tier;
      return {
        key: span.id,
        color: span.validTo === null ? 'green' : 'gray',
        content: (
          <Flex vertical gap={2}>
            <Flex gap={6} align="center" wrap>
              <Typography.Text strong>{span.validFrom}</Typography.Text>
              {changed && (
                <>
                  <Typography.Text type="secondary">{TIER_LABELS[previous.tier]}</Typography.Text>
                  <span aria-hidden>→</span>
                </>
              )}
              <TierTag tier={span.tier} />
              <Typography.Text type="secondary">
                {span.validTo === null ? `${span.validFrom} 起至今` : `${span.validFrom} 至 ${lastDay(span.validTo)}`}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {span.roundId ? <Link to={`/rounds/${span.roundId}`}>经评定认定</Link> : '登记或直接更正'}
            </Typography.Text>
          </Flex>
        ),
      };
    })
    .reverse();
  return <Timeline items={items} />;
}

/** 层级变化: per chain, every tier the enterprise held and when; and who it was on a chosen day. */
export function TierHistory({ enterpriseId }: { enterpriseId: number }) {
  const { data, isLoading } = useTiers(enterpriseId);
  const [day, setDay] = useState<Dayjs | null>(null);
  if (isLoading) return <Spin />;
  const spans = data ?? [];
  if (spans.length === 0) return <Empty description="还没有层级记录：企业加入产业链后为链上企业，经评定成为链核或链主" />;

  const byChain = new Map<number, TierSpan[]>();
  for (const span of spans) byChain.set(span.chainId, [...(byChain.get(span.chainId) ?? []), span]);
  const dayText = day?.format(DAY);

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>查看某日层级：</Typography.Text>
        <DatePicker aria-label="查看日期" value={day} onChange={setDay} placeholder="选择日期，如 2024-06-30" style={{ width: 220 }} />
      </Flex>
      {dayText && (
        <Alert
          type="info"
          showIcon
          title={`${dayText} 当日`}
          description={
            <Flex vertical gap={4}>
              {[...byChain].map(([chainId, chainSpans]) => {
                const held = chainSpans.find((s) => holdsOn(s, dayText));
                return (
                  <Flex key={chainId} gap={6} align="center" wrap>
                    <span>{chainSpans[0]?.chainName}：</span>
                    {held ? <TierTag tier={held.tier} /> : <Typography.Text type="secondary">不在链上</Typography.Text>}
                  </Flex>
                );
              })}
            </Flex>
          }
        />
      )}
      {[...byChain].map(([chainId, chainSpans]) => (
        <section key={chainId} aria-label={`${chainSpans[0]?.chainName}层级变化`}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            <Link to={`/chains/${chainId}`}>{chainSpans[0]?.chainName}</Link>
          </Typography.Title>
          <ChainTimeline spans={chainSpans} />
        </section>
      ))}
    </Flex>
  );
}
