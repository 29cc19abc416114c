import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { VisitInput } from '@chainboard/contracts';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions, useRecordVisit } from '../hooks';
import { EnterpriseSelect, ProjectSelect } from './SearchSelect';
import { usePlaceOptions } from './usePlaceOptions';

const FORM_ID = 'visit-form';
const field = VisitInput.shape;
// a blank line is dropped on save, so only filled lines are checked
const problemRule = zodRule(field.problemsHeard.unwrap().element.optional());

type Values = {
  chainId?: number | null;
  cityId: number;
  visitedOn: Dayjs;
  people: string;
  summary?: string;
  enterpriseIds?: number[];
  projectIds?: number[];
  problemsHeard?: string[];
};

function VisitForm({ record, onDone }: { record: ReturnType<typeof useRecordVisit>; onDone: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const chains = useChainOptions();
  const places = usePlaceOptions(me);
  const chainId = Form.useWatch('chainId', form);
  const led = chains.chains.filter((c) => c.leadUnitId === me.organisationId).map((c) => ({ value: c.id, label: c.name }));

  const onFinish = (v: Values) =>
    record.mutate(
      {
        chainId: v.chainId ?? null,
        cityId: v.cityId,
        visitedOn: v.visitedOn.format('YYYY-MM-DD'),
        people: v.people,
        summary: v.summary || null,
        enterpriseIds: v.enterpriseIds ?? [],
        projectIds: v.projectIds ?? [],
        problemsHeard: (v.problemsHeard ?? []).map((p) => p.trim()).filter(Boolean),
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
    <Form id={FORM_ID} form={form} layout="vertical" initialValues={{ visitedOn: dayjs(), problemsHeard: [''] }} onFinish={onFinish}>
      <Form.Item label="产业链" name="chainId" rules={[zodRule(field.chainId)]} extra="本单位牵头的产业链；综合走访可不选">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={chains.loading}
          options={led}
          placeholder="请选择"
          onChange={() => form.setFieldValue('projectIds', [])}
        />
      </Form.Item>
      <Form.Item label="走访的市" name="cityId" required rules={[zodRule(field.cityId, '请选择走访的市')]}>
        <Select showSearch={{ optionFilterProp: 'label' }} loading={places.loading} options={places.cityOptions} placeholder="请选择" />
      </Form.Item>
      <Form.Item label="走访日期" name="visitedOn" required rules={[{ required: true, message: '请选择走访日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item label="走访人员" name="people" required rules={[zodRule(field.people)]}>
        <Input maxLength={200} placeholder="如：张三（处长）、李四" />
      </Form.Item>
      <Form.Item label="走访企业" name="enterpriseIds">
        <EnterpriseSelect<number[]> mode="multiple" allowClear placeholder="输入名称查找，可多选" />
      </Form.Item>
      <Form.Item label="走访项目" name="projectIds">
        <ProjectSelect<number[]> mode="multiple" allowClear chainId={chainId ?? undefined} placeholder="输入项目名称查找，可多选" />
      </Form.Item>
      <Form.Item label="走访情况" name="summary" rules={[zodRule(field.summary)]}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item label="听取的问题" extra="每条一个问题；问题清单模块上线后将逐条纳入问题清单跟踪">
        <Form.List name="problemsHeard">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map(({ key, name }, index) => (
                <Flex key={key} gap={8} align="start">
                  <Form.Item name={name} rules={[problemRule]} style={{ flex: 1, marginBottom: 0 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder={`问题 ${index + 1}`} />
                  </Form.Item>
                  <Button aria-label={`删除问题 ${index + 1}`} icon={<DeleteOutlined aria-hidden />} onClick={() => remove(name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add('')} disabled={fields.length >= 50}>
                添加问题
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
    </Form>
  );
}

/** 记录入企服务: a lead unit's visit to a city's enterprises and projects. */
export function VisitFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const record = useRecordVisit();
  return (
    <FormDrawer title="记录入企服务" open={open} onClose={onClose} formId={FORM_ID} saving={record.isPending}>
      <VisitForm record={record} onDone={onClose} />
    </FormDrawer>
  );
}
