import { ResetPasswordInput, type User } from '@chainboard/contracts';
import { Form, Input, Modal } from 'antd';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { zodRule } from '../../../lib/zodRule';
import { PASSWORD_HINT } from '../../auth/passwordHint';
import { useResetPassword } from '../hooks';

const FORM_ID = 'reset-password-form';

function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();
  return (
    <Form
      id={FORM_ID}
      form={form}
      layout="vertical"
      onFinish={({ password }) =>
        reset.mutate(
          { id: user.id, password },
          {
            onSuccess: () => {
              toastSuccess('密码已重置，该用户下次登录须修改密码');
              onDone();
            },
            onError: (err) => showFormError(form, err),
          },
        )
      }
    >
      <Form.Item label="新密码" name="password" required rules={[zodRule(ResetPasswordInput.shape.password)]} extra={PASSWORD_HINT}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </Form>
  );
}

/** 重置密码: the administrator sets a new initial password, which the user must change at next login. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  return (
    <Modal
      title={user ? `重置密码：${user.displayName}（${user.username}）` : '重置密码'}
      open={user !== null}
      onCancel={onClose}
      okText="确认重置"
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      {user && <ResetPasswordForm user={user} onDone={onClose} />}
    </Modal>
  );
}
