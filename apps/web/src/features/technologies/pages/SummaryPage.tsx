import { BreakthroughSummaryInput, periodLabel, periodRange } from '@chainboard/contracts';
import { Alert, Button, Card, Empty, Flex, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { formatDateTime } from '../../../lib/format';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import type { BreakthroughSummary } from '../api';
import { TechnologiesNav } from '../components/TechnologiesNav';
import { DemoMark } from '../components/TechTags';
import { useSaveSummary, useSummaries } from '../hooks';
import { canWriteTechnology } from '../permissions';

const thisYear = new Date().getFullYear();
const YEARS = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
const QUARTERS = [1, 2, 3, 4];
const today = dayjs().format('YYYY-MM-DD');

type Editing = { chainId: number; chainName: string; quarter: string; summary: string };

function SummaryModal({ editing, onClose }: { editing: Editing | null; onClose: () => void }) {
  const [form] = Form.useForm<{ summary: string }>();
  const save = useSaveSummary();
  return (
    <Modal
      title={editing ? `${editing.chainName} · ${periodLabel(editing.quarter)}攻关成果总结` : ''}
      open={editing !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      {editing && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ summary: editing.summary }}
          onFinish={(v) =>
            save.mutate(
              { chainId: editing.chainId, quarter: editing.quarter, summary: v.summary },
              {
                onSuccess: () => {
                  toastSuccess('已保存');
                  onClose();
                },
                onError: (err) => showFormError(form, err),
              },
            )
          }
        >
          <Form.Item label="攻关成果总结" name="summary" required rules={[zodRule(BreakthroughSummaryInput.shape.summary)]}>
            <Input.TextArea rows={8} maxLength={10000} showCount placeholder="本季度关键技术攻关取得的成果、标志性创新成果与典型应用……" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** 季度攻关成果: each chain's quarterly breakthrough summary; chains still without one for an ended quarter are marked. */
export function SummaryPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const { params, update } = useListParams();
  const year = Number(params.year) || thisYear;
  const chainId = params.chainId ? Number(params.chainId) : undefined;
  const chains = useChainOptions();
  const { data, isFetching } = useSummaries(year, chainId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const leadUnitOf = (id: number) => chains.data?.find((c) => c.id === id)?.leadUnitId;
  const office = me.organisationType === 'office';

  const byChain = new Map<number, { chainName: string; summaries: Map<string, BreakthroughSummary>; missing: Set<string> }>();
  const entry = (id: number, chainName: string) => {
    let e = byChain.get(id);
    if (!e) {
      e = { chainName, summaries: new Map(), missing: new Set() };
      byChain.set(id, e);
    }
    return e;
  };
  for (const s of data?.items ?? []) entry(s.chainId, s.chainName).summaries.set(s.quarter, s);
  for (const m of data?.missing ?? []) entry(m.chainId, m.chainName).missing.add(m.quarter);
  // the chains the user writes for appear even before anything is due
  for (const c of chains.data ?? []) if ((!chainId || c.id === chainId) && canWriteTechnology(me, c.leadUnitId)) entry(c.id, c.name);
  const started = QUARTERS.map((q) => `${year}Q${q}`).filter((quarter) => periodRange(quarter).start <= today);
  const missingCount = data?.missing.length ?? 0;

  return (
    <ContentCard>
      <TechnologiesNav />
      <PageHeader title="季度攻关成果总结" />
      <FilterBar onReset={() => update({ year: undefined, chainId: undefined })}>
        <Select
          aria-label="年度"
          value={year}
          options={YEARS.map((y) => ({ value: y, label: `${y}年` }))}
          onChange={(v: number) => update({ year: String(v) })}
          style={filterWidth(isMobile, 110)}
        />
        <Select
          aria-label="产业链"
          placeholder="产业链"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={chainId}
          onChange={(v?: number) => update({ chainId: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 160)}
        />
      </FilterBar>
      {missingCount > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            office
              ? `有 ${new Set(data?.missing.map((m) => m.chainId)).size} 条产业链的 ${missingCount} 份已结束季度的攻关成果总结尚未填写，请督促省科技厅或链长牵头单位补报`
              : `有 ${missingCount} 份已结束季度的攻关成果总结尚未填写`
          }
        />
      )}
      {byChain.size === 0 && !isFetching ? (
        <Empty description={`${year}年还没有攻关成果总结`} />
      ) : (
        <Flex vertical gap={12}>
          {[...byChain.entries()].map(([id, c]) => (
            <Card key={id} size="small" title={c.chainName}>
              <Flex vertical gap={8}>
                {started.map((quarter) => {
                  const s = c.summaries.get(quarter);
                  const writable = canWriteTechnology(me, leadUnitOf(id));
                  return (
                    <Flex key={quarter} vertical gap={4}>
                      <Space wrap>
                        <Typography.Text strong>{periodLabel(quarter)}</Typography.Text>
                        {s ? (
                          <Tag color="green">已总结</Tag>
                        ) : c.missing.has(quarter) ? (
                          <Tag color="red">未填写</Tag>
                        ) : (
                          <Tag color="blue">本季度进行中</Tag>
                        )}
                        {s && <DemoMark demo={s.demo} />}
                        {s && (
                          <Typography.Text type="secondary">
                            {s.writtenBy ?? '—'} · {formatDateTime(s.updatedAt)}
                          </Typography.Text>
                        )}
                        {writable && (
                          <Button
                            type="link"
                            size="small"
                            onClick={() => setEditing({ chainId: id, chainName: c.chainName, quarter, summary: s?.summary ?? '' })}
                          >
                            {s ? '修改' : '填写'}
                          </Button>
                        )}
                      </Space>
                      {s && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{s.summary}</Typography.Paragraph>}
                    </Flex>
                  );
                })}
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
      <SummaryModal editing={editing} onClose={() => setEditing(null)} />
    </ContentCard>
  );
}
