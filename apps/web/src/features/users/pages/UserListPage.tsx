import { PlusOutlined } from '@ant-design/icons';
import { ROLE_LABELS, Role, type User } from '@chainboard/contracts';
import { Button, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ContentCard } from '../../../components/ContentCard';
import { FilterBar, FilterSelect, filterWidth } from '../../../components/FilterBar';
import { PageHeader } from '../../../components/PageHeader';
import { SearchInput } from '../../../components/SearchInput';
import { showError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { formatDateTime } from '../../../lib/format';
import { pagination, TABLE_SCROLL } from '../../../lib/table';
import { useIsMobile } from '../../../lib/useIsMobile';
import { useListParams } from '../../../lib/useListParams';
import { useMe } from '../../auth/hooks';
import { canGrantRoles, canManageUsers } from '../../auth/roles';
import { OrganisationSelect } from '../components/OrganisationSelect';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { RolesModal } from '../components/RolesModal';
import { RoleTags } from '../components/RoleTags';
import { UserFormDrawer } from '../components/UserFormDrawer';
import { UserStatusTag } from '../components/UserStatusTag';
import { useUnlockUser, useUpdateUser, useUsers } from '../hooks';
import { isLocked } from '../status';

const ROLE_OPTIONS = Role.options.map((value) => ({ value, label: ROLE_LABELS[value] }));

type DrawerState = { open: boolean; user: User | null };

export function UserListPage() {
  const me = useMe();
  const isMobile = useIsMobile();
  const manage = canManageUsers(me);
  const grant = canGrantRoles(me);
  const { params, page, pageSize, update } = useListParams();
  const organisationId = Number(params.organisationId) || undefined;
  const role = Role.safeParse(params.role).data;
  const { data, isFetching } = useUsers({ page, pageSize, q: params.q, organisationId, role });

  const [drawer, setDrawer] = useState<DrawerState>({ open: false, user: null });
  const [resetting, setResetting] = useState<User | null>(null);
  const [granting, setGranting] = useState<User | null>(null);
  const setDisabled = useUpdateUser();
  const unlock = useUnlockUser();

  const toggleDisabled = (user: User) =>
    setDisabled.mutate(
      { id: user.id, patch: { disabled: !user.disabled } },
      { onSuccess: () => toastSuccess(user.disabled ? '已启用' : '已停用'), onError: showError },
    );
  const onUnlock = (user: User) => unlock.mutate(user.id, { onSuccess: () => toastSuccess('已解锁'), onError: showError });

  const columns: TableColumnsType<User> = [
    { title: '用户名', dataIndex: 'username', fixed: 'start' },
    { title: '姓名', dataIndex: 'displayName' },
    { title: '单位', dataIndex: 'organisationName' },
    { title: '角色', dataIndex: 'roles', width: 220, render: (roles: Role[]) => <RoleTags roles={roles} /> },
    { title: '状态', key: 'status', render: (_, user) => <UserStatusTag user={user} /> },
    { title: '最近登录', dataIndex: 'lastLoginAt', render: formatDateTime },
    {
      title: '操作',
      key: 'actions',
      // Row actions stay in view on wide screens; on phones only the first column is pinned.
      fixed: isMobile ? undefined : 'end',
      render: (_, user) => (
        <Space size={0} wrap>
          {manage && (
            <Button type="link" size="small" onClick={() => setDrawer({ open: true, user })}>
              编辑
            </Button>
          )}
          {manage &&
            (user.disabled ? (
              <Button type="link" size="small" onClick={() => toggleDisabled(user)}>
                启用
              </Button>
            ) : (
              <Popconfirm
                title={`停用「${user.displayName}」？`}
                description="停用后该账号不能登录，记录保留。"
                onConfirm={() => toggleDisabled(user)}
              >
                <Button type="link" size="small" danger>
                  停用
                </Button>
              </Popconfirm>
            ))}
          {manage && (
            <Button type="link" size="small" onClick={() => setResetting(user)}>
              重置密码
            </Button>
          )}
          {manage && isLocked(user) && (
            <Button type="link" size="small" onClick={() => onUnlock(user)}>
              解锁
            </Button>
          )}
          {grant && (
            <Button type="link" size="small" onClick={() => setGranting(user)}>
              授权
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const filtered = Boolean(params.q || organisationId || role);

  return (
    <ContentCard>
      <PageHeader
        title="用户管理"
        actions={
          manage && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer({ open: true, user: null })}>
              新增
            </Button>
          )
        }
      />
      <FilterBar onReset={() => update({ q: undefined, organisationId: undefined, role: undefined })}>
        <SearchInput label="用户名或姓名" value={params.q} onSearch={(q) => update({ q })} style={filterWidth(isMobile, 220)} />
        <OrganisationSelect
          aria-label="单位"
          placeholder="单位"
          allowClear
          includeRetired
          value={organisationId}
          onChange={(v?: number) => update({ organisationId: v === undefined ? undefined : String(v) })}
          style={filterWidth(isMobile, 240)}
        />
        <FilterSelect label="角色" options={ROLE_OPTIONS} value={role} onChange={(v) => update({ role: v })} width={160} />
      </FilterBar>
      <Table<User>
        rowKey="id"
        columns={columns}
        dataSource={data?.items}
        loading={isFetching}
        scroll={TABLE_SCROLL}
        pagination={pagination(page, pageSize, data?.total)}
        onChange={(p) => update({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 20) })}
        locale={{ emptyText: filtered ? '没有符合条件的用户' : manage ? '还没有用户，可以 新增' : '还没有用户' }}
      />
      <UserFormDrawer open={drawer.open} user={drawer.user} onClose={() => setDrawer((prev) => ({ ...prev, open: false }))} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <RolesModal user={granting} onClose={() => setGranting(null)} />
    </ContentCard>
  );
}
