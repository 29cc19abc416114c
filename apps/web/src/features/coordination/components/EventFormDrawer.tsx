import { MatchmakingEventInput } from '@chainboard/contracts';
import { DatePicker, Form, type FormInstance, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { useOrganisationOptions } from '../../organisations/hooks';
import { EnterpriseSelect } from '../../projects/components/SearchSelect';
import { useCreateEvent } from '../hooks';

const FORM_ID = 'matchmaking-event-form';
const field = MatchmakingEventInput.shape;

type Values = {
  title?: string;
  heldOn?: Dayjs | null;
  place?: string;
  organiserId?: number;
  chainIds?: number[];
  enterpriseIds?: number[];
  notes?: string;
};

/** 记录协作配套活动: a city records its own; the office picks the organising city. */
export function EventFormDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const isOffice = me.organisationType === 'office';
  const [form] = Form.useForm<Values>();
  const chains = useChainOptions(open);
  const cities = useOrganisationOptions('city', open && isOffice);
  const create = useCreateEvent();
  const navigate = useNavigate();

  const onFinish = (v: Values, f: FormInstance<Values>) =>
    create.mutate(
      {
        title: v.title ?? '',
        heldOn: v.heldOn ? v.heldOn.format('YYYY-MM-DD') : '',
        place: v.place ?? '',
        organiserId: isOffice ? (v.organiserId as number) : me.organisationId,
        chainIds: v.chainIds ?? [],
        enterpriseIds: v.enterpriseIds ?? [],
        notes: v.notes || null,
      },
      {
        onSuccess: (event) => {
          toastSuccess('已记录活动');
          onClose();
          void navigate(`/coordination/events/${event.id}`);
        },
        onError: (err) => showFormError(f, err),
      },
    );

  return (
    <FormDrawer title="记录协作配套活动" open={open} onClose={onClose} formId={FORM_ID} saving={create.isPending}>
      <Form
        id={FORM_ID}
        form={form}
        layout="vertical"
        initialValues={{ chainIds: [], enterpriseIds: [] }}
        onFinish={(v) => onFinish(v, form)}
      >
        <Form.Item label="活动名称" name="title" required rules={[zodRule(field.title)]}>
          <Input maxLength={100} placeholder="如：新型储能产业链上下游协作配套对接会" />
        </Form.Item>
        <Form.Item label="举办日期" name="heldOn" required rules={[{ required: true, message: '请选择举办日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="地点" name="place" required rules={[zodRule(field.place)]}>
          <Input maxLength={100} />
        </Form.Item>
        {isOffice ? (
          <Form.Item label="组织方" name="organiserId" required rules={[{ required: true, message: '请选择组织的市' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={cities.isLoading}
              options={(cities.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              placeholder="综改示范区或各市"
            />
          </Form.Item>
        ) : (
          <Form.Item label="组织方">
            <Input value={me.organisationName} disabled />
          </Form.Item>
        )}
        <Form.Item label="产业链" name="chainIds" required rules={[zodRule(field.chainIds)]}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={chains.isLoading}
            options={(chains.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            placeholder="可多选"
          />
        </Form.Item>
        <Form.Item label="参会企业" name="enterpriseIds" extra="按企业名称或统一社会信用代码查找，可多选">
          <EnterpriseSelect<number[]> mode="multiple" placeholder="可选" />
        </Form.Item>
        <Form.Item label="说明" name="notes" rules={[zodRule(field.notes)]}>
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
