import {
  type BuildType,
  ClassMoveInput,
  PROJECT_CLASS_LABELS,
  PROJECT_CLASS_MOVES,
  type Project,
  type ProjectClass,
} from '@chainboard/contracts';
import { Alert, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMoveClass } from '../hooks';
import { BUILD_TYPE_OPTIONS, classText } from '../labels';

const FORM_ID = 'class-move-form';

type Values = { to: ProjectClass; buildType?: BuildType; reason?: string; on?: Dayjs | null };

/** The date a move records, as the server fills it in (only where the actual date is still empty). */
const DATE_LABELS: Partial<Record<ProjectClass, { label: string; field: keyof Project }>> = {
  reserve: { label: '签约日期', field: 'actualSignOn' },
  underway: { label: '开工日期', field: 'actualStartOn' },
  completed: { label: '投产日期', field: 'actualProductionOn' },
};

const needsReason = (to: ProjectClass | undefined) => to === 'stalled' || to === 'cancelled';

function MoveForm({ project, move, onDone }: { project: Project; move: ReturnType<typeof useMoveClass>; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const to = Form.useWatch('to', form);
  const allowed = PROJECT_CLASS_MOVES[project.class];
  const dated = to ? DATE_LABELS[to] : undefined;
  const alreadyDated = dated ? project[dated.field] : null;

  const onFinish = (v: Values) =>
    move.mutate(
      {
        id: project.id,
        move: {
          to: v.to,
          buildType: v.to === 'underway' ? (v.buildType ?? null) : null,
          reason: v.reason || null,
          on: v.on ? v.on.format('YYYY-MM-DD') : null,
        },
      },
      {
        onSuccess: (saved) => {
          toastSuccess(`已调整为${classText(saved)}`);
          onDone();
        },
        onError: (err) => showFormError(form, err),
      },
    );

  return (
    <Form id={FORM_ID} form={form} layout="vertical" initialValues={{ on: dayjs() }} onFinish={onFinish}>
      <Form.Item label="调整为" name="to" required rules={[zodRule(ClassMoveInput.shape.to, '请选择调整后的类别')]}>
        <Radio.Group vertical options={allowed.map((value) => ({ value, label: PROJECT_CLASS_LABELS[value] }))} />
      </Form.Item>
      {to === 'underway' && (
        <Form.Item label="建设性质" name="buildType" required rules={[{ required: true, message: '请选择新建或续建' }]}>
          <Radio.Group options={BUILD_TYPE_OPTIONS} />
        </Form.Item>
      )}
      {to && (
        <Form.Item
          label={needsReason(to) ? '原因' : '说明'}
          name="reason"
          required={needsReason(to)}
          rules={[
            zodRule(ClassMoveInput.shape.reason),
            ...(needsReason(to) ? [{ required: true, whitespace: true, message: `请填写${PROJECT_CLASS_LABELS[to]}的原因` }] : []),
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      )}
      {to && (
        <Form.Item
          label={dated?.label ?? '日期'}
          name="on"
          extra={
            dated && alreadyDated
              ? `已有实际${dated.label}（${alreadyDated}），不会被改写`
              : dated
                ? `记为项目的实际${dated.label}`
                : undefined
          }
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      )}
    </Form>
  );
}

/** 调整类别: only the moves the real order allows (PROJECT_CLASS_MOVES). */
export function ClassMoveModal({ project, open, onClose }: { project: Project; open: boolean; onClose: () => void }) {
  const allowed = PROJECT_CLASS_MOVES[project.class];
  const move = useMoveClass();
  return (
    <Modal
      title={`调整类别：当前为${classText(project)}`}
      open={open}
      onCancel={onClose}
      okText="确认调整"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID, disabled: allowed.length === 0 }}
      confirmLoading={move.isPending}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {allowed.length === 0 ? (
        <Alert type="info" showIcon title={`${PROJECT_CLASS_LABELS[project.class]}是最终状态，不能再调整`} />
      ) : (
        <MoveForm project={project} move={move} onDone={onClose} />
      )}
    </Modal>
  );
}
