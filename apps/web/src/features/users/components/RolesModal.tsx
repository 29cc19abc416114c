import { ROLE_DESCRIPTIONS, ROLE_LABELS, Role, RolesInput, type User } from '@chainboard/contracts';
import { Checkbox, Flex, Form, Modal, Typography } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { useSetUserRoles } from '../hooks';

const FORM_ID = 'roles-form';

function RolesForm({ user, onDone }: { user: User; onDone: () => void }) {
  const [form] = Form.useForm<{ roles: Role[] }>();
  const save = useSetUserRoles();
  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      initialValues={{ roles: user.roles }}
      onFinish={({ roles }) =>
        save.mutate(
          { id: user.id, roles },
          {
            onSuccess: () => {
              toastSuccess('授权已保存');
              onDone();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Form.Item label="角色" name="roles" rules={[zodRule(RolesInput.shape.roles)]}>
        <Checkbox.Group style={{ width: '100%' }}>
          <Flex vertical gap={10}>
            {Role.options.map((role) => (
              <Checkbox key={role} value={role}>
                <Typography.Text strong>{ROLE_LABELS[role]}</Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {ROLE_DESCRIPTIONS[role]}
                </Typography.Text>
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
    </Form>
  );
}

/** 授权: the security administrator sets a user's roles. */
export function RolesModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  return (
    <Modal
      title={user ? `授权：${user.displayName}（${user.username}）` : '授权'}
      open={user !== null}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {user && <RolesForm user={user} onDone={onClose} />}
    </Modal>
  );
}
