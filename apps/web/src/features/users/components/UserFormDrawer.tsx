import type { User } from '@chainboard/contracts';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useCreateUser, useUpdateUser } from '../hooks';
import { UserForm } from './UserForm';

const FORM_ID = 'user-form';

/** `user` null = 新增; otherwise 编辑 that user. */
export function UserFormDrawer({ open, user, onClose }: { open: boolean; user: User | null; onClose: () => void }) {
  const create = useCreateUser();
  const update = useUpdateUser();

  const onSubmit: Parameters<typeof UserForm>[0]['onSubmit'] = (values, form) => {
    const options = {
      onSuccess: () => {
        toastSuccess('已保存');
        onClose();
      },
      onError: (err: unknown) => showFormError(form, err),
    };
    if (user) {
      update.mutate({ id: user.id, patch: { displayName: values.displayName, organisationId: values.organisationId } }, options);
    } else {
      create.mutate(
        {
          username: values.username,
          displayName: values.displayName,
          organisationId: values.organisationId,
          password: values.password ?? '',
        },
        options,
      );
    }
  };

  return (
    <FormDrawer
      title={user ? '编辑用户' : '新增用户'}
      open={open}
      onClose={onClose}
      formId={FORM_ID}
      saving={create.isPending || update.isPending}
    >
      <UserForm id={FORM_ID} user={user} onSubmit={onSubmit} />
    </FormDrawer>
  );
}
