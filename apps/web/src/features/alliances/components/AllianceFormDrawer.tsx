import { type Alliance, AllianceInput, type CooperationField } from '@chainboard/contracts';
import { useIsMutating } from '@tanstack/react-query';
import { Checkbox, DatePicker, Form, Input, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { useTierHolders } from '../../enterprises/hooks';
import { useCreateAlliance, useUpdateAlliance } from '../hooks';
import { FIELD_OPTIONS } from '../labels';

const FORM_ID = 'alliance-form';
const field = AllianceInput.shape;

type Values = {
  chainId: number;
  name: string;
  leaderEnterpriseId: number;
  fields: CooperationField[];
  pilot: boolean;
  foundedOn: Dayjs;
  notes?: string;
};

/** The leader must be a 链主 of the chain today. */
function LeaderSelect({ chainId, value, onChange }: { chainId?: number; value?: number; onChange?: (v: number) => void }) {
  const today = dayjs().format('YYYY-MM-DD');
  const { data, isFetching } = useTierHolders({ chainId, on: today, tier: 'master' });
  return (
    <Select<number>
      aria-label="牵头链主企业"
      value={value}
      onChange={onChange}
      loading={isFetching}
      disabled={!chainId}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={chainId ? '该链今天的链主企业' : '请先选择产业链'}
      notFoundContent={chainId ? '该链目前没有链主企业（链主经年度评定认定）' : undefined}
      options={(data ?? []).map((h) => ({ value: h.enterpriseId, label: h.name }))}
    />
  );
}

function AllianceForm({ alliance, onDone }: { alliance: Alliance | null; onDone: (a: Alliance) => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateAlliance();
  const update = useUpdateAlliance(alliance?.id ?? 0);
  const chains = useChainOptions();
  const chainId = Form.useWatch('chainId', form);
  const office = me.organisationType === 'office';
  const chainOptions = (chains.data ?? [])
    .filter((c) => office || c.leadUnitId === me.organisationId)
    .map((c) => ({ value: c.id, label: c.name }));

  const onFinish = (v: Values) => {
    const options = {
      onSuccess: (saved: Alliance) => {
        toastSuccess('已保存');
        onDone(saved);
      },
      onError: (err: unknown) => showFormError(form, err),
    };
    if (alliance) update.mutate({ name: v.name, fields: v.fields, pilot: v.pilot, notes: v.notes || null }, options);
    else
      create.mutate(
        {
          chainId: v.chainId,
          name: v.name,
          leaderEnterpriseId: v.leaderEnterpriseId,
          fields: v.fields,
          pilot: v.pilot,
          foundedOn: v.foundedOn.format('YYYY-MM-DD'),
          notes: v.notes || null,
        },
        options,
      );
  };

  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={
        alliance
          ? { name: alliance.name, fields: alliance.fields, pilot: alliance.pilot, notes: alliance.notes ?? undefined }
          : { fields: [], pilot: false, foundedOn: dayjs() }
      }
      onValuesChange={(changed: Partial<Values>) => {
        if ('chainId' in changed) form.setFieldValue('leaderEnterpriseId', undefined);
      }}
      onFinish={onFinish}
    >
      {!alliance && (
        <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]}>
          <Select options={chainOptions} loading={chains.isLoading} showSearch={{ optionFilterProp: 'label' }} placeholder="请选择" />
        </Form.Item>
      )}
      <Form.Item label="联合体名称" name="name" required rules={[zodRule(field.name)]}>
        <Input maxLength={100} />
      </Form.Item>
      {!alliance && (
        <Form.Item
          label="牵头链主企业"
          name="leaderEnterpriseId"
          required
          rules={[zodRule(field.leaderEnterpriseId, '请选择牵头的链主企业')]}
        >
          <LeaderSelect chainId={chainId} />
        </Form.Item>
      )}
      <Form.Item label="合作领域" name="fields" required rules={[zodRule(field.fields)]}>
        <Checkbox.Group options={FIELD_OPTIONS} />
      </Form.Item>
      <Form.Item label="试点" name="pilot" valuePropName="checked" extra="协作联合体试点（先在 5 条以上产业链开展）">
        <Switch checkedChildren="试点" unCheckedChildren="否" />
      </Form.Item>
      {!alliance && (
        <Form.Item label="成立日期" name="foundedOn" rules={[{ required: true, message: '请选择成立日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item label="备注" name="notes" rules={[zodRule(field.notes)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

/** `alliance` null = 组建; otherwise 编辑 its name, fields, pilot mark and notes. */
export function AllianceFormDrawer({
  open,
  alliance,
  onClose,
  onSaved,
}: {
  open: boolean;
  alliance: Alliance | null;
  onClose: () => void;
  onSaved?: (a: Alliance) => void;
}) {
  const saving = useIsMutating({ mutationKey: ['alliances', 'save'] }) > 0;
  return (
    <FormDrawer title={alliance ? '编辑协作联合体' : '组建协作联合体'} open={open} onClose={onClose} formId={FORM_ID} saving={saving}>
      <AllianceForm
        alliance={alliance}
        onDone={(a) => {
          onClose();
          onSaved?.(a);
        }}
      />
    </FormDrawer>
  );
}
