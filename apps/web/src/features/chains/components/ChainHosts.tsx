import { type Chain, ORG_TYPE_LABELS } from '@chainboard/contracts';
import { Table } from 'antd';
import { TABLE_SCROLL } from '../../../lib/table';

type Host = Chain['hosts'][number];

export function ChainHosts({ hosts }: { hosts: Host[] }) {
  return (
    <Table<Host>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={TABLE_SCROLL}
      dataSource={hosts}
      columns={[
        { title: '名称', dataIndex: 'name', fixed: 'start' },
        { title: '类型', dataIndex: 'type', render: (type: Host['type']) => ORG_TYPE_LABELS[type] },
      ]}
      locale={{ emptyText: '还没有承载市或开发区，可以在 编辑 中选择' }}
    />
  );
}
