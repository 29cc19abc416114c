import { ForgingContactInput } from '@chainboard/contracts';
import { DatePicker, Form, type FormInstance, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { useOrganisationOptions } from '../../organisations/hooks';
import { useCreateContact } from '../hooks';
import { canForge } from '../permissions';

const FORM_ID = 'forging-contact-form';
const field = ForgingContactInput.shape;

type Values = { chainId?: number; zoneId?: number; contactedOn?: Dayjs | null; subject?: string; outcome?: string };

/** 记录工作对接: a lead unit on its own chains, the office on any. */
export function ContactFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const chains = useChainOptions(open);
  const zones = useOrganisationOptions('zone', open);
  const create = useCreateContact();
  const ownChains = (chains.data ?? []).filter((c) => canForge(me, c));

  const onFinish = (v: Values, f: FormInstance<Values>) =>
    create.mutate(
      {
        chainId: v.chainId as number,
        zoneId: v.zoneId as number,
        contactedOn: v.contactedOn ? v.contactedOn.format('YYYY-MM-DD') : '',
        subject: v.subject ?? '',
        outcome: v.outcome || null,
      },
      {
        onSuccess: () => {
          toastSuccess('已记录工作对接');
          onClose();
        },
        onError: (err) => showFormError(f, err),
      },
    );

  return (
    <FormDrawer title="记录工作对接" open={open} onClose={onClose} formId={FORM_ID} saving={create.isPending}>
      <Form id={FORM_ID} form={form} layout="vertical" onFinish={(v) => onFinish(v, form)}>
        <Form.Item label="产业链" name="chainId" required rules={[{ required: true, message: '请选择产业链' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={chains.isLoading}
            options={ownChains.map((c) => ({ value: c.id, label: c.name }))}
            placeholder={me.organisationType === 'office' ? '选择产业链' : '本单位牵头的产业链'}
          />
        </Form.Item>
        <Form.Item label="开发区/园区" name="zoneId" required rules={[{ required: true, message: '请选择开发区或园区' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={zones.isLoading}
            options={(zones.data ?? []).map((z) => ({ value: z.id, label: z.name }))}
          />
        </Form.Item>
        <Form.Item label="对接日期" name="contactedOn" required rules={[{ required: true, message: '请选择对接日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="对接事项" name="subject" required rules={[zodRule(field.subject)]}>
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
        <Form.Item label="成效" name="outcome" rules={[zodRule(field.outcome)]}>
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
