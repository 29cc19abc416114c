import { PlusOutlined } from '@ant-design/icons';
import { AllianceActivityInput, COOPERATION_FIELD_LABELS, type CooperationField } from '@chainboard/contracts';
import { Button, DatePicker, Flex, Form, Input, Modal, Select, Table, type TableColumnsType, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { zodRule } from '../../../lib/zodRule';
import type { AllianceActivity } from '../api';
import { useActivities, useAddActivity } from '../hooks';
import { FIELD_OPTIONS } from '../labels';

type Values = { date: Dayjs; field: CooperationField; title: string; result?: string };
const field = AllianceActivityInput.shape;

function ActivityForm({ allianceId, fields, onDone }: { allianceId: number; fields: CooperationField[]; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddActivity(allianceId);
  return (
    <Form
      id="activity-form"
      form={form}
      layout="vertical"
      initialValues={{ date: dayjs(), field: fields[0] }}
      onFinish={(v) =>
        add.mutate(
          { date: v.date.format('YYYY-MM-DD'), field: v.field, title: v.title, result: v.result || null },
          {
            onSuccess: () => {
              toastSuccess('已记录活动');
              onDone();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Form.Item label="日期" name="date" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="合作领域" name="field" required rules={[zodRule(field.field, '请选择合作领域')]}>
        <Select options={FIELD_OPTIONS} />
      </Form.Item>
      <Form.Item label="活动名称" name="title" required rules={[zodRule(field.title)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="成效" name="result" rules={[zodRule(field.result)]}>
        <Input.TextArea rows={4} maxLength={4000} showCount placeholder="签约金额、攻关成果、培训人次等" />
      </Form.Item>
    </Form>
  );
}

/** 合作活动: what the alliance did, by field of cooperation. */
export function ActivitiesTab({ allianceId, fields, work }: { allianceId: number; fields: CooperationField[]; work: boolean }) {
  const { data, isLoading } = useActivities(allianceId);
  const [adding, setAdding] = useState(false);
  const columns: TableColumnsType<AllianceActivity> = [
    { title: '日期', dataIndex: 'date', fixed: 'start', width: 110 },
    { title: '合作领域', dataIndex: 'field', render: (f: CooperationField) => <Tag>{COOPERATION_FIELD_LABELS[f]}</Tag> },
    { title: '活动名称', dataIndex: 'title' },
    { title: '成效', dataIndex: 'result', render: (r: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{orDash(r)}</span> },
  ];
  const sorted = [...(data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Flex vertical gap={12}>
      {work && (
        <Flex justify="end">
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            记录活动
          </Button>
        </Flex>
      )}
      <Table<AllianceActivity>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={sorted}
        loading={isLoading}
        pagination={sorted.length > 20 ? { pageSize: 20 } : false}
        scroll={TABLE_SCROLL}
        locale={{ emptyText: work ? '还没有合作活动，可以 记录活动' : '还没有合作活动' }}
      />
      <Modal
        title="记录合作活动"
        open={adding}
        onCancel={() => setAdding(false)}
        okText="保存"
        okButtonProps={{ htmlType: 'submit', form: 'activity-form' }}
        destroyOnHidden
        mask={{ closable: false }}
      >
        <ActivityForm allianceId={allianceId} fields={fields} onDone={() => setAdding(false)} />
      </Modal>
    </Flex>
  );
}
