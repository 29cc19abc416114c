import type { Technology, TechnologyState } from '@chainboard/contracts';
import { DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useSaveTechnology } from '../hooks';
import { TECHNOLOGY_STATE_OPTIONS } from '../labels';

type Values = { state: TechnologyState; brokenThroughOn?: Dayjs | null };

/** 变更状态: 待攻关 → 攻关中 → 已突破 (with the date it was broken through), or back. */
export function StateModal({ technology, onClose }: { technology: Technology | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = useSaveTechnology(technology?.id ?? null);
  const state = Form.useWatch('state', form);
  const onFinish = (v: Values) =>
    save.mutate(
      { state: v.state, brokenThroughOn: v.state === 'achieved' && v.brokenThroughOn ? v.brokenThroughOn.format('YYYY-MM-DD') : null },
      {
        onSuccess: () => {
          toastSuccess('状态已更新');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <Modal
      title={technology ? `变更状态：${technology.name}` : ''}
      open={technology !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {technology && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            state: technology.state,
            brokenThroughOn: technology.brokenThroughOn ? dayjs(technology.brokenThroughOn) : dayjs(),
          }}
          onFinish={onFinish}
        >
          <Form.Item label="攻关状态" name="state" required>
            <Select options={TECHNOLOGY_STATE_OPTIONS} />
          </Form.Item>
          {state === 'achieved' && (
            <Form.Item label="突破日期" name="brokenThroughOn" rules={[{ required: true, message: '请填写突破日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          )}
        </Form>
      )}
    </Modal>
  );
}
