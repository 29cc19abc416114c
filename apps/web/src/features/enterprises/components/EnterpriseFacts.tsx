import type { Enterprise } from '@chainboard/contracts';
import { Descriptions, type DescriptionsProps } from 'antd';
import { formatDateTime, orDash } from '../../../lib/format';
import { ChainTierTags, ConfirmedCell, HonourTags } from './EnterpriseTags';

/** The register facts of one enterprise. */
export function EnterpriseFacts({ enterprise: e }: { enterprise: Enterprise }) {
  const items: DescriptionsProps['items'] = [
    { key: 'creditCode', label: '统一社会信用代码', children: e.creditCode },
    { key: 'city', label: '所在市', children: e.cityName },
    { key: 'zone', label: '开发区/园区', children: orDash(e.zoneName) },
    { key: 'chains', label: '所属产业链', children: <ChainTierTags chains={e.chains} links /> },
    { key: 'honours', label: '荣誉', children: <HonourTags honours={e.honours} /> },
    { key: 'legal', label: '法定代表人', children: orDash(e.legalRepresentative) },
    { key: 'contact', label: '联系人', children: orDash(e.contactPerson) },
    { key: 'phone', label: '联系电话', children: orDash(e.contactPhone) },
    { key: 'owner', label: '维护单位', children: e.ownerOrgName },
    { key: 'confirmed', label: '最近确认', children: <ConfirmedCell enterprise={e} /> },
    { key: 'updatedAt', label: '更新时间', children: formatDateTime(e.updatedAt) },
    { key: 'address', label: '地址', span: 'filled', children: orDash(e.address) },
    {
      key: 'products',
      label: '主要产品',
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(e.mainProducts)}</span>,
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }} items={items} />;
}
