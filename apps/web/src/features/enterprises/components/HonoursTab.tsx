import { PlusOutlined } from '@ant-design/icons';
import {
  HONOUR_LABELS,
  HONOUR_LEVEL_LABELS,
  HonourInput,
  type HonourKind,
  type HonourLevel,
  type HonourRecord,
  HonourRevokeInput,
} from '@chainboard/contracts';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Table, type TableColumnsType, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { zodRule } from '../../../lib/zodRule';
import { useAddHonour, useHonours, useRevokeHonour } from '../hooks';
import { HONOUR_COLORS, HONOUR_LEVEL_OPTIONS, HONOUR_OPTIONS } from '../labels';

type AddValues = { kind: HonourKind; level: HonourLevel; year: number; note?: string };
type RevokeValues = { revokedOn: Dayjs; note?: string };

function AddHonourForm({ enterpriseId, onDone }: { enterpriseId: number; onDone: () => void }) {
  const [form] = Form.useForm<AddValues>();
  const add = useAddHonour(enterpriseId);
  const onClose = onDone;
  return (
    <Form
      id="honour-form"
      form={form}
      layout="vertical"
      initialValues={{ year: new Date().getFullYear() }}
      onFinish={(v) =>
        add.mutate(
          { kind: v.kind, level: v.level, year: v.year, note: v.note || null },
          {
            onSuccess: () => {
              toastSuccess('已新增荣誉');
              onClose();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Form.Item label="荣誉" name="kind" required rules={[zodRule(HonourInput.shape.kind, '请选择荣誉')]}>
        <Select options={HONOUR_OPTIONS} placeholder="请选择" />
      </Form.Item>
      <Form.Item label="级别" name="level" required rules={[zodRule(HonourInput.shape.level, '请选择级别')]}>
        <Select options={HONOUR_LEVEL_OPTIONS} placeholder="请选择" />
      </Form.Item>
      <Form.Item label="认定年份" name="year" required rules={[zodRule(HonourInput.shape.year, '请填写认定年份')]}>
        <InputNumber precision={0} controls={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="说明" name="note" rules={[zodRule(HonourInput.shape.note)]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </Form>
  );
}

function AddHonourModal({ enterpriseId, open, onClose }: { enterpriseId: number; open: boolean; onClose: () => void }) {
  return (
    <Modal
      title="新增荣誉"
      open={open}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: 'honour-form' }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <AddHonourForm enterpriseId={enterpriseId} onDone={onClose} />
    </Modal>
  );
}

function RevokeHonourForm({ enterpriseId, honour, onDone }: { enterpriseId: number; honour: HonourRecord; onDone: () => void }) {
  const [form] = Form.useForm<RevokeValues>();
  const revoke = useRevokeHonour(enterpriseId);
  const onClose = onDone;
  return (
    <Form
      id="revoke-honour-form"
      form={form}
      layout="vertical"
      initialValues={{ revokedOn: dayjs() }}
      onFinish={(v) =>
        revoke.mutate(
          { honourId: honour.id, revokedOn: v.revokedOn.format('YYYY-MM-DD'), note: v.note || null },
          {
            onSuccess: () => {
              toastSuccess('已撤销');
              onClose();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Form.Item label="撤销日期" name="revokedOn" rules={[{ required: true, message: '请选择撤销日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="说明" name="note" rules={[zodRule(HonourRevokeInput.shape.note)]}>
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：复核未通过、有效期届满" />
      </Form.Item>
    </Form>
  );
}

function RevokeHonourModal({ enterpriseId, honour, onClose }: { enterpriseId: number; honour: HonourRecord | null; onClose: () => void }) {
  return (
    <Modal
      title={honour ? `撤销荣誉：${HONOUR_LEVEL_LABELS[honour.level]}${HONOUR_LABELS[honour.kind]}（${honour.year}年）` : '撤销荣誉'}
      open={honour !== null}
      onCancel={onClose}
      okText="确认撤销"
      okButtonProps={{ danger: true, htmlType: 'submit', form: 'revoke-honour-form' }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {honour && <RevokeHonourForm enterpriseId={enterpriseId} honour={honour} onDone={onClose} />}
    </Modal>
  );
}

/** 荣誉: every title the enterprise held, revoked ones kept with their date. */
export function HonoursTab({ enterpriseId, editable }: { enterpriseId: number; editable: boolean }) {
  const { data, isLoading } = useHonours(enterpriseId);
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<HonourRecord | null>(null);

  const columns: TableColumnsType<HonourRecord> = [
    {
      title: '荣誉',
      dataIndex: 'kind',
      fixed: 'start',
      render: (kind: HonourKind) => <Tag color={HONOUR_COLORS[kind]}>{HONOUR_LABELS[kind]}</Tag>,
    },
    { title: '级别', dataIndex: 'level', render: (level: HonourLevel) => HONOUR_LEVEL_LABELS[level] },
    { title: '认定年份', dataIndex: 'year', render: (year: number) => `${year}年` },
    {
      title: '状态',
      dataIndex: 'revokedOn',
      render: (revokedOn: string | null) => (revokedOn ? <Tag>已于 {revokedOn} 撤销</Tag> : <Tag color="green">有效</Tag>),
    },
    { title: '说明', dataIndex: 'note', render: orDash },
  ];
  if (editable) {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_, h) =>
        !h.revokedOn && (
          <Button type="link" size="small" danger onClick={() => setRevoking(h)}>
            撤销
          </Button>
        ),
    });
  }

  return (
    <Flex vertical gap={12}>
      {editable && (
        <Flex justify="end">
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            新增荣誉
          </Button>
        </Flex>
      )}
      <Table<HonourRecord>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data}
        loading={isLoading}
        pagination={false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: editable ? '还没有荣誉记录，可以 新增荣誉' : '还没有荣誉记录' }}
      />
      <AddHonourModal enterpriseId={enterpriseId} open={adding} onClose={() => setAdding(false)} />
      <RevokeHonourModal enterpriseId={enterpriseId} honour={revoking} onClose={() => setRevoking(null)} />
    </Flex>
  );
}
