import { ModeDemonstrationInput } from '@chainboard/contracts';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import type { DemonstrationMode } from '../api';
import { useChainOptions, useRecordModeDemonstration } from '../hooks';
import { MODE_OPTIONS } from '../labels';
import { canLeadProject } from '../permissions';
import { ProjectSelect } from './SearchSelect';
import { usePlaceOptions } from './usePlaceOptions';

const FORM_ID = 'mode-demonstration-form';
const field = ModeDemonstrationInput.shape;

type Values = {
  chainId: number;
  mode: DemonstrationMode;
  title: string;
  projectId?: number | null;
  zoneId?: number | null;
  recognisedOn: Dayjs;
  notes?: string;
};

function DemonstrationForm({
  record,
  mode,
  onDone,
}: {
  record: ReturnType<typeof useRecordModeDemonstration>;
  mode?: DemonstrationMode;
  onDone: () => void;
}) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const chains = useChainOptions();
  const places = usePlaceOptions(me);
  const chainId = Form.useWatch('chainId', form);
  const chosenMode = Form.useWatch('mode', form);
  // the office records for any chain, a lead unit for the chains it leads
  const options = chains.chains.filter((c) => canLeadProject(me, c.leadUnitId)).map((c) => ({ value: c.id, label: c.name }));

  const onFinish = (v: Values) =>
    record.mutate(
      {
        chainId: v.chainId,
        mode: v.mode,
        title: v.title,
        projectId: v.projectId ?? null,
        zoneId: v.zoneId ?? null,
        recognisedOn: v.recognisedOn.format('YYYY-MM-DD'),
        notes: v.notes || null,
      },
      {
        onSuccess: () => {
          toastSuccess('已记录');
          onDone();
        },
        onError: (err) => showFormError(form, err),
      },
    );

  return (
    <Form id={FORM_ID} form={form} layout="vertical" initialValues={{ mode, recognisedOn: dayjs() }} onFinish={onFinish}>
      <Form.Item label="示范模式" name="mode" required rules={[zodRule(field.mode, '请选择示范模式')]}>
        <Radio.Group vertical options={MODE_OPTIONS} />
      </Form.Item>
      <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.loading}
          options={options}
          placeholder="请选择"
          onChange={() => form.setFieldValue('projectId', null)}
        />
      </Form.Item>
      <Form.Item label="示范名称" name="title" required rules={[zodRule(field.title)]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item
        label="示范项目"
        name="projectId"
        rules={[zodRule(field.projectId)]}
        extra={chosenMode === 'projectLeaderHost' ? '“项目+链长+属地”共建示范依托的项目' : undefined}
      >
        <ProjectSelect<number> allowClear chainId={chainId} disabled={!chainId} placeholder={chainId ? '输入项目名称查找' : '先选产业链'} />
      </Form.Item>
      <Form.Item
        label="开发区/园区"
        name="zoneId"
        rules={[zodRule(field.zoneId)]}
        extra={chosenMode === 'leadUnitZone' ? '“链长牵头单位+园区”锻造示范的园区' : undefined}
      >
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} loading={places.loading} options={places.zoneOptions(undefined)} />
      </Form.Item>
      <Form.Item label="认定日期" name="recognisedOn" required rules={[{ required: true, message: '请选择认定日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item label="说明" name="notes" rules={[zodRule(field.notes)]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 记录模式示范 (the office or the chain's lead unit). */
export function DemonstrationFormDrawer({ open, mode, onClose }: { open: boolean; mode?: DemonstrationMode; onClose: () => void }) {
  const record = useRecordModeDemonstration();
  return (
    <FormDrawer title="记录模式示范" open={open} onClose={onClose} formId={FORM_ID} saving={record.isPending}>
      <DemonstrationForm record={record} mode={mode} onDone={onClose} />
    </FormDrawer>
  );
}
