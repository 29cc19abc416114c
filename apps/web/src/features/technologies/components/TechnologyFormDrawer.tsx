import { type Technology, TechnologyInput } from '@chainboard/contracts';
import { useIsMutating } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { EnterpriseSelect } from '../../projects/components/SearchSelect';
import { useSaveTechnology, useSegments } from '../hooks';
import { TECHNOLOGY_STATE_OPTIONS } from '../labels';
import { canWriteTechnology } from '../permissions';

const FORM_ID = 'technology-form';
const field = TechnologyInput.shape;

type Values = {
  chainId: number;
  segmentId?: number | null;
  name: string;
  gap: string;
  enterpriseIds: number[];
  institutes?: string;
  state: Technology['state'];
  targetOn?: Dayjs | null;
  brokenThroughOn?: Dayjs | null;
};

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function TechnologyForm({ technology, onDone }: { technology: Technology | null; onDone: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const save = useSaveTechnology(technology?.id ?? null);
  const chains = useChainOptions();
  const chainId = Form.useWatch('chainId', form) ?? technology?.chainId;
  const state = Form.useWatch('state', form);
  const segments = useSegments(chainId);
  const chainOptions = (chains.data ?? []).filter((c) => canWriteTechnology(me, c.leadUnitId)).map((c) => ({ value: c.id, label: c.name }));

  const onFinish = (v: Values) => {
    const body = {
      segmentId: v.segmentId ?? null,
      name: v.name,
      gap: v.gap,
      enterpriseIds: v.enterpriseIds ?? [],
      institutes: v.institutes || null,
      state: v.state,
      targetOn: day(v.targetOn),
      brokenThroughOn: v.state === 'achieved' ? day(v.brokenThroughOn) : null,
    };
    save.mutate(technology ? body : { ...body, chainId: v.chainId }, {
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
        technology
          ? {
              segmentId: technology.segmentId,
              name: technology.name,
              gap: technology.gap,
              enterpriseIds: technology.enterprises.map((e) => e.id),
              institutes: technology.institutes ?? undefined,
              state: technology.state,
              targetOn: technology.targetOn ? dayjs(technology.targetOn) : null,
              brokenThroughOn: technology.brokenThroughOn ? dayjs(technology.brokenThroughOn) : null,
            }
          : { enterpriseIds: [], state: 'pending' }
      }
      onValuesChange={(changed: Partial<Values>) => {
        if ('chainId' in changed) form.setFieldValue('segmentId', undefined);
      }}
      onFinish={onFinish}
    >
      {!technology && (
        <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]}>
          <Select options={chainOptions} loading={chains.isLoading} showSearch={{ optionFilterProp: 'label' }} placeholder="请选择" />
        </Form.Item>
      )}
      <Form.Item label="技术名称" name="name" required rules={[zodRule(field.name)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="所属环节" name="segmentId" extra="该技术服务的产业链环节，可不选">
        <Select
          allowClear
          disabled={!chainId}
          loading={segments.isLoading}
          placeholder={chainId ? '请选择环节' : '请先选择产业链'}
          notFoundContent="这条产业链还没有环节"
          options={(segments.data ?? []).map((s) => ({ value: s.id, label: s.path || s.name }))}
        />
      </Form.Item>
      <Form.Item label="卡点" name="gap" required rules={[zodRule(field.gap)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder="卡在哪里：依赖进口、性能不稳定、成本过高……" />
      </Form.Item>
      <Form.Item label="攻关企业" name="enterpriseIds">
        <EnterpriseSelect<number[]> mode="multiple" picked={technology?.enterprises ?? []} placeholder="输入企业名称查找" />
      </Form.Item>
      <Form.Item label="攻关院所" name="institutes" rules={[zodRule(field.institutes)]}>
        <Input maxLength={500} placeholder="高校、科研院所，多个用顿号分隔" />
      </Form.Item>
      <Form.Item label="攻关状态" name="state" required>
        <Select options={TECHNOLOGY_STATE_OPTIONS} />
      </Form.Item>
      <Form.Item label="目标日期" name="targetOn">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {state === 'achieved' && (
        <Form.Item label="突破日期" name="brokenThroughOn" rules={[{ required: true, message: '请填写突破日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      )}
    </Form>
  );
}

/** `technology` null = 新增; otherwise 编辑 (state changes too). */
export function TechnologyFormDrawer({ open, technology, onClose }: { open: boolean; technology: Technology | null; onClose: () => void }) {
  const saving = useIsMutating({ mutationKey: ['technologies', 'save'] }) > 0;
  return (
    <FormDrawer title={technology ? '编辑关键技术' : '新增关键技术'} open={open} onClose={onClose} formId={FORM_ID} saving={saving}>
      <TechnologyForm technology={technology} onDone={onClose} />
    </FormDrawer>
  );
}
