import { PlanningDocumentInput } from '@chainboard/contracts';
import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import type { PlanningObligation } from '../api';
import { useSubmitPlanningDocument } from '../hooks';

const FORM_ID = 'planning-document-form';
const field = PlanningDocumentInput.shape;

type Values = { title?: string; issuedOn?: Dayjs | null; note?: string };

/** 报送 / 更正 one planning document a unit owes; the files are uploaded after, in the drawer. */
export function PlanningDocumentModal({
  obligation,
  onClose,
  onSaved,
}: {
  obligation: PlanningObligation | null;
  onClose: () => void;
  onSaved: (saved: PlanningObligation) => void;
}) {
  const [form] = Form.useForm<Values>();
  const submit = useSubmitPlanningDocument();
  const doc = obligation?.document;
  const onFinish = (v: Values) => {
    if (!obligation) return;
    submit.mutate(
      {
        requirementId: obligation.requirementId,
        chainId: obligation.chainId,
        enterpriseId: obligation.enterpriseId,
        organisationId: obligation.organisationId,
        title: v.title ?? '',
        issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : '',
        note: v.note || null,
      },
      {
        onSuccess: (saved) => {
          toastSuccess(doc ? '已更正' : '已报送，请上传文件');
          onSaved(saved);
        },
        onError: (err) => showFormError(form, err),
      },
    );
  };
  return (
    <Modal
      title={doc ? '更正规划文件' : '报送规划文件'}
      open={obligation !== null}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={submit.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {obligation && (
        <Typography.Paragraph type="secondary">
          {obligation.requiredTitle}（{obligation.ownerName}
          {obligation.chainName ? ` · ${obligation.chainName}` : ''}，{obligation.dueOn} 前报送）
        </Typography.Paragraph>
      )}
      <Form
        id={FORM_ID}
        form={form}
        layout="vertical"
        initialValues={
          doc
            ? { title: doc.title, issuedOn: dayjs(doc.issuedOn), note: doc.note ?? undefined }
            : { title: obligation?.requiredTitle, issuedOn: dayjs() }
        }
        onFinish={onFinish}
      >
        <Form.Item label="文件名称" name="title" required rules={[zodRule(field.title)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="印发日期" name="issuedOn" required rules={[{ required: true, message: '请选择印发日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item label="说明" name="note" rules={[zodRule(field.note)]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
