import { type Chain, ChainInput, type ChainStatus } from '@chainboard/contracts';
import { DatePicker, Form, type FormInstance, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { zodRule } from '../../../lib/zodRule';
import { CHAIN_STATUS_OPTIONS } from '../labels';
import { useHostOptions, useLeadUnitOptions } from './useHostOptions';

export type ChainFormValues = {
  code: string;
  name: string;
  batch: number;
  status: ChainStatus;
  leaderName?: string | null;
  leaderPost?: string | null;
  leadUnitId?: number | null;
  hostIds?: number[];
  notes?: string | null;
  /** The day a new status takes effect; asked only when the status changes. */
  statusOn?: Dayjs;
};

/** Whether the form sets a status the chain does not have yet (every status of a new chain is). */
export const changesStatus = (chain: Chain | null, status: ChainStatus | undefined) => status !== undefined && status !== chain?.status;

const field = ChainInput.shape;

function initialValues(chain: Chain | null): Partial<ChainFormValues> {
  if (!chain) return { hostIds: [], statusOn: dayjs() };
  return {
    code: chain.code,
    name: chain.name,
    batch: chain.batch,
    status: chain.status,
    leaderName: chain.leaderName,
    leaderPost: chain.leaderPost,
    leadUnitId: chain.leadUnitId,
    hostIds: chain.hosts.map((h) => h.id),
    notes: chain.notes,
    statusOn: dayjs(),
  };
}

type Props = {
  id: string;
  chain: Chain | null;
  onSubmit: (values: ChainFormValues, form: FormInstance<ChainFormValues>) => void;
};

export function ChainForm({ id, chain, onSubmit }: Props) {
  const [form] = Form.useForm<ChainFormValues>();
  const leadUnits = useLeadUnitOptions(chain);
  const hosts = useHostOptions(chain);
  const status = Form.useWatch('status', form);
  // a change cannot take effect before the current status began, nor after today
  const since = chain?.statusSince ? dayjs(chain.statusSince) : null;

  return (
    <Form id={id} form={form} layout="vertical" initialValues={initialValues(chain)} onFinish={(v) => onSubmit(v, form)}>
      <Form.Item label="编码" name="code" required rules={[zodRule(field.code)]} extra="1-20 位字母、数字或 -">
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item label="名称" name="name" required rules={[zodRule(field.name)]}>
        <Input maxLength={50} showCount />
      </Form.Item>
      <Form.Item label="批次" name="batch" required rules={[zodRule(field.batch, '请填写批次')]} extra="认定年份，如 2023">
        <InputNumber precision={0} controls={false} style={{ width: '100%' }} placeholder="年份" />
      </Form.Item>
      <Form.Item label="状态" name="status" required rules={[zodRule(field.status, '请选择状态')]}>
        <Select options={CHAIN_STATUS_OPTIONS} placeholder="请选择" />
      </Form.Item>
      {changesStatus(chain, status) && (
        <Form.Item
          label="状态生效日期"
          name="statusOn"
          required
          rules={[{ required: true, message: '请选择状态生效日期' }]}
          extra={since ? `当前状态自 ${chain?.statusSince} 起；生效日期不早于该日、不晚于今天` : '不晚于今天'}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => d.isAfter(dayjs(), 'day') || (since !== null && d.isBefore(since, 'day'))}
          />
        </Form.Item>
      )}
      <Form.Item label="链长" name="leaderName" rules={[zodRule(field.leaderName)]}>
        <Input maxLength={50} placeholder="链长姓名" />
      </Form.Item>
      <Form.Item label="链长职务" name="leaderPost" rules={[zodRule(field.leaderPost)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="牵头单位" name="leadUnitId" rules={[zodRule(field.leadUnitId)]}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={leadUnits.loading}
          options={leadUnits.options}
          placeholder="请选择链长牵头单位"
        />
      </Form.Item>
      <Form.Item label="承载市/开发区" name="hostIds" rules={[zodRule(field.hostIds)]}>
        <Select
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={hosts.loading}
          options={hosts.options}
          placeholder="可多选"
        />
      </Form.Item>
      <Form.Item label="备注" name="notes" rules={[zodRule(field.notes)]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}
