import { Alert, Form, type FormInstance, Input, InputNumber, Modal } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useIsMobile } from '../../../lib/useIsMobile';
import type { PlanTarget } from '../api';
import { useEditTarget } from '../hooks';

const FORM_ID = 'target-edit-form';
type Values = { value?: number | null; note?: string };

/** 修改目标值: the office changes a target's value, which makes the plan's next version. */
export function TargetEditModal({ year, target, onClose }: { year: number; target: PlanTarget | null; onClose: () => void }) {
  const isMobile = useIsMobile();
  const edit = useEditTarget(year);
  const [form] = Form.useForm<Values>();
  const onFinish = (v: Values, f: FormInstance<Values>) => {
    if (!target || v.value === undefined || v.value === null) return;
    edit.mutate(
      { key: target.key, value: v.value, note: v.note?.trim() || null },
      {
        onSuccess: (plan) => {
          toastSuccess(`目标值已修改，计划更新为第${plan.version.number}版`);
          onClose();
        },
        onError: (err) => showFormError(f, err),
      },
    );
  };
  return (
    <Modal
      title="修改目标值"
      open={target !== null}
      onCancel={onClose}
      okText="保存为新版本"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={edit.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={isMobile ? '100%' : 480}
    >
      {target && (
        <Form id={FORM_ID} form={form} layout="vertical" initialValues={{ value: target.value }} onFinish={(v) => onFinish(v, form)}>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={target.label}
            description="保存后生成计划的新版本，已报告的节点进展不受影响"
          />
          <Form.Item label={`目标值（${target.unit}）`} name="value" rules={[{ required: true, message: '请填写目标值' }]}>
            <InputNumber style={{ width: '100%' }} aria-label="目标值" />
          </Form.Item>
          <Form.Item label="修改说明" name="note">
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
