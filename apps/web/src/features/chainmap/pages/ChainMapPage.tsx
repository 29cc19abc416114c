import { DownloadOutlined, PrinterOutlined, SettingOutlined } from '@ant-design/icons';
import { GapSettings } from '@chainboard/contracts';
import { Alert, Button, Empty, Form, InputNumber, Modal, Select, Space, Spin, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import type * as echarts from 'echarts/core';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { formatWan } from '../../enterprises/money';
import type { ChainGaps, ChainSupply, MapSegment } from '../api';
import { CandidatePanel } from '../components/CandidatePanel';
import { SegmentDrawer } from '../components/SegmentDrawer';
import { SegmentManager } from '../components/SegmentManager';
import { useChainGaps, useChainMap, useGapSettings, useLocalSupply, useSetGapSettings } from '../hooks';
import { CHAIN_STAGE_LABELS, GAP_STATUS_LABELS, GAP_TAG_COLOURS } from '../labels';
import { canConfigureGaps, canEditSegments } from '../permissions';

const MapChart = lazy(() => import('../components/MapChart'));

/** 产业链图谱: one chain's segments with the enterprises on them, its 断点 and 堵点, candidates to fill them and its local supply share. */
export function ChainMapPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const chainsQuery = useChainOptions();
  const chains = chainsQuery.data ?? [];
  const chosen = Number(params.get('chainId')) || undefined;
  const chainId = chosen ?? chains[0]?.id;
  const chain = chains.find((c) => c.id === chainId);
  const map = useChainMap(chainId);
  const gaps = useChainGaps(chainId);
  const [picked, setPicked] = useState<number>();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const chart = useRef<echarts.ECharts | null>(null);
  const onReady = useCallback((c: echarts.ECharts | null) => {
    chart.current = c;
  }, []);
  const segment = useMemo(() => map.data?.segments.find((s) => s.id === picked), [map.data, picked]);
  const editable = chain ? canEditSegments(me, chain.leadUnitId) : false;
  const tab = params.get('tab') ?? 'map';

  const image = () => chart.current?.getDataURL({ backgroundColor: '#fff' });
  /** The chart is drawn as SVG; the file people share is a PNG at twice the size on screen. */
  const exportImage = () => {
    const url = image();
    const c = chart.current;
    if (!url || !chain || !c) return;
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = c.getWidth() * 2;
      canvas.height = c.getHeight() * 2;
      const g = canvas.getContext('2d');
      if (!g) return;
      g.fillStyle = '#fff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(img, 0, 0, canvas.width, canvas.height);
      const a = document.createElement('a');
      a.href = canvas.toDataURL('image/png');
      a.download = `${chain.name}产业链图谱.png`;
      a.click();
    };
    img.src = url;
  };
  const print = () => {
    const url = image();
    if (!url || !chain) return;
    const w = window.open('', '_blank');
    if (!w) return;
    const img = w.document.createElement('img');
    img.src = url;
    img.style.width = '100%';
    img.onload = () => w.print();
    w.document.title = `${chain.name}产业链图谱`;
    w.document.body.appendChild(img);
  };

  return (
    <>
      <PageHeader
        title="产业链图谱"
        actions={
          <Space wrap>
            <Select
              aria-label="产业链"
              style={{ minWidth: 180 }}
              loading={chainsQuery.isLoading}
              value={chainId}
              options={chains.map((c) => ({ value: c.id, label: c.name }))}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(v) => setParams((p) => ({ ...Object.fromEntries(p), chainId: String(v) }))}
            />
            <Button icon={<SettingOutlined aria-hidden />} onClick={() => setSettingsOpen(true)}>
              判定标准
            </Button>
          </Space>
        }
      />
      <ContentCard>
        {!chainId ? (
          <Empty description="没有可查看的产业链" />
        ) : (
          <Tabs
            activeKey={tab}
            onChange={(k) => setParams((p) => ({ ...Object.fromEntries(p), tab: k }))}
            items={[
              {
                key: 'map',
                label: '图谱',
                children: (
                  <>
                    <GapSummary gaps={gaps.data} />
                    <Space wrap style={{ display: 'flex', margin: '12px 0' }}>
                      <Button icon={<DownloadOutlined aria-hidden />} onClick={exportImage} disabled={!map.data?.segments.length}>
                        导出图片
                      </Button>
                      <Button icon={<PrinterOutlined aria-hidden />} onClick={print} disabled={!map.data?.segments.length}>
                        打印
                      </Button>
                      {map.data && map.data.unplacedEnterprises > 0 && (
                        <Typography.Text type="secondary">另有 {map.data.unplacedEnterprises} 家链上企业尚未确定环节</Typography.Text>
                      )}
                    </Space>
                    {map.isLoading ? (
                      <Spin />
                    ) : map.data && map.data.segments.length > 0 ? (
                      <Suspense fallback={<Spin />}>
                        <MapChart map={map.data} onPick={setPicked} onReady={onReady} />
                      </Suspense>
                    ) : (
                      <Empty description={editable ? '还没有环节：在“环节”中新增或导入' : '该链还没有环节'} />
                    )}
                  </>
                ),
              },
              {
                key: 'gaps',
                label: '断点堵点',
                children: <WeakLinks gaps={gaps.data} loading={gaps.isLoading} onPick={setPicked} />,
              },
              {
                key: 'segments',
                label: '环节',
                children: chain ? <SegmentManager chainId={chain.id} chainName={chain.name} editable={editable} /> : null,
              },
              { key: 'candidates', label: '补链招商', children: <CandidatePanel chainId={chainId} editable={editable} /> },
              { key: 'supply', label: '本地配套率', children: <SupplyPanel chainId={chainId} /> },
            ]}
          />
        )}
      </ContentCard>
      <SegmentDrawer segment={segment} onClose={() => setPicked(undefined)} />
      {settingsOpen && <SettingsModal editable={canConfigureGaps(me)} onClose={() => setSettingsOpen(false)} />}
    </>
  );
}

function GapSummary({ gaps }: { gaps: ChainGaps | undefined }) {
  if (!gaps) return null;
  return (
    <Space wrap size={32}>
      <Statistic title="末级环节" value={gaps.leafSegments} suffix="个" />
      <Statistic title="断点" value={gaps.gaps} suffix="个" styles={{ content: { color: '#cf1322' } }} />
      <Statistic title="堵点" value={gaps.bottlenecks} suffix="个" styles={{ content: { color: '#d46b08' } }} />
      <Statistic title="已有补链线索" value={gaps.weakWithLead} suffix={`/ ${gaps.gaps + gaps.bottlenecks}`} />
      <Statistic title="已有落地" value={gaps.weakWithLanded} suffix={`/ ${gaps.gaps + gaps.bottlenecks}`} />
    </Space>
  );
}

type WeakLink = ChainGaps['weakLinks'][number];

function WeakLinks({ gaps, loading, onPick }: { gaps: ChainGaps | undefined; loading: boolean; onPick: (id: number) => void }) {
  return (
    <>
      {gaps && (
        <Typography.Paragraph type="secondary">
          截至 {gaps.asOf}，营收为 {gaps.year}{' '}
          年数据。断点：没有本地企业也没有落地项目；堵点：企业过少、营收低于应占份额、关键技术未攻克或问题过多。
        </Typography.Paragraph>
      )}
      <Table<WeakLink>
        rowKey="segmentId"
        size="small"
        loading={loading}
        dataSource={gaps?.weakLinks}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: '没有断点和堵点' }}
        columns={[
          {
            title: '环节',
            dataIndex: 'path',
            fixed: 'left',
            width: 200,
            render: (v, w) => (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => onPick(w.segmentId)}
              >
                {v}
              </Button>
            ),
          },
          { title: '阶段', dataIndex: 'stage', width: 60, render: (s: WeakLink['stage']) => CHAIN_STAGE_LABELS[s] },
          {
            title: '状态',
            dataIndex: 'status',
            width: 70,
            render: (s: WeakLink['status']) => <Tag color={GAP_TAG_COLOURS[s]}>{GAP_STATUS_LABELS[s]}</Tag>,
          },
          {
            title: '原因',
            dataIndex: 'reasons',
            render: (r: string[]) => (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {r.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            ),
          },
          { title: '补链线索', dataIndex: 'gapLeads', width: 80, align: 'right' },
          { title: '已落地', dataIndex: 'gapLeadsLanded', width: 70, align: 'right' },
        ]}
      />
    </>
  );
}

function SupplyPanel({ chainId }: { chainId: number }) {
  const supply = useLocalSupply(chainId);
  const row: ChainSupply | undefined = supply.data?.[0];
  const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="本地配套率 = 链主企业在协作配套活动中签约的采购额里，供应方为本省企业库中企业的金额所占比例；旁列链主最近一次申报时自报的本地配套率。"
      />
      {row && (
        <Space wrap size={32} style={{ marginBottom: 12 }}>
          <Statistic title="签约采购（万元）" value={formatWan(row.signedPurchases)} />
          <Statistic title="本省供应（万元）" value={formatWan(row.signedLocal)} />
          <Statistic title="签约本地配套率" value={pct(row.signedShare)} />
          <Statistic title="申报本地配套率（平均）" value={pct(row.declaredShare)} />
        </Space>
      )}
      <Table
        rowKey="enterpriseId"
        size="small"
        loading={supply.isLoading}
        dataSource={row?.masters}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: '该链暂无链主企业' }}
        columns={[
          { title: '链主企业', dataIndex: 'enterpriseName', fixed: 'left' },
          { title: '签约采购（万元）', dataIndex: 'signedPurchases', align: 'right', render: (v: number) => formatWan(v) },
          { title: '本省供应（万元）', dataIndex: 'signedLocal', align: 'right', render: (v: number) => formatWan(v) },
          { title: '签约本地配套率', dataIndex: 'signedShare', align: 'right', render: pct },
          { title: '申报本地配套率', dataIndex: 'declaredShare', align: 'right', render: pct },
        ]}
      />
    </>
  );
}

function SettingsModal({ editable, onClose }: { editable: boolean; onClose: () => void }) {
  const settings = useGapSettings();
  const save = useSetGapSettings();
  const [form] = Form.useForm<GapSettings>();
  const submit = async (v: GapSettings) => {
    try {
      await save.mutateAsync(GapSettings.parse(v));
      toastSuccess('判定标准已保存');
      onClose();
    } catch (err) {
      showFormError(form, err);
    }
  };
  return (
    <Modal
      open
      title="断点堵点判定标准"
      onCancel={onClose}
      onOk={editable ? () => form.submit() : onClose}
      okText={editable ? '保存' : '关闭'}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {settings.data ? (
        <Form form={form} layout="vertical" disabled={!editable} initialValues={settings.data} onFinish={(v) => void submit(v)}>
          <Form.Item label="本地企业少于（家）为堵点" name="minEnterprises" rules={[{ required: true, message: '请填写企业数' }]}>
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
          <Form.Item label="营收占比低于应占份额的（%）为堵点" name="minRevenueRatio" rules={[{ required: true, message: '请填写比例' }]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item label="未攻克关键技术多于（项）为堵点" name="maxOpenTechnologies" rules={[{ required: true, message: '请填写项数' }]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item label="未解决问题多于（个）为堵点" name="maxOpenProblems" rules={[{ required: true, message: '请填写个数' }]}>
            <InputNumber min={0} max={1000} precision={0} />
          </Form.Item>
          {!editable && <Typography.Text type="secondary">判定标准由省链长办设定。</Typography.Text>}
        </Form>
      ) : (
        <Spin />
      )}
    </Modal>
  );
}

export type { MapSegment };
