import { type Fund, FundInput } from '@chainboard/contracts';
import { DatePicker, Form, type FormInstance, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { wanInputProps, wanToYuan, yuanToWanInput } from '../../enterprises/money';
import { useOrganisationOptions } from '../../organisations/hooks';
import { useCreateFund, useUpdateFund } from '../hooks';
import { FUND_LEVEL_OPTIONS } from '../labels';

const FORM_ID = 'fund-form';
const field = FundInput.shape;

type Values = {
  name?: string;
  manager?: string;
  level?: Fund['level'];
  size?: number;
  chainIds?: number[];
  establishedOn?: Dayjs | null;
  keeperOrgId?: number;
  notes?: string;
};

function FundForm({ fund, onSubmit }: { fund?: Fund; onSubmit: (v: Values, form: FormInstance<Values>) => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const chains = useChainOptions();
  const members = useOrganisationOptions('memberUnit');
  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={
        fund
          ? {
              name: fund.name,
              manager: fund.manager,
              level: fund.level,
              size: yuanToWanInput(fund.size),
              chainIds: fund.chains.map((c) => c.id),
              establishedOn: fund.establishedOn ? dayjs(fund.establishedOn) : null,
              keeperOrgId: fund.keeperOrgId ?? undefined,
              notes: fund.notes ?? undefined,
            }
          : { chainIds: [] }
      }
      onFinish={(v) => onSubmit(v, form)}
    >
      <Form.Item label="基金名称" name="name" required rules={[zodRule(field.name)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="管理机构" name="manager" required rules={[zodRule(field.manager)]}>
        <Input maxLength={100} placeholder="基金管理人" />
      </Form.Item>
      <Form.Item label="级别" name="level" required rules={[zodRule(field.level, '请选择级别')]}>
        <Select options={FUND_LEVEL_OPTIONS} placeholder="国家级 / 省级 / 市级" />
      </Form.Item>
      <Form.Item label="基金规模（万元）" name="size" required rules={[{ required: true, message: '请填写基金规模' }]}>
        <InputNumber {...wanInputProps} />
      </Form.Item>
      <Form.Item label="重点投向产业链" name="chainIds" rules={[zodRule(field.chainIds)]}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.isLoading}
          options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          placeholder="可多选"
        />
      </Form.Item>
      <Form.Item label="设立日期" name="establishedOn">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {me.organisationType === 'office' && (
        <Form.Item label="负责的成员单位" name="keeperOrgId" extra="负责维护该基金投资与合作信息的成员单位（如省财政厅）">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={members.isLoading}
            options={(members.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            placeholder="可选"
          />
        </Form.Item>
      )}
      <Form.Item label="备注" name="notes" rules={[zodRule(field.notes)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

const toInput = (v: Values) => ({
  name: v.name ?? '',
  manager: v.manager ?? '',
  level: v.level as Fund['level'],
  size: wanToYuan(v.size),
  chainIds: v.chainIds ?? [],
  establishedOn: v.establishedOn ? v.establishedOn.format('YYYY-MM-DD') : null,
  keeperOrgId: v.keeperOrgId ?? null,
  notes: v.notes || null,
});

/** 登记产业基金. */
export function FundFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreateFund();
  const navigate = useNavigate();
  const onSubmit = (v: Values, form: FormInstance<Values>) =>
    create.mutate(toInput(v), {
      onSuccess: (fund) => {
        toastSuccess('已登记基金');
        onClose();
        void navigate(`/funds/${fund.id}`);
      },
      onError: (err) => showFormError(form, err),
    });
  return (
    <FormDrawer title="登记产业基金" open={open} onClose={onClose} formId={FORM_ID} saving={create.isPending}>
      <FundForm onSubmit={onSubmit} />
    </FormDrawer>
  );
}

/** 修改产业基金. */
export function FundEditDrawer({ fund, open, onClose }: { fund: Fund; open: boolean; onClose: () => void }) {
  const me = useMe();
  const update = useUpdateFund(fund.id);
  const onSubmit = (v: Values, form: FormInstance<Values>) => {
    const { keeperOrgId, ...rest } = toInput(v);
    update.mutate(me.organisationType === 'office' ? { ...rest, keeperOrgId } : rest, {
      onSuccess: () => {
        toastSuccess('已保存');
        onClose();
      },
      onError: (err) => showFormError(form, err),
    });
  };
  return (
    <FormDrawer title="修改产业基金" open={open} onClose={onClose} formId={FORM_ID} saving={update.isPending}>
      <FundForm fund={fund} onSubmit={onSubmit} />
    </FormDrawer>
  );
}
