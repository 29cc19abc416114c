import { PROBLEM_LEVEL_LABELS, ProblemStepInput } from '@chainboard/contracts';
import { Alert, Form, type FormInstance, Input, Modal, Radio } from 'antd';
import type { z } from 'zod';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useIsMobile } from '../../../lib/useIsMobile';
import { zodRule } from '../../../lib/zodRule';
import type { Problem } from '../api';
import { useProblemStep } from '../hooks';
import { RATING_OPTIONS } from '../labels';
import { nextLevel, type Step } from '../permissions';

const FORM_ID = 'problem-step-form';

type Rating = 'satisfied' | 'basically' | 'unsatisfied';
type Values = { note?: string; rating?: Rating };

/** Each step's schema from the shared contract, so the browser says what the server would. */
const schemaOf = (step: Step) =>
  ProblemStepInput.options.find((o) => o.shape.step.value === step) as z.ZodObject<{ note: z.ZodType; rating?: z.ZodType }>;

type StepText = { title: string; ok: string; label: string; placeholder?: string; done: string };

function stepText(step: Step, problem: Problem): StepText {
  const next = nextLevel(problem.level);
  switch (step) {
    case 'accept':
      return { title: '受理问题', ok: '受理', label: '受理说明', placeholder: '可选：办理安排、联系人等', done: '已受理' };
    case 'return':
      return { title: '退回问题', ok: '退回', label: '退回理由', placeholder: '不属于本单位职责或信息不全等', done: '已退回' };
    case 'progress':
      return { title: '报告进展', ok: '报告', label: '进展', done: '已报告进展' };
    case 'answer':
      return {
        title: '答复',
        ok: '答复',
        label: '答复',
        placeholder: '办理结果和解决情况，反映单位将据此评价',
        done: '已答复，等待反映单位评价',
      };
    case 'rate':
      return { title: '评价办理结果', ok: '提交评价', label: '评价说明', done: '已评价' };
    case 'escalate':
      return {
        title: `提级至${next ? PROBLEM_LEVEL_LABELS[next] : ''}`,
        ok: '提级',
        label: '提级理由',
        placeholder: '为何需要上一层级协调',
        done: '已提级',
      };
  }
}

function StepForm({
  problem,
  step,
  onSubmit,
}: {
  problem: Problem;
  step: Step;
  onSubmit: (v: Values, form: FormInstance<Values>) => void;
}) {
  const [form] = Form.useForm<Values>();
  const rating = Form.useWatch('rating', form);
  const schema = schemaOf(step);
  const text = stepText(step, problem);
  const noteRequired = step === 'rate' ? rating === 'unsatisfied' : !schema.shape.note.safeParse(undefined).success;

  return (
    <Form id={FORM_ID} form={form} layout="vertical" onFinish={(v) => onSubmit(v, form)}>
      {step === 'rate' && problem.answer && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="责任单位的答复"
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{problem.answer}</span>}
        />
      )}
      {step === 'rate' && (
        <Form.Item label="评价" name="rating" required rules={[zodRule(schema.shape.rating as z.ZodType, '请选择评价')]}>
          <Radio.Group options={RATING_OPTIONS} />
        </Form.Item>
      )}
      {step === 'rate' && rating === 'unsatisfied' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="评价不满意后，问题退回责任单位重新办理" />
      )}
      <Form.Item
        label={step === 'rate' && rating === 'unsatisfied' ? '不满意的理由' : text.label}
        name="note"
        required={noteRequired}
        rules={[
          zodRule(schema.shape.note),
          ...(step === 'rate' && rating === 'unsatisfied' ? [{ required: true, whitespace: true, message: '请说明不满意的理由' }] : []),
        ]}
      >
        <Input.TextArea
          rows={step === 'answer' ? 6 : 4}
          maxLength={step === 'answer' ? 4000 : 2000}
          showCount
          placeholder={text.placeholder}
        />
      </Form.Item>
    </Form>
  );
}

/** One step of the loop (受理, 退回, 报告进展, 答复, 评价, 提级), with the fields that step takes. */
export function ProblemStepModal({ problem, step, onClose }: { problem: Problem; step: Step | null; onClose: () => void }) {
  const isMobile = useIsMobile();
  const mutation = useProblemStep();
  const text = step ? stepText(step, problem) : null;

  const onSubmit = (v: Values, form: FormInstance<Values>) => {
    if (!step || !text) return;
    const note = v.note?.trim() || null;
    const body: z.input<typeof ProblemStepInput> =
      step === 'rate' ? { step, rating: v.rating as Rating, note } : ({ step, note } as z.input<typeof ProblemStepInput>);
    mutation.mutate(
      { id: problem.id, step: body as ProblemStepInput },
      {
        onSuccess: (saved) => {
          toastSuccess(step === 'rate' ? (saved.state === 'closed' ? '已评价，问题办结' : '已评价不满意，问题重新办理') : text.done);
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  };

  return (
    <Modal
      title={text?.title}
      open={step !== null}
      onCancel={onClose}
      okText={text?.ok}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      mask={{ closable: false }}
      width={isMobile ? '100%' : 560}
    >
      {step && <StepForm problem={problem} step={step} onSubmit={onSubmit} />}
    </Modal>
  );
}
