import { ReserveReviewInput } from '@chainboard/contracts';
import { Descriptions, Form, Input, Modal, Radio } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import type { ReserveRow } from '../api';
import { useReviewReserve } from '../hooks';

const FORM_ID = 'review-reserve-form';
type Values = { state: 'accepted' | 'rejected'; note?: string };

function ReviewForm({ entry, review, onDone }: { entry: ReserveRow; review: ReturnType<typeof useReviewReserve>; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const state = Form.useWatch('state', form);
  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      onFinish={(v) =>
        review.mutate(
          { id: entry.id, input: { state: v.state, note: v.note || null } },
          {
            onSuccess: (saved) => {
              toastSuccess(saved.state === 'accepted' ? '已入库' : '已审核：不入库');
              onDone();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'chain', label: '产业链', children: entry.chainName },
          { key: 'by', label: '推荐单位', children: entry.recommendedBy },
          { key: 'reason', label: '推荐理由', children: <span style={{ whiteSpace: 'pre-wrap' }}>{entry.reason}</span> },
        ]}
      />
      <Form.Item label="审核结论" name="state" required rules={[zodRule(ReserveReviewInput.shape.state, '请选择入库或不入库')]}>
        <Radio.Group
          options={[
            { value: 'accepted', label: '入库' },
            { value: 'rejected', label: '不入库' },
          ]}
        />
      </Form.Item>
      <Form.Item
        label="审核意见"
        name="note"
        rules={[
          zodRule(ReserveReviewInput.shape.note),
          ...(state === 'rejected' ? [{ required: true, whitespace: true, message: '不入库请说明原因' }] : []),
        ]}
        required={state === 'rejected'}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 审核: the office decides 入库 or 不入库, with a note. */
export function ReviewReserveModal({ entry, onClose }: { entry: ReserveRow | null; onClose: () => void }) {
  const review = useReviewReserve();
  return (
    <Modal
      title={entry ? `审核：${entry.projectName}` : '审核'}
      open={entry !== null}
      onCancel={onClose}
      okText="提交审核"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={review.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {entry && <ReviewForm entry={entry} review={review} onDone={onClose} />}
    </Modal>
  );
}
