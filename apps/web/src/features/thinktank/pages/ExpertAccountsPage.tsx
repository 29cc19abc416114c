import { Button, Form, Modal, Select, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { PageHeader } from '../../../components/PageHeader';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { orDash } from '../../../lib/format';
import { TABLE_SCROLL } from '../../../lib/table';
import { useUsers } from '../../users/hooks';
import type { ExpertAccount } from '../api';
import { useExpertAccounts, useLinkAccount } from '../hooks';

function LinkModal({ account, onClose }: { account: ExpertAccount; onClose: () => void }) {
  const link = useLinkAccount();
  const [form] = Form.useForm<{ userId?: number | null }>();
  const [q, setQ] = useState<string | undefined>();
  const users = useUsers({ page: 1, pageSize: 50, q });
  const options = (users.data?.items ?? [])
    .filter((u) => !u.roles.some((r) => r === 'sysAdmin' || r === 'securityAdmin' || r === 'auditAdmin'))
    .map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）${u.roles.includes('expert') ? '' : ' · 尚未授予专家角色'}` }));
  if (account.userId && account.username && !options.some((o) => o.value === account.userId))
    options.unshift({ value: account.userId, label: account.username });
  return (
    <Modal
      title={`关联登录账号：${account.name}`}
      open
      onCancel={onClose}
      okText="保存"
      confirmLoading={link.isPending}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">
        先在“用户管理”中新增账号，再在此选择该账号；该账号还需由安全管理员授予“专家”角色。清空即解除关联。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ userId: account.userId }}
        onFinish={(v) =>
          link.mutate(
            { id: account.expertId, userId: v.userId ?? null },
            {
              onSuccess: () => {
                toastSuccess('已保存关联');
                onClose();
              },
              onError: (err) => showFormError(form, err),
            },
          )
        }
      >
        <Form.Item label="登录账号" name="userId">
          <Select
            allowClear
            showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim() || undefined) }}
            loading={users.isFetching}
            options={options}
            placeholder="输入姓名或用户名查找；不选表示解除关联"
            notFoundContent="没有找到账号"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 专家账号: the system administrator links login accounts to experts. */
export function ExpertAccountsPage() {
  const { data, isLoading } = useExpertAccounts();
  const [editing, setEditing] = useState<ExpertAccount | null>(null);
  const columns: TableColumnsType<ExpertAccount> = [
    { title: '专家', dataIndex: 'name', fixed: 'start' },
    { title: '工作单位', dataIndex: 'workUnit' },
    { title: '登录账号', dataIndex: 'username', render: orDash },
    {
      title: '操作',
      key: 'actions',
      render: (_, a) => (
        <Button type="link" size="small" onClick={() => setEditing(a)}>
          关联账号
        </Button>
      ),
    },
  ];
  return (
    <ContentCard>
      <PageHeader title="专家账号" />
      <Table<ExpertAccount>
        rowKey="expertId"
        columns={columns}
        dataSource={data}
        loading={isLoading}
        scroll={TABLE_SCROLL}
        pagination={{ pageSize: 20, showSizeChanger: true, pageSizeOptions: [10, 20, 50, 100], showTotal: (n) => `共 ${n} 位专家` }}
        locale={{ emptyText: '专家库中还没有专家' }}
      />
      {editing && <LinkModal account={editing} onClose={() => setEditing(null)} />}
    </ContentCard>
  );
}
