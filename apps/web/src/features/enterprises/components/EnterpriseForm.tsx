import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type ChainStage, type Enterprise, EnterpriseInput } from '@chainboard/contracts';
import { Button, DatePicker, Flex, Form, type FormInstance, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { useOrganisationOptions } from '../../organisations/hooks';
import { STAGE_OPTIONS, TIER_SHORT } from '../labels';
import { canEditFacts, canSetTier } from '../permissions';

export type EnterpriseFormValues = {
  creditCode: string;
  name: string;
  cityId: number;
  zoneId?: number | null;
  address?: string | null;
  legalRepresentative?: string | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
  mainProducts?: string | null;
  chains?: { chainId?: number; stage?: ChainStage | null }[];
  /** 入链日期: when the chains set here take effect. */
  placedOn?: Dayjs | null;
};

const field = EnterpriseInput.shape;

function initialValues(enterprise: Enterprise | null, defaults: Partial<EnterpriseFormValues>): Partial<EnterpriseFormValues> {
  if (!enterprise) return { chains: [{}], placedOn: dayjs(), ...defaults };
  return {
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    cityId: enterprise.cityId,
    zoneId: enterprise.zoneId,
    address: enterprise.address,
    legalRepresentative: enterprise.legalRepresentative,
    contactPerson: enterprise.contactPerson,
    contactPhone: enterprise.contactPhone,
    mainProducts: enterprise.mainProducts,
    chains: enterprise.chains.map((c) => ({ chainId: c.chainId, stage: c.stage })),
    placedOn: dayjs(),
  };
}

type Props = {
  id: string;
  enterprise: Enterprise | null;
  onSubmit: (values: EnterpriseFormValues, form: FormInstance<EnterpriseFormValues>) => void;
};

/** 新增/编辑企业: the register facts, and the chains it sits on (one row per chain, with its stage). */
export function EnterpriseForm({ id, enterprise, onSubmit }: Props) {
  const me = useMe();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const cities = useOrganisationOptions('city');
  const zones = useOrganisationOptions('zone');
  const chains = useChainOptions();
  const cityId = Form.useWatch('cityId', form);
  // An enterprise editing itself keeps only contact details; the register's facts stay read-only.
  const factsLocked = enterprise !== null && !canEditFacts(me, enterprise);
  // Leaving a chain as its 链主/链核 goes through a round (or the office).
  const lockedChains = new Map(
    (canSetTier(me) ? [] : (enterprise?.chains ?? []).filter((c) => c.tier !== 'member')).map((c) => [c.chainId, c.tier] as const),
  );

  // A city registers in its own city; a zone in its own zone (and that zone's city).
  const ownZone = me.organisationType === 'zone' ? zones.data?.find((z) => z.id === me.organisationId) : undefined;
  const defaults: Partial<EnterpriseFormValues> =
    me.organisationType === 'city'
      ? { cityId: me.organisationId }
      : ownZone
        ? { cityId: ownZone.parentId ?? undefined, zoneId: ownZone.id }
        : {};
  useEffect(() => {
    if (!enterprise && ownZone && form.getFieldValue('zoneId') === undefined) {
      form.setFieldsValue({ cityId: ownZone.parentId ?? undefined, zoneId: ownZone.id });
    }
  }, [enterprise, ownZone, form]);

  const cityOptions = (cities.data ?? []).map((o) => ({ value: o.id, label: o.name, disabled: o.retired }));
  const zoneOptions = (zones.data ?? [])
    .filter((z) => z.parentId === cityId)
    .map((o) => ({ value: o.id, label: o.name, disabled: o.retired }));
  const chainOptions = (chains.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  // keep current placements selectable even if the chain is outside the user's chain list
  for (const c of enterprise?.chains ?? []) {
    if (!chainOptions.some((o) => o.value === c.chainId)) chainOptions.push({ value: c.chainId, label: c.chainName });
  }

  return (
    <Form
      id={id}
      form={form}
      layout="vertical"
      initialValues={initialValues(enterprise, defaults)}
      onFinish={(v) => onSubmit(v, form)}
      onValuesChange={(changed: Partial<EnterpriseFormValues>) => {
        if ('cityId' in changed) form.setFieldValue('zoneId', null);
      }}
    >
      <Form.Item
        label="统一社会信用代码"
        name="creditCode"
        required
        rules={[zodRule(field.creditCode)]}
        extra="18 位，含校验位；同一企业不能重复登记"
        normalize={(v: string) => v?.toUpperCase()}
      >
        <Input maxLength={18} autoComplete="off" disabled={factsLocked} />
      </Form.Item>
      <Form.Item label="企业名称" name="name" required rules={[zodRule(field.name)]}>
        <Input maxLength={100} disabled={factsLocked} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item label="所在市" name="cityId" required rules={[zodRule(field.cityId, '请选择所在市')]} style={{ flex: '1 1 200px' }}>
          <Select
            options={cityOptions}
            loading={cities.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="请选择"
            disabled={factsLocked || me.organisationType === 'city' || me.organisationType === 'zone'}
          />
        </Form.Item>
        <Form.Item label="开发区/园区" name="zoneId" style={{ flex: '1 1 200px' }}>
          <Select
            options={zoneOptions}
            loading={zones.isLoading}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={cityId ? '不在园区可不选' : '请先选择所在市'}
            disabled={factsLocked || !cityId || me.organisationType === 'zone'}
          />
        </Form.Item>
      </Flex>
      <Form.Item
        label="所属产业链"
        required={false}
        extra={
          factsLocked
            ? '所在地和所属产业链由所在市或开发区维护'
            : '企业所在的产业链及环节；层级（链主/链核）经评定确定，链主、链核企业退出产业链须经评定或由省链长办调整'
        }
      >
        <Form.List name="chains">
          {(rows, { add, remove }) => (
            <Flex vertical gap={8}>
              {rows.map(({ key, name }) => {
                const chainId = form.getFieldValue(['chains', name, 'chainId']) as number | undefined;
                const held = chainId === undefined ? undefined : lockedChains.get(chainId);
                return (
                  <Flex key={key} gap={8} align="start">
                    <Form.Item
                      name={[name, 'chainId']}
                      rules={[{ required: true, message: '请选择产业链' }]}
                      style={{ flex: 2, marginBottom: 0 }}
                    >
                      <Select
                        aria-label="产业链"
                        disabled={factsLocked || held !== undefined}
                        options={chainOptions}
                        loading={chains.isLoading}
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder="产业链"
                      />
                    </Form.Item>
                    <Form.Item name={[name, 'stage']} style={{ flex: 1, marginBottom: 0 }}>
                      <Select aria-label="环节" options={STAGE_OPTIONS} allowClear placeholder="环节" disabled={factsLocked} />
                    </Form.Item>
                    <Button
                      aria-label="删除此行"
                      title={held ? `${TIER_SHORT[held]}企业退出产业链须经评定或由省链长办调整` : undefined}
                      disabled={factsLocked || held !== undefined}
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => remove(name)}
                    />
                  </Flex>
                );
              })}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} disabled={factsLocked} onClick={() => add({})}>
                添加产业链
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      {!factsLocked && (
        <Form.Item
          label="入链日期"
          name="placedOn"
          rules={[{ required: true, message: '请选择入链日期' }]}
          extra="新加入的产业链自该日起计入，退出的产业链至该日止；按台账补录时填台账所属期的日期，不能晚于今天"
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      )}
      <Form.Item label="地址" name="address" rules={[zodRule(field.address)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item label="法定代表人" name="legalRepresentative" rules={[zodRule(field.legalRepresentative)]} style={{ flex: '1 1 150px' }}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="联系人" name="contactPerson" rules={[zodRule(field.contactPerson)]} style={{ flex: '1 1 150px' }}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="联系电话" name="contactPhone" rules={[zodRule(field.contactPhone)]} style={{ flex: '1 1 150px' }}>
          <Input maxLength={20} />
        </Form.Item>
      </Flex>
      <Form.Item label="主要产品" name="mainProducts" rules={[zodRule(field.mainProducts)]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </Form>
  );
}
