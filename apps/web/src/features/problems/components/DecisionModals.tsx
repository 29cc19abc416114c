import { DecisionProgressInput, MeetingDecisionInput } from '@chainboard/contracts';
import { Checkbox, DatePicker, Form, type FormInstance, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useIsMobile } from '../../../lib/useIsMobile';
import { zodRule } from '../../../lib/zodRule';
import { useOrganisationOptions } from '../../organisations/hooks';
import type { Decision, Meeting } from '../api';
import { useAddDecision, useDecisionProgress } from '../hooks';

const DECISION_FORM = 'decision-form';
const PROGRESS_FORM = 'decision-progress-form';

type DecisionValues = { content?: string; ownerOrgId?: number; ownerPerson?: string; deadline?: Dayjs | null; problemId?: number | null };

function DecisionForm({
  meeting,
  onSubmit,
}: {
  meeting: Meeting;
  onSubmit: (v: DecisionValues, form: FormInstance<DecisionValues>) => void;
}) {
  const [form] = Form.useForm<DecisionValues>();
  const orgs = useOrganisationOptions();
  const field = MeetingDecisionInput.shape;
  const owners = (orgs.data ?? []).filter((o) => o.type !== 'enterprise' && !o.retired).map((o) => ({ value: o.id, label: o.name }));
  return (
    <Form
      id={DECISION_FORM}
      form={form}
      layout="vertical"
      initialValues={{ deadline: dayjs().add(30, 'day') }}
      onFinish={(v) => onSubmit(v, form)}
    >
      <Form.Item label="议定事项" name="content" required rules={[zodRule(field.content)]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item label="责任单位" name="ownerOrgId" required rules={[zodRule(field.ownerOrgId, '请选择责任单位')]}>
        <Select showSearch={{ optionFilterProp: 'label' }} loading={orgs.isLoading} options={owners} placeholder="请选择" />
      </Form.Item>
      <Form.Item label="责任人" name="ownerPerson" rules={[zodRule(field.ownerPerson)]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label="完成时限" name="deadline" required rules={[{ required: true, message: '请选择完成时限' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="关联议题" name="problemId" extra="可选：本次会议议题中的问题，议定事项会记入该问题的时间线">
        <Select allowClear options={meeting.problems.map((p) => ({ value: p.id, label: p.title }))} placeholder="不关联" />
      </Form.Item>
    </Form>
  );
}

/** 添加议定事项: what was decided, who does it, by when, and which agenda problem it settles. */
export function DecisionModal({ meeting, open, onClose }: { meeting: Meeting; open: boolean; onClose: () => void }) {
  const isMobile = useIsMobile();
  const add = useAddDecision();
  const onSubmit = (v: DecisionValues, form: FormInstance<DecisionValues>) =>
    add.mutate(
      {
        meetingId: meeting.id,
        input: {
          content: v.content ?? '',
          ownerOrgId: v.ownerOrgId as number,
          ownerPerson: v.ownerPerson || null,
          deadline: (v.deadline as Dayjs).format('YYYY-MM-DD'),
          problemId: v.problemId ?? null,
        },
      },
      {
        onSuccess: () => {
          toastSuccess('已添加议定事项');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <Modal
      title="添加议定事项"
      open={open}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: DECISION_FORM }}
      confirmLoading={add.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={isMobile ? '100%' : 560}
    >
      <DecisionForm meeting={meeting} onSubmit={onSubmit} />
    </Modal>
  );
}

type ProgressValues = { note?: string; done?: boolean };

function ProgressForm({ onSubmit }: { onSubmit: (v: ProgressValues, form: FormInstance<ProgressValues>) => void }) {
  const [form] = Form.useForm<ProgressValues>();
  return (
    <Form id={PROGRESS_FORM} form={form} layout="vertical" initialValues={{ done: false }} onFinish={(v) => onSubmit(v, form)}>
      <Form.Item label="进展" name="note" required rules={[zodRule(DecisionProgressInput.shape.note)]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="done" valuePropName="checked">
        <Checkbox>已完成</Checkbox>
      </Form.Item>
    </Form>
  );
}

/** 报告进展 of one decision; ticking 已完成 closes it. */
export function DecisionProgressModal({ decision, onClose }: { decision: Decision | null; onClose: () => void }) {
  const isMobile = useIsMobile();
  const progress = useDecisionProgress();
  const onSubmit = (v: ProgressValues, form: FormInstance<ProgressValues>) => {
    if (!decision) return;
    progress.mutate(
      { decisionId: decision.id, input: { note: v.note ?? '', done: v.done ?? false } },
      {
        onSuccess: () => {
          toastSuccess(v.done ? '议定事项已完成' : '已报告进展');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  };
  return (
    <Modal
      title={decision ? `报告进展：${decision.content.slice(0, 20)}${decision.content.length > 20 ? '…' : ''}` : '报告进展'}
      open={decision !== null}
      onCancel={onClose}
      okText="报告"
      okButtonProps={{ htmlType: 'submit', form: PROGRESS_FORM }}
      confirmLoading={progress.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={isMobile ? '100%' : 520}
    >
      <ProgressForm onSubmit={onSubmit} />
    </Modal>
  );
}
