import { Card, Flex, Tag, Typography } from 'antd';
import { useOrganisationOptions } from '../../organisations/hooks';
import { useYearEvents } from '../hooks';

/** The notice asks the 综改区 and every city for at least 2 matchmaking events a year. */
export const EVENTS_PER_CITY = 2;

/** Each city's events this year against the notice's 2; a click filters the list to that city. */
export function CityEventCounts({ year, onPick }: { year: number; onPick: (cityId: number) => void }) {
  const cities = useOrganisationOptions('city');
  const events = useYearEvents(year);
  if (!cities.data?.length || !events.data) return null;
  const count = new Map<number, number>();
  for (const e of events.data.items) count.set(e.organiserId, (count.get(e.organiserId) ?? 0) + 1);
  const met = cities.data.filter((c) => (count.get(c.id) ?? 0) >= EVENTS_PER_CITY).length;
  return (
    <Card size="small" style={{ marginBottom: 12 }}>
      <Typography.Text strong>
        {year}年各市（综改区）协作配套活动：{met}/{cities.data.length} 个单位已达 {EVENTS_PER_CITY} 场
      </Typography.Text>
      {events.data.total > events.data.items.length && (
        <Typography.Text type="secondary">（仅统计最近 {events.data.items.length} 场）</Typography.Text>
      )}
      <Flex wrap gap={6} style={{ marginTop: 8 }}>
        {cities.data.map((c) => {
          const n = count.get(c.id) ?? 0;
          return (
            <Tag
              key={c.id}
              color={n >= EVENTS_PER_CITY ? 'green' : n > 0 ? 'orange' : 'default'}
              style={{ cursor: 'pointer' }}
              onClick={() => onPick(c.id)}
            >
              {c.name} {n}/{EVENTS_PER_CITY}
            </Tag>
          );
        })}
      </Flex>
    </Card>
  );
}
