import { Button, Collapse, Descriptions, Empty, Flex, Result, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { errorMessage } from '../../../lib/errors';
import { orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import type { Pairing } from '../api';
import { ServiceModal } from '../components/RecordForms';
import { useMyWork } from '../hooks';
import { EXPERT_GROUP_ROLE_LABELS, FOLLOW_UP_STATE_COLORS, FOLLOW_UP_STATE_LABELS } from '../labels';
import { consultationColumns, pairingColumns, ReportBody, Services } from './RecordPages';

/** 我的专家工作: what an expert takes part in, and the services they log on their own pairings. */
export function MyExpertWorkPage() {
  const isMobile = useIsMobile();
  const { data, isLoading, error } = useMyWork();
  const [serving, setServing] = useState<Pairing | null>(null);
  if (isLoading) return <Spin />;
  if (!data) return <Result status="403" title="无法查看" subTitle={errorMessage(error)} />;
  const { expert } = data;
  return (
    <ContentCard>
      <PageHeader title={`我的专家工作：${expert.name}`} />
      <Descriptions column={isMobile ? 1 : 3} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="专业领域">{expert.field}</Descriptions.Item>
        <Descriptions.Item label="工作单位">{expert.workUnit}</Descriptions.Item>
        <Descriptions.Item label="职称/职务">{orDash(expert.title)}</Descriptions.Item>
        <Descriptions.Item label="服务产业链">{expert.chains.map((c) => c.name).join('、')}</Descriptions.Item>
        <Descriptions.Item label="联系电话">{orDash(expert.phone)}</Descriptions.Item>
        <Descriptions.Item label="电子邮箱">{orDash(expert.email)}</Descriptions.Item>
      </Descriptions>
      <Tabs
        items={[
          {
            key: 'groups',
            label: `咨询组（${data.groups.length}）`,
            children: data.groups.length ? (
              <Flex vertical gap={8}>
                {data.groups.map((g) => {
                  const me = g.members.find((m) => m.expertId === expert.id);
                  return (
                    <Flex key={g.chainId} gap={8} wrap align="center">
                      <Typography.Text strong>{g.chainName}专家咨询组</Typography.Text>
                      {me && <Tag color="blue">{EXPERT_GROUP_ROLE_LABELS[me.role]}</Tag>}
                      {g.publishedAt ? <Tag color="green">{g.publishedAt} 公布</Tag> : <Tag>未公布</Tag>}
                      <Typography.Text type="secondary">共 {g.members.length} 人</Typography.Text>
                    </Flex>
                  );
                })}
              </Flex>
            ) : (
              <Empty description="尚未列入专家咨询组" />
            ),
          },
          {
            key: 'consultations',
            label: `咨询活动（${data.consultations.length}）`,
            children: (
              <Table
                rowKey="id"
                columns={consultationColumns(isMobile)}
                dataSource={data.consultations}
                pagination={false}
                scroll={TABLE_SCROLL}
                locale={{ emptyText: '还没有参加的咨询活动' }}
              />
            ),
          },
          {
            key: 'reports',
            label: `专家报告（${data.reports.length}）`,
            children: data.reports.length ? (
              <Collapse
                items={data.reports.map((r) => ({
                  key: r.id,
                  label: (
                    <Flex gap={8} wrap>
                      {r.title}
                      <Typography.Text type="secondary">{r.reportedOn}</Typography.Text>
                      <Tag color={FOLLOW_UP_STATE_COLORS[r.followUpState]}>{FOLLOW_UP_STATE_LABELS[r.followUpState]}</Tag>
                    </Flex>
                  ),
                  children: <ReportBody report={r} work={false} />,
                }))}
              />
            ) : (
              <Empty description="还没有专家报告" />
            ),
          },
          {
            key: 'pairings',
            label: `柔性结对（${data.pairings.length}）`,
            children: (
              <Table<Pairing>
                rowKey="id"
                columns={pairingColumns(isMobile, (p) => (
                  <Button type="link" size="small" onClick={() => setServing(p)}>
                    记录服务
                  </Button>
                ))}
                dataSource={data.pairings}
                pagination={false}
                scroll={TABLE_SCROLL}
                expandable={{ expandedRowRender: (p) => <Services pairing={p} /> }}
                locale={{ emptyText: '还没有柔性结对' }}
              />
            ),
          },
        ]}
      />
      {serving && <ServiceModal pairing={serving} onClose={() => setServing(null)} />}
    </ContentCard>
  );
}
