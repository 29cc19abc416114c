import { MeetingInput } from '@chainboard/contracts';
import { DatePicker, Form, type FormInstance, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainChoices, useCreateMeeting, useProblems } from '../hooks';
import { canRecordMeeting, OPEN_STATES } from '../permissions';

const FORM_ID = 'meeting-form';
const field = MeetingInput.shape;

type Values = {
  chainId?: number;
  heldOn?: Dayjs | null;
  title?: string;
  location?: string;
  attendees?: string;
  notes?: string;
  problemIds?: number[];
};

function MeetingForm({ onSubmit }: { onSubmit: (v: Values, form: FormInstance<Values>) => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const chains = useChainChoices();
  const chainId = Form.useWatch('chainId', form);
  const chainOptions = chains.options.filter((c) => canRecordMeeting(me, c.leadUnitId));
  const problems = useProblems({ page: 1, pageSize: 100, chainId }, chainId !== undefined);
  const agenda = (problems.data?.items ?? [])
    .filter((p) => OPEN_STATES.includes(p.state) || p.state === 'answered')
    .map((p) => ({ value: p.id, label: `${p.title}（${p.responsibleOrgName}）` }));

  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ heldOn: dayjs(), problemIds: [] }}
      onFinish={(v) => onSubmit(v, form)}
      onValuesChange={(changed: Values) => {
        if ('chainId' in changed) {
          form.setFieldValue('problemIds', []);
          const name = chainOptions.find((c) => c.value === changed.chainId)?.label;
          if (name && !form.getFieldValue('title')) form.setFieldValue('title', `${name}产业链链长协调会`);
        }
      }}
    >
      <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]} extra="本单位牵头的产业链">
        <Select showSearch={{ optionFilterProp: 'label' }} loading={chains.loading} options={chainOptions} placeholder="请选择" />
      </Form.Item>
      <Form.Item label="召开日期" name="heldOn" required rules={[{ required: true, message: '请选择召开日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="会议名称" name="title" required rules={[zodRule(field.title)]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item label="地点" name="location" rules={[zodRule(field.location)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="参会人员" name="attendees" required rules={[zodRule(field.attendees)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder="链长、牵头单位、相关市政府及部门" />
      </Form.Item>
      <Form.Item
        label="议题（本链未办结的问题）"
        name="problemIds"
        rules={[zodRule(field.problemIds)]}
        extra="列入议题的问题提级至链长协调，并在其时间线上留下记录"
      >
        <Select
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          disabled={chainId === undefined}
          loading={problems.isFetching}
          options={agenda}
          placeholder={chainId === undefined ? '先选择产业链' : '可多选'}
          notFoundContent="本链没有未办结的问题"
        />
      </Form.Item>
      <Form.Item label="会议纪要" name="notes" rules={[zodRule(field.notes)]}>
        <Input.TextArea rows={5} maxLength={8000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 记录协调会: a chain leader's coordination meeting with its agenda of the chain's problems. */
export function MeetingFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreateMeeting();
  const navigate = useNavigate();
  const onSubmit = (v: Values, form: FormInstance<Values>) =>
    create.mutate(
      {
        chainId: v.chainId as number,
        heldOn: (v.heldOn as Dayjs).format('YYYY-MM-DD'),
        title: v.title ?? '',
        location: v.location || null,
        attendees: v.attendees ?? '',
        notes: v.notes || null,
        problemIds: v.problemIds ?? [],
      },
      {
        onSuccess: (meeting) => {
          toastSuccess('已记录协调会');
          onClose();
          void navigate(`/meetings/${meeting.id}`);
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <FormDrawer title="记录协调会" open={open} onClose={onClose} formId={FORM_ID} saving={create.isPending}>
      <MeetingForm onSubmit={onSubmit} />
    </FormDrawer>
  );
}
