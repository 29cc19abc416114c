import type { Enterprise, EnterpriseInput, EnterprisePatch } from '@chainboard/contracts';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useMe } from '../../auth/hooks';
import { useCreateEnterprise, useUpdateEnterprise } from '../hooks';
import { canEditFacts } from '../permissions';
import { EnterpriseForm, type EnterpriseFormValues } from './EnterpriseForm';

const FORM_ID = 'enterprise-form';

/** What an enterprise may change on its own record (the rest is the register's, see canEditFacts). */
function contactOnly(v: EnterpriseFormValues): EnterprisePatch {
  return {
    address: v.address || null,
    legalRepresentative: v.legalRepresentative || null,
    contactPerson: v.contactPerson || null,
    contactPhone: v.contactPhone || null,
    mainProducts: v.mainProducts || null,
  };
}

/** Empty optional fields are sent as null, so clearing a field in an edit really clears it. */
function toInput(v: EnterpriseFormValues): EnterpriseInput & { chains: NonNullable<EnterpriseInput['chains']> } {
  return {
    creditCode: v.creditCode,
    name: v.name,
    cityId: v.cityId,
    zoneId: v.zoneId ?? null,
    address: v.address || null,
    legalRepresentative: v.legalRepresentative || null,
    contactPerson: v.contactPerson || null,
    contactPhone: v.contactPhone || null,
    mainProducts: v.mainProducts || null,
    chains: (v.chains ?? []).filter((c) => c.chainId).map((c) => ({ chainId: c.chainId as number, stage: c.stage ?? null })),
    placedOn: v.placedOn ? v.placedOn.format('YYYY-MM-DD') : undefined,
  };
}

/** `enterprise` null = 新增; otherwise 编辑 that enterprise. */
export function EnterpriseFormDrawer({
  open,
  enterprise,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterprise: Enterprise | null;
  onClose: () => void;
  onSaved?: (enterprise: Enterprise) => void;
}) {
  const me = useMe();
  const create = useCreateEnterprise();
  const update = useUpdateEnterprise();

  const onSubmit: Parameters<typeof EnterpriseForm>[0]['onSubmit'] = (values, form) => {
    const options = {
      onSuccess: (saved: Enterprise) => {
        toastSuccess('已保存');
        onClose();
        onSaved?.(saved);
      },
      onError: (err: unknown) => showFormError(form, err),
    };
    if (enterprise) {
      const patch = canEditFacts(me, enterprise) ? toInput(values) : contactOnly(values);
      update.mutate({ id: enterprise.id, patch }, options);
    } else create.mutate(toInput(values), options);
  };

  return (
    <FormDrawer
      title={enterprise ? '编辑企业' : '新增企业'}
      open={open}
      onClose={onClose}
      formId={FORM_ID}
      saving={create.isPending || update.isPending}
    >
      <EnterpriseForm id={FORM_ID} enterprise={enterprise} onSubmit={onSubmit} />
    </FormDrawer>
  );
}
