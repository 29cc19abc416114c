import { ExpertInput } from '@chainboard/contracts';
import { Form, type FormInstance, Input, Select } from 'antd';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import type { Expert } from '../api';
import { useChainChoices, useSaveExpert } from '../hooks';
import { canRecord } from '../permissions';

const FORM_ID = 'expert-form';
const field = ExpertInput.shape;

type Values = {
  name?: string;
  field?: string;
  workUnit?: string;
  title?: string;
  phone?: string;
  email?: string;
  chainIds?: number[];
  notes?: string;
};

function ExpertForm({ expert, onSubmit }: { expert?: Expert; onSubmit: (v: Values, form: FormInstance<Values>) => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const chains = useChainChoices();
  const own = new Set(expert?.chains.map((c) => c.id));
  // a lead unit adds or removes only its own chains; the others stay as they are
  const options = chains.options.map((c) => ({ ...c, disabled: !canRecord(me, c.leadUnitId) && !own.has(c.value) }));
  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={
        expert
          ? {
              ...expert,
              title: expert.title ?? undefined,
              phone: expert.phone ?? undefined,
              email: expert.email ?? undefined,
              notes: expert.notes ?? undefined,
              chainIds: expert.chains.map((c) => c.id),
            }
          : { chainIds: [] }
      }
      onFinish={(v) => onSubmit(v, form)}
    >
      <Form.Item label="姓名" name="name" required rules={[zodRule(field.name)]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label="专业领域" name="field" required rules={[zodRule(field.field)]}>
        <Input maxLength={100} placeholder="如：特种钢材料、光伏电池" />
      </Form.Item>
      <Form.Item label="工作单位" name="workUnit" required rules={[zodRule(field.workUnit)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="职称/职务" name="title" rules={[zodRule(field.title)]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label="联系电话" name="phone" rules={[zodRule(field.phone)]} extra="联系电话和电子邮箱至少填写一项">
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
      <Form.Item label="电子邮箱" name="email" rules={[zodRule(field.email)]}>
        <Input maxLength={100} inputMode="email" />
      </Form.Item>
      <Form.Item label="服务的产业链" name="chainIds" required rules={[zodRule(field.chainIds, '请至少选择一条服务的产业链')]}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.loading}
          options={options}
          placeholder="可多选"
        />
      </Form.Item>
      <Form.Item label="备注" name="notes" rules={[zodRule(field.notes)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

/** 新增专家 / 修改专家信息. */
export function ExpertFormDrawer({ open, expert, onClose }: { open: boolean; expert?: Expert; onClose: () => void }) {
  const save = useSaveExpert();
  const onSubmit = (v: Values, form: FormInstance<Values>) =>
    save.mutate(
      {
        id: expert?.id,
        input: {
          name: v.name ?? '',
          field: v.field ?? '',
          workUnit: v.workUnit ?? '',
          title: v.title || null,
          phone: v.phone || null,
          email: v.email || null,
          chainIds: v.chainIds ?? [],
          notes: v.notes || null,
        },
      },
      {
        onSuccess: () => {
          toastSuccess(expert ? '已保存专家信息' : '已新增专家');
          onClose();
        },
        onError: (err) => showFormError(form, err),
      },
    );
  return (
    <FormDrawer title={expert ? '修改专家信息' : '新增专家'} open={open} onClose={onClose} formId={FORM_ID} saving={save.isPending}>
      <ExpertForm expert={expert} onSubmit={onSubmit} />
    </FormDrawer>
  );
}
