import { type Organisation, OrganisationInput, type OrgType } from '@chainboard/contracts';
import { Form, type FormInstance, Input, Select } from 'antd';
import { zodRule } from '../../../lib/zodRule';
import { useOrganisationOptions } from '../hooks';
import { ORG_TYPE_OPTIONS } from '../labels';

export type OrganisationFormValues = { name: string; type: OrgType; parentId?: number | null };

type Props = {
  id: string;
  organisation: Organisation | null;
  onSubmit: (values: OrganisationFormValues, form: FormInstance<OrganisationFormValues>) => void;
};

export function OrganisationForm({ id, organisation, onSubmit }: Props) {
  const [form] = Form.useForm<OrganisationFormValues>();
  const type = Form.useWatch('type', form);
  const cities = useOrganisationOptions('city', type === 'zone');

  return (
    <Form
      id={id}
      form={form}
      layout="vertical"
      initialValues={
        organisation ? { name: organisation.name, type: organisation.type, parentId: organisation.parentId } : { type: undefined }
      }
      onFinish={(values) => onSubmit(values, form)}
    >
      <Form.Item label="单位名称" name="name" required rules={[zodRule(OrganisationInput.shape.name)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        label="单位类型"
        name="type"
        required
        rules={[zodRule(OrganisationInput.shape.type, '请选择单位类型')]}
        extra={organisation ? '单位类型创建后不能修改' : undefined}
      >
        <Select options={ORG_TYPE_OPTIONS} disabled={organisation !== null} placeholder="请选择" />
      </Form.Item>
      {type === 'zone' && (
        <Form.Item label="所属市" name="parentId" required rules={[{ required: true, message: '开发区 / 园区须选择所属市' }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={cities.isLoading}
            placeholder="请选择"
            options={(cities.data ?? []).map((city) => ({ value: city.id, label: city.name, disabled: city.retired }))}
          />
        </Form.Item>
      )}
    </Form>
  );
}
