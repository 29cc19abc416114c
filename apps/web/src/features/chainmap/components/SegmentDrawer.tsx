import { LEAD_STAGE_LABELS, type LeadStage, PROJECT_CLASS_LABELS, type ProjectClass, TIER_LABELS, type Tier } from '@chainboard/contracts';
import { Button, Descriptions, Drawer, Empty, List, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { showError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { formatDateTime } from '../../../lib/format';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useMe } from '../../auth/hooks';
import { formatWan } from '../../enterprises/money';
import { EnterpriseSelect } from '../../projects/components/SearchSelect';
import type { MapSegment } from '../api';
import { usePlaceEnterprise, useSegmentHistory, useSegmentRecords } from '../hooks';
import { GAP_STATUS_LABELS, GAP_TAG_COLOURS } from '../labels';
import { mayPlaceEnterprises } from '../permissions';

/** The rows behind one segment of the map: its enterprises, projects, key technologies and leads, and its history. */
/** 放入本环节: an enterprise already on the chain moves onto this segment. */
function PlaceEnterprise({ chainId, segmentId }: { chainId: number; segmentId: number }) {
  const [enterpriseId, setEnterpriseId] = useState<number>();
  const place = usePlaceEnterprise();
  const save = () =>
    enterpriseId &&
    place.mutateAsync({ enterpriseId, chainId, segmentId }).then(
      () => {
        toastSuccess('已放入本环节');
        setEnterpriseId(undefined);
      },
      (err) => showError(err),
    );
  return (
    <Space.Compact style={{ width: '100%', marginBottom: 8 }}>
      <EnterpriseSelect<number>
        value={enterpriseId}
        onChange={setEnterpriseId}
        placeholder="输入名称查找本链企业，放入本环节"
        style={{ flex: 1 }}
      />
      <Button type="primary" disabled={!enterpriseId} loading={place.isPending} onClick={() => void save()}>
        放入本环节
      </Button>
    </Space.Compact>
  );
}

export function SegmentDrawer({ segment, onClose }: { segment: MapSegment | undefined; onClose: () => void }) {
  const me = useMe();
  const isMobile = useIsMobile();
  const records = useSegmentRecords(segment?.id);
  const history = useSegmentHistory(segment?.id);
  const r = records.data;
  const f = segment?.figures;
  return (
    <Drawer
      open={segment !== undefined}
      onClose={onClose}
      size={isMobile ? '100%' : 720}
      title={
        segment && f ? (
          <span>
            {segment.path} <Tag color={GAP_TAG_COLOURS[f.status]}>{GAP_STATUS_LABELS[f.status]}</Tag>
          </span>
        ) : null
      }
      destroyOnHidden
    >
      {segment && f && (
        <>
          <Descriptions size="small" column={isMobile ? 1 : 2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="主要产品">{segment.products ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="本地企业">{f.enterprises} 家</Descriptions.Item>
            <Descriptions.Item label="营收（万元）">{formatWan(f.revenue)}</Descriptions.Item>
            <Descriptions.Item label="占全链 / 应占">
              {f.revenueShare.toFixed(1)}% / {f.expectedShare.toFixed(1)}%
            </Descriptions.Item>
            <Descriptions.Item label="判定依据" span={2}>
              <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="segment-reasons">
                {f.reasons.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </Descriptions.Item>
          </Descriptions>
          <Tabs
            items={[
              {
                key: 'enterprises',
                label: `企业（${r?.enterprises.length ?? 0}）`,
                children: (
                  <>
                    {mayPlaceEnterprises(me) && <PlaceEnterprise chainId={segment.chainId} segmentId={segment.id} />}
                    <Table
                      size="small"
                      rowKey="id"
                      loading={records.isLoading}
                      dataSource={r?.enterprises}
                      pagination={false}
                      scroll={{ x: 560 }}
                      locale={{ emptyText: <Empty description="该环节还没有本地企业：可在补链招商中寻找候选企业" /> }}
                      columns={[
                        { title: '企业', dataIndex: 'name', fixed: 'left', render: (v, e) => <Link to={`/enterprises/${e.id}`}>{v}</Link> },
                        { title: '层级', dataIndex: 'tier', render: (t: Tier | null) => (t ? TIER_LABELS[t] : '—') },
                        { title: '所在市', dataIndex: 'cityName' },
                        { title: '环节', dataIndex: 'segmentName' },
                        { title: '营收（万元）', dataIndex: 'revenue', align: 'right', render: (v: number) => formatWan(v) },
                      ]}
                    />
                  </>
                ),
              },
              {
                key: 'projects',
                label: `项目（${r?.projects.length ?? 0}）`,
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    dataSource={r?.projects}
                    pagination={false}
                    scroll={{ x: 560 }}
                    columns={[
                      { title: '项目', dataIndex: 'name', fixed: 'left', render: (v, p) => <Link to={`/projects/${p.id}`}>{v}</Link> },
                      { title: '类别', dataIndex: 'class', render: (c: ProjectClass) => PROJECT_CLASS_LABELS[c] ?? c },
                      { title: '所在市', dataIndex: 'cityName' },
                      { title: '总投资（万元）', dataIndex: 'totalInvestment', align: 'right', render: (v: number) => formatWan(v) },
                    ]}
                  />
                ),
              },
              {
                key: 'technologies',
                label: `关键技术（${r?.technologies.length ?? 0}）`,
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    dataSource={r?.technologies}
                    pagination={false}
                    columns={[
                      { title: '技术', dataIndex: 'name' },
                      { title: '环节', dataIndex: 'segmentName' },
                    ]}
                    locale={{ emptyText: <Empty description="该环节没有未攻克的关键技术" /> }}
                  />
                ),
              },
              {
                key: 'leads',
                label: `招商线索（${r?.leads.length ?? 0}）`,
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    dataSource={r?.leads}
                    pagination={false}
                    scroll={{ x: 520 }}
                    columns={[
                      {
                        title: '目标企业',
                        dataIndex: 'targetName',
                        fixed: 'left',
                        render: (v, l) => <Link to={`/attraction/leads/${l.id}`}>{v}</Link>,
                      },
                      { title: '阶段', dataIndex: 'pipelineStage', render: (s: LeadStage) => LEAD_STAGE_LABELS[s] ?? s },
                      { title: '所在市', dataIndex: 'cityName' },
                      { title: '补链', dataIndex: 'fillsGap', render: (v: boolean) => (v ? <Tag color="red">补链</Tag> : '') },
                    ]}
                  />
                ),
              },
              {
                key: 'history',
                label: '调整记录',
                children: (
                  <List
                    size="small"
                    loading={history.isLoading}
                    dataSource={history.data}
                    renderItem={(h) => (
                      <List.Item>
                        <Typography.Text>{h.summary}</Typography.Text>
                        <Typography.Text type="secondary">
                          {formatDateTime(h.at)} {h.username ?? ''}
                        </Typography.Text>
                      </List.Item>
                    )}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
