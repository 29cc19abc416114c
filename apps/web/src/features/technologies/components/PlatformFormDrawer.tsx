import { type Platform, PlatformInput } from '@chainboard/contracts';
import { useIsMutating } from '@tanstack/react-query';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { EnterpriseSelect } from '../../projects/components/SearchSelect';
import { useSavePlatform } from '../hooks';
import { PLATFORM_KIND_OPTIONS, PLATFORM_LEVEL_OPTIONS } from '../labels';
import { canWriteTechnology } from '../permissions';

const FORM_ID = 'platform-form';
const field = PlatformInput.shape;

type Values = {
  chainId: number;
  name: string;
  kind: Platform['kind'];
  level: Platform['level'];
  hostType: 'enterprise' | 'institution';
  hostEnterpriseId?: number;
  hostName?: string;
  recognisedOn?: Dayjs | null;
};

function PlatformForm({ platform, onDone }: { platform: Platform | null; onDone: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const save = useSavePlatform(platform?.id ?? null);
  const chains = useChainOptions();
  const hostType = Form.useWatch('hostType', form);
  const chainOptions = (chains.data ?? []).filter((c) => canWriteTechnology(me, c.leadUnitId)).map((c) => ({ value: c.id, label: c.name }));

  const onFinish = (v: Values) => {
    const body = {
      name: v.name,
      kind: v.kind,
      level: v.level,
      hostEnterpriseId: v.hostType === 'enterprise' ? (v.hostEnterpriseId ?? null) : null,
      hostName: v.hostType === 'institution' ? v.hostName || null : null,
      recognisedOn: v.recognisedOn ? v.recognisedOn.format('YYYY-MM-DD') : null,
    };
    save.mutate(platform ? body : { ...body, chainId: v.chainId }, {
      onSuccess: () => {
        toastSuccess('已保存');
        onDone();
      },
      onError: (err) => showFormError(form, err),
    });
  };

  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={
        platform
          ? {
              name: platform.name,
              kind: platform.kind,
              level: platform.level,
              hostType: platform.hostEnterpriseId === null ? 'institution' : 'enterprise',
              hostEnterpriseId: platform.hostEnterpriseId ?? undefined,
              hostName: platform.hostEnterpriseId === null ? platform.hostName : undefined,
              recognisedOn: platform.recognisedOn ? dayjs(platform.recognisedOn) : null,
            }
          : { kind: 'keyLab', level: 'provincial', hostType: 'enterprise' }
      }
      onFinish={onFinish}
    >
      {!platform && (
        <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]}>
          <Select options={chainOptions} loading={chains.isLoading} showSearch={{ optionFilterProp: 'label' }} placeholder="请选择" />
        </Form.Item>
      )}
      <Form.Item label="平台名称" name="name" required rules={[zodRule(field.name)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="平台类型" name="kind" required>
        <Select options={PLATFORM_KIND_OPTIONS} />
      </Form.Item>
      <Form.Item label="级别" name="level" required>
        <Radio.Group options={PLATFORM_LEVEL_OPTIONS} optionType="button" />
      </Form.Item>
      <Form.Item label="依托单位" name="hostType">
        <Radio.Group
          options={[
            { value: 'enterprise', label: '名录中的企业' },
            { value: 'institution', label: '高校、院所等机构' },
          ]}
        />
      </Form.Item>
      {hostType === 'institution' ? (
        <Form.Item
          label="依托单位名称"
          name="hostName"
          required
          rules={[zodRule(field.hostName), { required: true, message: '请填写依托单位名称' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      ) : (
        <Form.Item label="依托企业" name="hostEnterpriseId" required rules={[{ required: true, message: '请选择依托企业' }]}>
          <EnterpriseSelect<number>
            picked={platform?.hostEnterpriseId ? [{ id: platform.hostEnterpriseId, name: platform.hostName }] : []}
            placeholder="输入企业名称查找"
          />
        </Form.Item>
      )}
      <Form.Item label="认定日期" name="recognisedOn">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </Form>
  );
}

export function PlatformFormDrawer({ open, platform, onClose }: { open: boolean; platform: Platform | null; onClose: () => void }) {
  const saving = useIsMutating({ mutationKey: ['innovation-platforms', 'save'] }) > 0;
  return (
    <FormDrawer title={platform ? '编辑创新平台' : '登记创新平台'} open={open} onClose={onClose} formId={FORM_ID} saving={saving}>
      <PlatformForm platform={platform} onDone={onClose} />
    </FormDrawer>
  );
}
