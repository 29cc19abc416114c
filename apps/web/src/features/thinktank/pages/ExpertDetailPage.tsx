import { Button, Descriptions, Result, Spin, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { HistoryList } from '../../../components/HistoryList';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime, orDash } from '../../../lib/format';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useMe } from '../../auth/hooks';
import { ExpertFormDrawer } from '../components/ExpertFormDrawer';
import { useExpert, useExpertHistory } from '../hooks';
import { mayKeepExperts } from '../permissions';

function History({ id }: { id: number }) {
  const { data, isLoading } = useExpertHistory(id);
  return <HistoryList entries={data} loading={isLoading} />;
}

/** One expert: the facts, and who changed what and when. */
export function ExpertDetailPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const id = Number(useParams().id);
  const { data: expert, isLoading } = useExpert(Number.isInteger(id) ? id : undefined);
  const [editing, setEditing] = useState(false);
  if (isLoading) return <Spin />;
  if (!expert) return <Result status="404" title="专家不存在或无权查看" />;
  return (
    <ContentCard>
      <PageHeader
        title={expert.name}
        tags={expert.demo && <Tag>示例数据</Tag>}
        actions={mayKeepExperts(me) && <Button onClick={() => setEditing(true)}>修改</Button>}
      />
      <Tabs
        items={[
          {
            key: 'facts',
            label: '基本信息',
            children: (
              <Descriptions column={isMobile ? 1 : 2} bordered size="small">
                <Descriptions.Item label="专业领域">{expert.field}</Descriptions.Item>
                <Descriptions.Item label="工作单位">{expert.workUnit}</Descriptions.Item>
                <Descriptions.Item label="职称/职务">{orDash(expert.title)}</Descriptions.Item>
                <Descriptions.Item label="联系电话">{orDash(expert.phone)}</Descriptions.Item>
                <Descriptions.Item label="电子邮箱">{orDash(expert.email)}</Descriptions.Item>
                <Descriptions.Item label="服务产业链">{expert.chains.map((c) => c.name).join('、')}</Descriptions.Item>
                <Descriptions.Item label="登录账号">{expert.userId ? '已关联' : '未关联'}</Descriptions.Item>
                <Descriptions.Item label="更新时间">{formatDateTime(expert.updatedAt)}</Descriptions.Item>
                <Descriptions.Item label="备注" span={isMobile ? 1 : 2}>
                  {orDash(expert.notes)}
                </Descriptions.Item>
              </Descriptions>
            ),
          },
          { key: 'history', label: '变更记录', children: <History id={expert.id} /> },
        ]}
      />
      <ExpertFormDrawer open={editing} expert={expert} onClose={() => setEditing(false)} />
    </ContentCard>
  );
}
