import { ExportOutlined, NotificationOutlined, PlusOutlined } from '@ant-design/icons';
import { PROPOSAL_STATE_LABELS, ProposalState } from '@chainboard/contracts';
import { Button, Flex, Popconfirm, Select, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { showError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { formatDate } from '../../../lib/format';
import { pagedTable, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { useOrganisationOptions } from '../../organisations/hooks';
import type { HostZoneProposal } from '../api';
import { AttractionNav } from '../components/AttractionNav';
import { OpinionModal, ProposalDecisionModal, ProposeDrawer } from '../components/ProposalModals';
import { useProposals, usePublishZones } from '../hooks';
import { OPINION_DEPARTMENTS, PROPOSAL_STATE_COLORS, PROPOSAL_STATE_OPTIONS } from '../labels';
import { canDecide, canGiveOpinion, mayPropose } from '../permissions';

const toNumber = (v: string | undefined) => (v && Number.isInteger(Number(v)) ? Number(v) : undefined);

function Opinions({ p }: { p: HostZoneProposal }) {
  if (p.opinions.length === 0 && p.state !== 'proposed') return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {p.opinions.map((o) => (
        <Tooltip key={o.organisationId} title={o.note ?? undefined}>
          <Tag color={o.verdict === 'agree' ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
            {o.organisationName}：{o.verdict === 'agree' ? '同意' : '不同意'}
          </Tag>
        </Tooltip>
      ))}
      {p.state === 'proposed' &&
        p.missingOpinions.map((name) => (
          <Tag key={name} style={{ marginInlineEnd: 0, borderStyle: 'dashed' }}>
            待 {name}
          </Tag>
        ))}
    </Flex>
  );
}

/** 承载示范开发区: proposals by the lead units, the three opinions, the office's decision, the public list. */
export function HostZonesPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, page, pageSize, update } = useListParams();
  const chains = useChainOptions();
  const orgs = useOrganisationOptions();
  const query = { page, pageSize, chainId: toNumber(params.chainId), state: ProposalState.safeParse(params.state).data };
  const { data, isFetching } = useProposals(query);
  const publish = usePublishZones();
  const [proposing, setProposing] = useState(false);
  const [opinionFor, setOpinionFor] = useState<HostZoneProposal | null>(null);
  const [deciding, setDeciding] = useState<HostZoneProposal | null>(null);

  /** Whether this user may record one of the opinions the proposal asks for. */
  const mayOpine = (p: HostZoneProposal) =>
    p.state === 'proposed' &&
    (orgs.data ?? []).some((o) => [p.cityName, ...OPINION_DEPARTMENTS].includes(o.name) && canGiveOpinion(me, o.id));
  const decides = canDecide(me);

  const columns: TableColumnsType<HostZoneProposal> = [
    { title: '产业链', dataIndex: 'chainName', fixed: 'start', width: isMobile ? 100 : 140 },
    { title: '开发区/园区', dataIndex: 'zoneName', render: (z: string, p) => `${z}（${p.cityName}）` },
    {
      title: '状态',
      dataIndex: 'state',
      render: (s: HostZoneProposal['state'], p) => (
        <Tooltip title={p.decisionNote ?? undefined}>
          <Tag color={PROPOSAL_STATE_COLORS[s]} style={{ marginInlineEnd: 0 }}>
            {PROPOSAL_STATE_LABELS[s]}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: '公布',
      dataIndex: 'publishedAt',
      render: (at: string | null, p) =>
        at ? (
          formatDate(at)
        ) : p.state === 'accepted' ? (
          <Tag color="orange">待公布</Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: '推荐单位', dataIndex: 'proposedBy' },
    {
      title: '推荐理由',
      dataIndex: 'reason',
      width: 220,
      render: (r: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r }} style={{ margin: 0 }}>
          {r}
        </Typography.Paragraph>
      ),
    },
    { title: '征求意见', key: 'opinions', width: 260, render: (_, p) => <Opinions p={p} /> },
    {
      title: '操作',
      key: 'actions',
      fixed: isMobile ? undefined : 'end',
      render: (_, p) => (
        <Flex gap={4} wrap>
          {mayOpine(p) && (
            <Button type="link" size="small" onClick={() => setOpinionFor(p)}>
              记录意见
            </Button>
          )}
          {decides && p.state === 'proposed' && (
            <Tooltip title={p.missingOpinions.length ? `还需：${p.missingOpinions.join('、')}的意见` : undefined}>
              <Button type="link" size="small" disabled={p.missingOpinions.length > 0} onClick={() => setDeciding(p)}>
                研究确定
              </Button>
            </Tooltip>
          )}
        </Flex>
      ),
    },
  ];

  const onPublish = () =>
    publish.mutate(undefined, {
      onSuccess: ({ published }) => toastSuccess(published ? `已向社会公布 ${published} 个开发区` : '没有待公布的开发区'),
      onError: showError,
    });

  return (
    <ContentCard>
      <AttractionNav />
      <PageHeader
        title="承载示范开发区"
        actions={
          <>
            <Button icon={<ExportOutlined aria-hidden />} href="/public/host-zones" target="_blank">
              公开名单
            </Button>
            {decides && (
              <Popconfirm
                title="向社会公布已确定的开发区？"
                description="公布后，已确定但未公布的开发区出现在公开名单中。"
                okText="公布"
                onConfirm={onPublish}
              >
                <Button icon={<NotificationOutlined aria-hidden />} loading={publish.isPending}>
                  公布
                </Button>
              </Popconfirm>
            )}
            {mayPropose(me) && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setProposing(true)}>
                推荐
              </Button>
            )}
          </>
        }
      />
      <FilterBar onReset={() => update({ chainId: undefined, state: undefined })}>
        <Select
          aria-label="产业链"
          placeholder="产业链"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.isLoading}
          options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={query.chainId}
          onChange={(v?: number) => update({ chainId: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 180)}
        />
        <FilterSelect
          label="状态"
          options={PROPOSAL_STATE_OPTIONS}
          value={query.state}
          onChange={(v) => update({ state: v })}
          width={130}
        />
      </FilterBar>
      <Table<HostZoneProposal>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        {...pagedTable(page, pageSize, data?.total, update)}
        locale={{ emptyText: mayPropose(me) ? '还没有推荐，可以 推荐 本链的承载示范开发区' : '还没有推荐的承载示范开发区' }}
      />
      <ProposeDrawer open={proposing} onClose={() => setProposing(false)} />
      <OpinionModal proposal={opinionFor} onClose={() => setOpinionFor(null)} />
      <ProposalDecisionModal proposal={deciding} onClose={() => setDeciding(null)} />
    </ContentCard>
  );
}
