import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Result, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { errorMessage } from '../../../lib/errors';
import { formatDateTime, orDash } from '../../../lib/format';
import { useMe } from '../../auth/hooks';
import { useChain } from '../../chains/hooks';
import { useEnterprise } from '../../enterprises/hooks';
import { ActivitiesTab } from '../components/ActivitiesTab';
import { AllianceFormDrawer } from '../components/AllianceFormDrawer';
import { DocumentsTab } from '../components/DocumentsTab';
import { FieldTags, PilotTag } from '../components/FieldTags';
import { MembersTab } from '../components/MembersTab';
import { useAlliance } from '../hooks';
import { canManageAlliance, canWorkAlliance } from '../permissions';

function parseId(raw: string | undefined): number | undefined {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

export function AllianceDetailPage() {
  const me = useMe();
  const navigate = useNavigate();
  const id = parseId(useParams().id);
  const [searchParams, setSearchParams] = useSearchParams();
  const { data: alliance, error, isPending, refetch } = useAlliance(id);
  const { data: chain } = useChain(alliance?.chainId);
  // An enterprise's own editors work on the alliance it leads; the leader's organisation tells.
  const { data: leader } = useEnterprise(me.organisationType === 'enterprise' ? alliance?.leaderEnterpriseId : undefined);
  const [editing, setEditing] = useState(false);

  if (id === undefined || (isApiError(error) && error.status === 404)) {
    return (
      <Result
        status="404"
        title="协作联合体不存在或不在您的职责范围内"
        extra={
          <Button type="primary" onClick={() => navigate('/alliances')}>
            返回协作联合体列表
          </Button>
        }
      />
    );
  }
  if (error) {
    return (
      <Result
        status="error"
        title="无法打开协作联合体"
        subTitle={errorMessage(error)}
        extra={<Button onClick={() => void refetch()}>重试</Button>}
      />
    );
  }
  if (isPending) return <PageLoading />;

  const manage = canManageAlliance(me, chain);
  const work = canWorkAlliance(me, chain, leader?.organisationId);
  const tabs = [
    { key: 'members', label: `成员（${alliance.members.length + 1}）`, children: <MembersTab alliance={alliance} manage={manage} /> },
    { key: 'activities', label: '合作活动', children: <ActivitiesTab allianceId={alliance.id} fields={alliance.fields} work={work} /> },
    { key: 'documents', label: '规划与任务', children: <DocumentsTab allianceId={alliance.id} work={work} /> },
  ];
  const tab = tabs.find((t) => t.key === searchParams.get('tab'))?.key ?? 'members';

  return (
    <ContentCard>
      <PageHeader
        title={alliance.name}
        tags={<PilotTag pilot={alliance.pilot} />}
        actions={
          manage && (
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              编辑
            </Button>
          )
        }
      />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
        items={[
          { key: 'chain', label: '产业链', children: <Link to={`/chains/${alliance.chainId}`}>{alliance.chainName}</Link> },
          {
            key: 'leader',
            label: '牵头链主企业',
            children: <Link to={`/enterprises/${alliance.leaderEnterpriseId}`}>{alliance.leaderName}</Link>,
          },
          { key: 'founded', label: '成立日期', children: alliance.foundedOn },
          { key: 'fields', label: '合作领域', span: 'filled', children: <FieldTags fields={alliance.fields} /> },
          { key: 'updated', label: '更新时间', children: formatDateTime(alliance.updatedAt) },
          {
            key: 'notes',
            label: '备注',
            span: 'filled',
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(alliance.notes)}</span>,
          },
        ]}
      />
      <Tabs style={{ marginTop: 16 }} activeKey={tab} onChange={(key) => setSearchParams({ tab: key }, { replace: true })} items={tabs} />
      <AllianceFormDrawer open={editing} alliance={alliance} onClose={() => setEditing(false)} />
    </ContentCard>
  );
}
