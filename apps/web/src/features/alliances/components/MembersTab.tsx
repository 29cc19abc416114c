import { PlusOutlined } from '@ant-design/icons';
import type { Alliance } from '@chainboard/contracts';
import { Button, DatePicker, Flex, Form, Modal, Popconfirm, Select, Table, type TableColumnsType, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { showError, showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { TABLE_SCROLL } from '../../../lib/table';
import { useEnterprises } from '../../enterprises/hooks';
import { useAddMember, useRemoveMember } from '../hooks';

type Member = Alliance['members'][number];
type Values = { enterpriseId: number; joinedOn: Dayjs };

/** Enterprises on the alliance's chain that are not in it yet. */
function ChainEnterpriseSelect({ alliance, value, onChange }: { alliance: Alliance; value?: number; onChange?: (v: number) => void }) {
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, isFetching } = useEnterprises({ page: 1, pageSize: 50, chainId: alliance.chainId, q: q || undefined });
  const taken = new Set([alliance.leaderEnterpriseId, ...alliance.members.map((m) => m.enterpriseId)]);
  return (
    <Select<number>
      aria-label="成员企业"
      value={value}
      onChange={onChange}
      loading={isFetching}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      placeholder={`输入名称查找“${alliance.chainName}”链上企业`}
      notFoundContent={isFetching ? '查找中…' : '没有可加入的链上企业'}
      options={(data?.items ?? []).filter((e) => !taken.has(e.id)).map((e) => ({ value: e.id, label: e.name }))}
    />
  );
}

function AddMemberForm({ alliance, onDone }: { alliance: Alliance; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddMember(alliance.id);
  return (
    <Form
      id="member-form"
      form={form}
      layout="vertical"
      initialValues={{ joinedOn: dayjs() }}
      onFinish={(v) =>
        add.mutate(
          { enterpriseId: v.enterpriseId, joinedOn: v.joinedOn.format('YYYY-MM-DD') },
          {
            onSuccess: () => {
              toastSuccess('已加入');
              onDone();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Form.Item label="企业" name="enterpriseId" rules={[{ required: true, message: '请选择企业' }]}>
        <ChainEnterpriseSelect alliance={alliance} />
      </Form.Item>
      <Form.Item label="加入日期" name="joinedOn" rules={[{ required: true, message: '请选择加入日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </Form>
  );
}

/** 成员: the leading chain master and the member enterprises with the honours they hold. */
export function MembersTab({ alliance, manage }: { alliance: Alliance; manage: boolean }) {
  const [adding, setAdding] = useState(false);
  const remove = useRemoveMember(alliance.id);
  const rows: (Member & { leader?: boolean })[] = [
    { enterpriseId: alliance.leaderEnterpriseId, name: alliance.leaderName, joinedOn: alliance.foundedOn, honours: [], leader: true },
    ...alliance.members,
  ];
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: '企业',
      dataIndex: 'name',
      fixed: 'start',
      render: (name: string, m) => (
        <Flex gap={6} align="center" wrap>
          <Link to={`/enterprises/${m.enterpriseId}`}>{name}</Link>
          {m.leader && (
            <Tag color="gold" style={{ marginInlineEnd: 0 }}>
              牵头链主
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: '荣誉',
      dataIndex: 'honours',
      render: (honours: string[]) => (
        <Flex wrap gap={4}>
          {honours.map((h) => (
            <Tag key={h} color="cyan" style={{ marginInlineEnd: 0 }}>
              {h}
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: '加入日期', dataIndex: 'joinedOn' },
  ];
  if (manage) {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_, m) =>
        !m.leader && (
          <Popconfirm
            title={`将「${m.name}」移出联合体？`}
            okText="移除"
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutate(m.enterpriseId, { onSuccess: () => toastSuccess('已移除'), onError: showError })}
          >
            <Button type="link" size="small" danger>
              移除
            </Button>
          </Popconfirm>
        ),
    });
  }
  return (
    <Flex vertical gap={12}>
      {manage && (
        <Flex justify="end">
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            加入成员
          </Button>
        </Flex>
      )}
      <Table rowKey="enterpriseId" size="small" columns={columns} dataSource={rows} pagination={false} scroll={TABLE_SCROLL} />
      <Modal
        title="加入成员"
        open={adding}
        onCancel={() => setAdding(false)}
        okText="加入"
        okButtonProps={{ htmlType: 'submit', form: 'member-form' }}
        destroyOnHidden
        mask={{ closable: false }}
      >
        <AddMemberForm alliance={alliance} onDone={() => setAdding(false)} />
      </Modal>
    </Flex>
  );
}
