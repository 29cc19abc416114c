import { DecisionInput, type Declaration, ReviewInput } from '@chainboard/contracts';
import { Descriptions, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { formatWan } from '../../enterprises/money';
import type { Decision } from '../api';
import { useDecide, useReview } from '../hooks';

function Brief({ d }: { d: Declaration }) {
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'e', label: '企业', children: d.enterpriseName },
        { key: 'c', label: '产业链', children: d.chainName },
        { key: 'r', label: '营业收入', children: `${formatWan(d.revenue)} 万元` },
        ...(d.score !== null ? [{ key: 's', label: '评分', children: `${d.score} 分` }] : []),
        ...(d.reviewComment ? [{ key: 'rc', label: '评审意见', children: d.reviewComment }] : []),
      ]}
    />
  );
}

type ReviewValues = { score: number; comment?: string };

function ReviewForm({ roundId, declaration, onDone }: { roundId: number; declaration: Declaration; onDone: () => void }) {
  const [form] = Form.useForm<ReviewValues>();
  const review = useReview(roundId);
  return (
    <Form
      id="review-form"
      form={form}
      layout="vertical"
      initialValues={{ score: declaration.score ?? undefined, comment: declaration.reviewComment ?? undefined }}
      onFinish={(v) =>
        review.mutate(
          { id: declaration.id, score: v.score, comment: v.comment || null },
          {
            onSuccess: () => {
              toastSuccess('已评分');
              onDone();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Brief d={declaration} />
      <Form.Item label="评分" name="score" required rules={[zodRule(ReviewInput.shape.score, '请填写评分')]} extra="0-100 分">
        <InputNumber min={0} max={100} precision={1} controls={false} style={{ width: '100%' }} suffix="分" />
      </Form.Item>
      <Form.Item label="评审意见" name="comment" rules={[zodRule(ReviewInput.shape.comment)]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 评分 by the chain's lead unit (or the office) while the round is 评审中. */
export function ReviewModal({ roundId, declaration, onClose }: { roundId: number; declaration: Declaration | null; onClose: () => void }) {
  return (
    <Modal
      title={declaration ? `评分：${declaration.enterpriseName}` : '评分'}
      open={declaration !== null}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: 'review-form' }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {declaration && <ReviewForm roundId={roundId} declaration={declaration} onDone={onClose} />}
    </Modal>
  );
}

type DecisionValues = { decision: Decision; note?: string };

function DecisionForm({
  roundId,
  declaration,
  decision,
  onDone,
}: {
  roundId: number;
  declaration: Declaration;
  decision: Decision;
  onDone: () => void;
}) {
  const [form] = Form.useForm<DecisionValues>();
  const decide = useDecide(roundId);
  return (
    <Form
      id="decision-form"
      form={form}
      layout="vertical"
      initialValues={{ decision, note: declaration.decisionNote ?? undefined }}
      onFinish={(v) =>
        decide.mutate(
          { id: declaration.id, decision: v.decision, note: v.note || null },
          {
            onSuccess: () => {
              toastSuccess(v.decision === 'approved' ? '已认定' : '已作出不予认定结论');
              onDone();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Brief d={declaration} />
      <Form.Item label="认定结论" name="decision" rules={[zodRule(DecisionInput.shape.decision, '请选择结论')]}>
        <Radio.Group
          options={[
            { value: 'approved', label: '认定' },
            { value: 'rejected', label: '不予认定' },
          ]}
        />
      </Form.Item>
      <Form.Item label="认定意见" name="note" rules={[zodRule(DecisionInput.shape.note)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 认定 / 不予认定 by the office. */
export function DecisionModal({
  roundId,
  target,
  onClose,
}: {
  roundId: number;
  target: { declaration: Declaration; decision: Decision } | null;
  onClose: () => void;
}) {
  return (
    <Modal
      title={target ? `认定结论：${target.declaration.enterpriseName}` : '认定结论'}
      open={target !== null}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: 'decision-form' }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {target && <DecisionForm roundId={roundId} declaration={target.declaration} decision={target.decision} onDone={onClose} />}
    </Modal>
  );
}
