import { ChainStage, SegmentInput } from '@chainboard/contracts';
import { Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { showError, showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { ExportButton, ImportButton } from '../../excel';
import type { Segment } from '../api';
import { useCreateSegment, useRefreshChainMap, useRetireSegment, useSegments, useUpdateSegment } from '../hooks';
import { CHAIN_STAGE_LABELS } from '../labels';

type Row = Segment & { children?: Row[] };
type Values = {
  name: string;
  stage: ChainStage;
  parentId?: number | null;
  products?: string;
  sortOrder?: number;
  expectedShare?: number | null;
};

const field = SegmentInput.shape;

function asTree(list: Segment[]): Row[] {
  const rows = new Map<number, Row>(list.map((s) => [s.id, { ...s }]));
  const roots: Row[] = [];
  for (const s of list) {
    const row = rows.get(s.id) as Row;
    const parent = s.parentId === null ? undefined : rows.get(s.parentId);
    if (parent) parent.children = [...(parent.children ?? []), row];
    else roots.push(row);
  }
  return roots;
}

/** 环节管理: the chain's segment tree, edited by its lead unit and the office, imported and exported as a sheet. */
export function SegmentManager({ chainId, chainName, editable }: { chainId: number; chainName: string; editable: boolean }) {
  const [showRetired, setShowRetired] = useState(false);
  const segments = useSegments(chainId, showRetired);
  const [editing, setEditing] = useState<Segment | 'new' | null>(null);
  const retire = useRetireSegment();
  const refresh = useRefreshChainMap();
  const tree = useMemo(() => asTree(segments.data ?? []), [segments.data]);

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {editable && (
          <Button type="primary" onClick={() => setEditing('new')}>
            新增环节
          </Button>
        )}
        {editable && (
          <ImportButton
            kinds={[
              {
                label: '产业链环节',
                importUrl: '/api/segments/import',
                hint: '每行一个环节，写出从上到下的路径；已有的环节更新产品和份额',
              },
            ]}
            onImported={() => refresh()}
          />
        )}
        <ExportButton url="/api/segments/export" query={{ chainId }} fallbackName={`${chainName}产业链环节.xlsx`} />
        <Space>
          <Switch size="small" checked={showRetired} onChange={setShowRetired} aria-label="显示已停用环节" />
          显示已停用
        </Space>
      </Space>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={segments.isLoading}
        dataSource={tree}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        scroll={{ x: 640 }}
        locale={{ emptyText: '还没有环节：可以 新增环节 或 导入Excel' }}
        columns={[
          {
            title: '环节',
            dataIndex: 'name',
            fixed: 'left',
            render: (v, s) => (
              <span>
                {v} {s.retiredAt && <Tag>已停用</Tag>}
              </span>
            ),
          },
          { title: '阶段', dataIndex: 'stage', width: 70, render: (s: ChainStage) => CHAIN_STAGE_LABELS[s] },
          { title: '主要产品', dataIndex: 'products', ellipsis: true },
          { title: '应占份额', dataIndex: 'expectedShare', width: 90, render: (v: number | null) => (v === null ? '平均' : `${v}%`) },
          ...(editable
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 150,
                  render: (_: unknown, s: Row) =>
                    s.retiredAt ? null : (
                      <Space size={4}>
                        <Button size="small" type="link" onClick={() => setEditing(s)}>
                          修改
                        </Button>
                        <Popconfirm
                          title={`停用“${s.name}”及其下级环节？`}
                          description="环节上的企业、项目和线索保留原位置，图谱中不再显示"
                          onConfirm={() =>
                            retire.mutateAsync(s.id).then(
                              () => toastSuccess('已停用'),
                              (err) => showError(err),
                            )
                          }
                        >
                          <Button size="small" type="link" danger>
                            停用
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {editing !== null && (
        <SegmentModal
          chainId={chainId}
          segment={editing === 'new' ? undefined : editing}
          all={segments.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function SegmentModal({ chainId, segment, all, onClose }: { chainId: number; segment?: Segment; all: Segment[]; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateSegment();
  const update = useUpdateSegment();
  const parentId = Form.useWatch('parentId', form);
  const below = (id: number): number[] => [id, ...all.filter((s) => s.parentId === id).flatMap((s) => below(s.id))];
  const excluded = new Set(segment ? below(segment.id) : []);
  const parents = all
    .filter((s) => !s.retiredAt && !excluded.has(s.id))
    .map((s) => ({ value: s.id, label: `${CHAIN_STAGE_LABELS[s.stage]}：${s.path}` }));
  const save = async (v: Values) => {
    const body = { ...v, parentId: v.parentId ?? null, expectedShare: v.expectedShare ?? null };
    try {
      if (segment) await update.mutateAsync({ id: segment.id, input: body });
      else await create.mutateAsync({ ...body, chainId });
      toastSuccess('已保存');
      onClose();
    } catch (err) {
      showFormError(form, err);
    }
  };
  return (
    <Modal
      open
      title={segment ? `修改环节：${segment.path}` : '新增环节'}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          segment
            ? {
                name: segment.name,
                stage: segment.stage,
                parentId: segment.parentId,
                products: segment.products ?? undefined,
                sortOrder: segment.sortOrder,
                expectedShare: segment.expectedShare,
              }
            : { stage: 'upstream', sortOrder: 0 }
        }
        onFinish={(v) => void save(v)}
      >
        <Form.Item label="环节名称" name="name" required rules={[zodRule(field.name)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="上级环节" name="parentId" extra="不选则直接位于所选阶段之下；移动时下级环节一并移动">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={parents} placeholder="无（位于阶段之下）" />
        </Form.Item>
        {(parentId === undefined || parentId === null) && (
          <Form.Item label="阶段" name="stage" required>
            <Select options={ChainStage.options.map((s) => ({ value: s, label: CHAIN_STAGE_LABELS[s] }))} />
          </Form.Item>
        )}
        <Form.Item label="主要产品" name="products" rules={[zodRule(field.products)]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Space wrap>
          <Form.Item label="应占全链营收份额（%）" name="expectedShare" extra="不填则在末级环节间平均">
            <InputNumber min={0} max={100} precision={1} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="排序" name="sortOrder">
            <InputNumber min={0} max={9999} precision={0} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
