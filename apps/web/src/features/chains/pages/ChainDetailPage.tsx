import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Result, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../../app/PageLoading';
import { ContentCard } from '../../../components/ContentCard';
import { HistoryList } from '../../../components/HistoryList';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { errorMessage, showError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useMe } from '../../auth/hooks';
import { ChainFacts } from '../components/ChainFacts';
import { ChainFormDrawer } from '../components/ChainFormDrawer';
import { ChainHosts } from '../components/ChainHosts';
import { ChainStatusTag } from '../components/ChainStatusTag';
import { useChain, useChainHistory, useUpdateChain } from '../hooks';
import { canEditChain } from '../permissions';

function ChainHistory({ id }: { id: number }) {
  const { data, isLoading } = useChainHistory(id);
  return <HistoryList entries={data} loading={isLoading} />;
}

function parseId(raw: string | undefined): number | undefined {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

export function ChainDetailPage() {
  const me = useMe();
  const navigate = useNavigate();
  const id = parseId(useParams().id);
  const { data: chain, error, isPending, refetch } = useChain(id);
  const retire = useUpdateChain();
  const [editing, setEditing] = useState(false);

  const backToList = (
    <Button type="primary" onClick={() => navigate('/chains')}>
      返回产业链列表
    </Button>
  );
  if (id === undefined || (isApiError(error) && error.status === 404)) {
    return <Result status="404" title="产业链不存在" subTitle="请检查链接，或返回列表查找。" extra={backToList} />;
  }
  if (error) {
    return (
      <Result
        status="error"
        title="无法打开产业链"
        subTitle={errorMessage(error)}
        extra={<Button onClick={() => void refetch()}>重试</Button>}
      />
    );
  }
  if (isPending) return <PageLoading />;

  const editable = canEditChain(me, chain);
  const onRetire = () =>
    retire.mutate({ id: chain.id, patch: { status: 'retired' } }, { onSuccess: () => toastSuccess('已退出'), onError: showError });

  return (
    <ContentCard>
      <PageHeader
        title={chain.name}
        tags={<ChainStatusTag status={chain.status} />}
        actions={
          editable && (
            <>
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                编辑
              </Button>
              {chain.status !== 'retired' && (
                <Popconfirm
                  title={`将「${chain.name}」标记为已退出？`}
                  description="退出后该链不再列为省级重点或储备，可在编辑中恢复状态。"
                  okText="确认退出"
                  okButtonProps={{ danger: true }}
                  onConfirm={onRetire}
                >
                  <Button danger icon={<StopOutlined aria-hidden />} loading={retire.isPending}>
                    退出
                  </Button>
                </Popconfirm>
              )}
            </>
          )
        }
      />
      <ChainFacts chain={chain} />
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          { key: 'hosts', label: '承载市/开发区', children: <ChainHosts hosts={chain.hosts} /> },
          {
            key: 'history',
            label: '变更记录',
            children: <ChainHistory id={chain.id} />,
          },
        ]}
      />
      <ChainFormDrawer open={editing} chain={chain} onClose={() => setEditing(false)} />
    </ContentCard>
  );
}
