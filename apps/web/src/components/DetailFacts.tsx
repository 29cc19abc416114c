import { Descriptions, type DescriptionsProps } from 'antd';

/** A record's facts on its detail page: bordered label/value pairs, three across on wide screens, one on phones. */
export function DetailFacts({ items }: { items: DescriptionsProps['items'] }) {
  return (
    <Descriptions
      bordered
      size="small"
      styles={{ label: { whiteSpace: 'nowrap' } }}
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
      items={items}
    />
  );
}
