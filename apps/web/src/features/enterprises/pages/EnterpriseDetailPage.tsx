import { CheckCircleOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Result, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { HistoryList } from '../../../components/HistoryList';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { errorMessage, showError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useMe } from '../../auth/hooks';
import { EnterpriseAlliances } from '../components/EnterpriseAlliances';
import { EnterpriseFacts } from '../components/EnterpriseFacts';
import { EnterpriseFormDrawer } from '../components/EnterpriseFormDrawer';
import { DemoRecordTag, StaleTag, TierTag } from '../components/EnterpriseTags';
import { FiguresTab } from '../components/FiguresTab';
import { HonoursTab } from '../components/HonoursTab';
import { TierCorrectionModal } from '../components/TierCorrectionModal';
import { TierHistory } from '../components/TierHistory';
import { useConfirmEnterprise, useEnterprise, useEnterpriseHistory } from '../hooks';
import { canEditEnterprise, canRecordHonour, canSetTier } from '../permissions';

function parseId(raw: string | undefined): number | undefined {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

function EnterpriseHistory({ id }: { id: number }) {
  const { data, isLoading } = useEnterpriseHistory(id);
  return <HistoryList entries={data} loading={isLoading} />;
}

const TABS = ['tiers', 'honours', 'figures', 'alliances', 'history'] as const;

export function EnterpriseDetailPage() {
  const me = useMe();
  const navigate = useNavigate();
  const id = parseId(useParams().id);
  const [searchParams, setSearchParams] = useSearchParams();
  const { data: enterprise, error, isPending, refetch } = useEnterprise(id);
  const confirm = useConfirmEnterprise();
  const [editing, setEditing] = useState(false);
  const [correcting, setCorrecting] = useState(false);

  if (id === undefined || (isApiError(error) && error.status === 404)) {
    return (
      <Result
        status="404"
        title="企业不存在或不在您的职责范围内"
        subTitle="请检查链接，或返回列表查找。"
        extra={
          <Button type="primary" onClick={() => navigate('/enterprises')}>
            返回企业列表
          </Button>
        }
      />
    );
  }
  if (error) {
    return (
      <Result
        status="error"
        title="无法打开企业"
        subTitle={errorMessage(error)}
        extra={<Button onClick={() => void refetch()}>重试</Button>}
      />
    );
  }
  if (isPending) return <PageLoading />;

  const editable = canEditEnterprise(me, enterprise);
  const tab = TABS.find((t) => t === searchParams.get('tab')) ?? 'tiers';
  // the highest tier held today on any chain, for the header
  const topTier = (['master', 'core', 'member'] as const).find((t) => enterprise.chains.some((c) => c.tier === t));

  const onConfirm = () => confirm.mutate(enterprise.id, { onSuccess: () => toastSuccess('已确认信息无误'), onError: showError });

  return (
    <ContentCard>
      <PageHeader
        title={enterprise.name}
        tags={
          <>
            {topTier && topTier !== 'member' && <TierTag tier={topTier} />}
            {enterprise.stale && <StaleTag />}
            <DemoRecordTag demo={enterprise.demo} />
          </>
        }
        actions={
          <>
            {editable && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                编辑
              </Button>
            )}
            {editable && (
              <Popconfirm
                title="确认企业信息仍然准确？"
                description="确认后“最近确认”更新为今天，记录不再显示待更新。"
                okText="确认无误"
                onConfirm={onConfirm}
              >
                <Button icon={<CheckCircleOutlined aria-hidden />} loading={confirm.isPending}>
                  确认信息无误
                </Button>
              </Popconfirm>
            )}
            {canSetTier(me) && enterprise.chains.length > 0 && (
              <Button icon={<SwapOutlined aria-hidden />} onClick={() => setCorrecting(true)}>
                更正层级
              </Button>
            )}
          </>
        }
      />
      <EnterpriseFacts enterprise={enterprise} />
      <Tabs
        style={{ marginTop: 16 }}
        activeKey={tab}
        onChange={(key) => setSearchParams((prev) => ({ ...Object.fromEntries(prev), tab: key }), { replace: true })}
        items={[
          { key: 'tiers', label: '层级变化', children: <TierHistory enterpriseId={enterprise.id} /> },
          {
            key: 'honours',
            label: '荣誉',
            children: <HonoursTab enterpriseId={enterprise.id} editable={canRecordHonour(me, enterprise)} />,
          },
          { key: 'figures', label: '经营数据', children: <FiguresTab enterpriseId={enterprise.id} editable={editable} /> },
          {
            key: 'alliances',
            label: '协作联合体',
            children: <EnterpriseAlliances enterpriseId={enterprise.id} chainIds={enterprise.chains.map((c) => c.chainId)} />,
          },
          { key: 'history', label: '变更记录', children: <EnterpriseHistory id={enterprise.id} /> },
        ]}
      />
      <EnterpriseFormDrawer open={editing} enterprise={enterprise} onClose={() => setEditing(false)} />
      <TierCorrectionModal enterprise={enterprise} open={correcting} onClose={() => setCorrecting(false)} />
    </ContentCard>
  );
}
