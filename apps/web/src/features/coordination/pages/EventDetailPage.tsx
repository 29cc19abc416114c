import { PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, type DescriptionsProps, Flex, Table, type TableColumnsType, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { DetailLoader, useRouteId } from '../../../components/DetailLoader';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime, orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useMe } from '../../auth/hooks';
import { formatWan } from '../../enterprises/money';
import type { MatchmakingEvent, Signing } from '../api';
import { SigningModal } from '../components/SigningModal';
import { useEvent } from '../hooks';
import { canOrganise } from '../permissions';

export function EventDetailPage() {
  const id = useRouteId();
  const query = useEvent(id);
  return (
    <DetailLoader id={id} query={query} noun="活动" backTo="/coordination" backLabel="返回协作配套活动">
      {(event) => <EventView event={event} />}
    </DetailLoader>
  );
}

const enterpriseLink = (id: number | null, name: string) => (id ? <Link to={`/enterprises/${id}`}>{name}</Link> : name);

function EventView({ event }: { event: MatchmakingEvent }) {
  const me = useMe();
  const [signing, setSigning] = useState(false);
  const total = event.signings.reduce((sum, s) => sum + s.amount, 0);

  const items: DescriptionsProps['items'] = [
    { key: 'heldOn', label: '举办日期', children: event.heldOn },
    { key: 'place', label: '地点', children: event.place },
    { key: 'organiser', label: '组织方', children: event.organiserName },
    {
      key: 'chains',
      label: '产业链',
      children: (
        <Flex wrap gap={4}>
          {event.chains.map((c) => (
            <Link key={c.id} to={`/chains/${c.id}`}>
              <Tag>{c.name}</Tag>
            </Link>
          ))}
        </Flex>
      ),
    },
    { key: 'signed', label: '配套签约', children: `${event.signings.length} 项，${formatWan(total)} 万元` },
    { key: 'createdAt', label: '记录时间', children: formatDateTime(event.createdAt) },
    { key: 'notes', label: '说明', span: 'filled', children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(event.notes)}</span> },
  ];

  const signingColumns: TableColumnsType<Signing> = [
    { title: '采购方', key: 'buyer', fixed: 'start', render: (_, s) => enterpriseLink(s.buyerEnterpriseId, s.buyerName) },
    { title: '供应方', key: 'supplier', render: (_, s) => enterpriseLink(s.supplierEnterpriseId, s.supplierName) },
    { title: '配套产品', dataIndex: 'product' },
    { title: '签约金额（万元）', dataIndex: 'amount', align: 'right', render: (v: number) => formatWan(v) },
  ];

  return (
    <ContentCard>
      <PageHeader
        title={event.title}
        tags={event.demo ? <Tag color="orange">示例数据</Tag> : undefined}
        actions={
          canOrganise(me, event.organiserId) && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setSigning(true)}>
              记录签约
            </Button>
          )
        }
      />
      <Descriptions items={items} column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 16 }} />
      <Tabs
        items={[
          {
            key: 'signings',
            label: `配套签约（${event.signings.length}）`,
            children: (
              <Table<Signing>
                rowKey="id"
                columns={signingColumns}
                dataSource={event.signings}
                scroll={TABLE_SCROLL}
                pagination={false}
                locale={{ emptyText: canOrganise(me, event.organiserId) ? '还没有签约，可以 记录签约' : '还没有签约' }}
              />
            ),
          },
          {
            key: 'enterprises',
            label: `参会企业（${event.enterprises.length}）`,
            children: event.enterprises.length ? (
              <Flex wrap gap={6}>
                {event.enterprises.map((e) => (
                  <Link key={e.id} to={`/enterprises/${e.id}`}>
                    <Tag>{e.name}</Tag>
                  </Link>
                ))}
              </Flex>
            ) : (
              '未登记参会企业'
            ),
          },
        ]}
      />
      <SigningModal event={event} open={signing} onClose={() => setSigning(false)} />
    </ContentCard>
  );
}
