import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { type Consortium, ConsortiumInput, type ConsortiumMemberKind } from '@chainboard/contracts';
import { useIsMutating } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Form, Input, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useMe } from '../../auth/hooks';
import { useChainOptions } from '../../chains/hooks';
import { EnterpriseSelect } from '../../projects/components/SearchSelect';
import { useChainTechnologies, useSaveConsortium } from '../hooks';
import { MEMBER_KIND_OPTIONS } from '../labels';
import { canWriteTechnology } from '../permissions';

const FORM_ID = 'consortium-form';
const field = ConsortiumInput.shape;

type MemberValues = { enterpriseId?: number | null; name?: string; kind: ConsortiumMemberKind };
type Values = {
  chainId: number;
  name: string;
  leaderEnterpriseId: number;
  jinchuanggu: boolean;
  foundedOn?: Dayjs | null;
  notes?: string;
  members: MemberValues[];
  technologyIds: number[];
};

function ConsortiumForm({ consortium, onDone }: { consortium: Consortium | null; onDone: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const save = useSaveConsortium(consortium?.id ?? null);
  const chains = useChainOptions();
  const chainId = Form.useWatch('chainId', form) ?? consortium?.chainId;
  const technologies = useChainTechnologies(chainId);
  const chainOptions = (chains.data ?? []).filter((c) => canWriteTechnology(me, c.leadUnitId)).map((c) => ({ value: c.id, label: c.name }));
  const knownMembers = (consortium?.members ?? []).flatMap((m) => (m.enterpriseId === null ? [] : [{ id: m.enterpriseId, name: m.name }]));

  const onFinish = (v: Values) => {
    const body = {
      name: v.name,
      leaderEnterpriseId: v.leaderEnterpriseId,
      jinchuanggu: v.jinchuanggu,
      foundedOn: v.foundedOn ? v.foundedOn.format('YYYY-MM-DD') : null,
      notes: v.notes || null,
      members: (v.members ?? []).map((m) => ({
        enterpriseId: m.enterpriseId ?? null,
        name: m.enterpriseId ? null : m.name || null,
        kind: m.kind,
      })),
      technologyIds: v.technologyIds ?? [],
    };
    save.mutate(consortium ? body : { ...body, chainId: v.chainId }, {
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
        consortium
          ? {
              name: consortium.name,
              leaderEnterpriseId: consortium.leaderEnterpriseId,
              jinchuanggu: consortium.jinchuanggu,
              foundedOn: consortium.foundedOn ? dayjs(consortium.foundedOn) : null,
              notes: consortium.notes ?? undefined,
              members: consortium.members.map((m) => ({
                enterpriseId: m.enterpriseId,
                name: m.enterpriseId === null ? m.name : undefined,
                kind: m.kind,
              })),
              technologyIds: consortium.technologies.map((t) => t.id),
            }
          : { jinchuanggu: false, members: [], technologyIds: [] }
      }
      onValuesChange={(changed: Partial<Values>) => {
        if ('chainId' in changed) form.setFieldValue('technologyIds', []);
      }}
      onFinish={onFinish}
    >
      {!consortium && (
        <Form.Item label="产业链" name="chainId" required rules={[zodRule(field.chainId, '请选择产业链')]}>
          <Select options={chainOptions} loading={chains.isLoading} showSearch={{ optionFilterProp: 'label' }} placeholder="请选择" />
        </Form.Item>
      )}
      <Form.Item label="联合体名称" name="name" required rules={[zodRule(field.name)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        label="牵头企业"
        name="leaderEnterpriseId"
        required
        rules={[zodRule(field.leaderEnterpriseId, '请选择牵头企业')]}
        extra="该产业链的链主企业或链上骨干企业"
      >
        <EnterpriseSelect<number>
          picked={consortium ? [{ id: consortium.leaderEnterpriseId, name: consortium.leaderName }] : []}
          placeholder="输入企业名称查找"
        />
      </Form.Item>
      <Form.Item label="“晋创谷”创新驱动平台" name="jinchuanggu" valuePropName="checked">
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
      <Form.Item label="成立日期" name="foundedOn">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="攻关技术" name="technologyIds" extra="这条产业链关键技术清单中的技术">
        <Select
          mode="multiple"
          disabled={!chainId}
          loading={technologies.isLoading}
          placeholder={chainId ? '请选择' : '请先选择产业链'}
          optionFilterProp="label"
          options={(technologies.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
        />
      </Form.Item>
      <Form.Item label="成员（高校、科研院所、中小企业）" required={false}>
        <Form.List name="members">
          {(rows, { add, remove }) => (
            <Flex vertical gap={8}>
              {rows.map((row) => (
                <Flex key={row.key} gap={8} wrap align="start">
                  <Form.Item name={[row.name, 'kind']} noStyle rules={[{ required: true, message: '请选择成员类型' }]}>
                    <Select aria-label="成员类型" options={MEMBER_KIND_OPTIONS} style={{ width: 110 }} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      ['sme', 'enterprise'].includes(form.getFieldValue(['members', row.name, 'kind'])) ? (
                        <Form.Item name={[row.name, 'enterpriseId']} noStyle rules={[{ required: true, message: '请选择企业' }]}>
                          <EnterpriseSelect<number> picked={knownMembers} placeholder="名录中的企业" style={{ minWidth: 200, flex: 1 }} />
                        </Form.Item>
                      ) : (
                        <Form.Item name={[row.name, 'name']} noStyle rules={[{ required: true, message: '请填写机构名称' }]}>
                          <Input placeholder="高校或院所名称" maxLength={100} style={{ minWidth: 200, flex: 1, width: 'auto' }} />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                  <Button type="text" aria-label="移除成员" icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(row.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'university' })}>
                添加成员
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label="备注" name="notes" rules={[zodRule(field.notes)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </Form>
  );
}

/** `consortium` null = 组建; otherwise 编辑 (members and technologies are replaced as listed). */
export function ConsortiumFormDrawer({ open, consortium, onClose }: { open: boolean; consortium: Consortium | null; onClose: () => void }) {
  const saving = useIsMutating({ mutationKey: ['consortia', 'save'] }) > 0;
  return (
    <FormDrawer title={consortium ? '编辑创新联合体' : '组建创新联合体'} open={open} onClose={onClose} formId={FORM_ID} saving={saving}>
      <ConsortiumForm consortium={consortium} onDone={onClose} />
    </FormDrawer>
  );
}
