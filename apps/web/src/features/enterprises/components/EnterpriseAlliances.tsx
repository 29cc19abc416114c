import { type Alliance, COOPERATION_FIELD_LABELS } from '@chainboard/contracts';
import { Flex, Table, type TableColumnsType, Tag } from 'antd';
import { Link } from 'react-router';
import { TABLE_SCROLL } from '../../../lib/table';
import { useEnterpriseAlliances } from '../../alliances/hooks';

/** 协作联合体: the alliances this enterprise leads or belongs to. */
export function EnterpriseAlliances({ enterpriseId, chainIds }: { enterpriseId: number; chainIds: number[] }) {
  const { data, isLoading } = useEnterpriseAlliances(enterpriseId, chainIds);
  const columns: TableColumnsType<Alliance> = [
    { title: '联合体', dataIndex: 'name', fixed: 'start', render: (name: string, a) => <Link to={`/alliances/${a.id}`}>{name}</Link> },
    { title: '产业链', dataIndex: 'chainName' },
    {
      title: '本企业角色',
      key: 'role',
      render: (_, a) => (a.leaderEnterpriseId === enterpriseId ? <Tag color="gold">牵头链主</Tag> : <Tag>成员</Tag>),
    },
    {
      title: '合作领域',
      dataIndex: 'fields',
      render: (fields: Alliance['fields']) => (
        <Flex wrap gap={4}>
          {fields.map((f) => (
            <Tag key={f} style={{ marginInlineEnd: 0 }}>
              {COOPERATION_FIELD_LABELS[f]}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: '成立日期', dataIndex: 'foundedOn' },
  ];
  return (
    <Table<Alliance>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={chainIds.length === 0 ? [] : data}
      loading={isLoading && chainIds.length > 0}
      pagination={false}
      scroll={TABLE_SCROLL}
      locale={{ emptyText: '未参加协作联合体' }}
    />
  );
}
