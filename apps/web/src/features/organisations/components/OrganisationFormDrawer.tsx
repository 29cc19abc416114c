import type { Organisation } from '@chainboard/contracts';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useCreateOrganisation, useUpdateOrganisation } from '../hooks';
import { OrganisationForm, type OrganisationFormValues } from './OrganisationForm';

const FORM_ID = 'organisation-form';

/** `organisation` null = 新增; otherwise 编辑 that organisation. */
export function OrganisationFormDrawer({
  open,
  organisation,
  onClose,
}: {
  open: boolean;
  organisation: Organisation | null;
  onClose: () => void;
}) {
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();

  const onSubmit: Parameters<typeof OrganisationForm>[0]['onSubmit'] = (values: OrganisationFormValues, form) => {
    // Only a zone has a parent; clearing it for other types keeps stale picks out of the request.
    const parentId = values.type === 'zone' ? (values.parentId ?? null) : null;
    const options = {
      onSuccess: () => {
        toastSuccess('已保存');
        onClose();
      },
      onError: (err: unknown) => showFormError(form, err),
    };
    if (organisation) update.mutate({ id: organisation.id, patch: { name: values.name, parentId } }, options);
    else create.mutate({ name: values.name, type: values.type, parentId }, options);
  };

  return (
    <FormDrawer
      title={organisation ? '编辑单位' : '新增单位'}
      open={open}
      onClose={onClose}
      formId={FORM_ID}
      saving={create.isPending || update.isPending}
    >
      <OrganisationForm id={FORM_ID} organisation={organisation} onSubmit={onSubmit} />
    </FormDrawer>
  );
}
