import type { Chain } from '@chainboard/contracts';
import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import { formatDateTime, orDash } from '../../../lib/format';
import { ChainStatusTag } from './ChainStatusTag';

/** All the facts of one chain, in a descriptions block. */
export function ChainFacts({ chain }: { chain: Chain }) {
  const items: DescriptionsProps['items'] = [
    { key: 'code', label: '编码', children: chain.code },
    { key: 'name', label: '名称', children: chain.name },
    { key: 'batch', label: '批次', children: `${chain.batch}年` },
    {
      key: 'status',
      label: '状态',
      children: (
        <>
          <ChainStatusTag status={chain.status} />
          {chain.statusSince && <Typography.Text type="secondary">状态自 {chain.statusSince} 起</Typography.Text>}
        </>
      ),
    },
    { key: 'leaderName', label: '链长', children: orDash(chain.leaderName) },
    { key: 'leaderPost', label: '链长职务', children: orDash(chain.leaderPost) },
    { key: 'leadUnit', label: '牵头单位', children: orDash(chain.leadUnitName) },
    {
      key: 'hosts',
      label: '承载市/开发区',
      children: orDash(chain.hosts.map((h) => h.name).join('、')),
    },
    { key: 'createdAt', label: '创建时间', children: formatDateTime(chain.createdAt) },
    { key: 'updatedAt', label: '更新时间', children: formatDateTime(chain.updatedAt) },
    {
      key: 'notes',
      label: '备注',
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(chain.notes)}</span>,
    },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }} items={items} />;
}
