import type { Chain, ChainInput } from '@chainboard/contracts';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useCreateChain, useUpdateChain } from '../hooks';
import { ChainForm, type ChainFormValues, changesStatus } from './ChainForm';

const FORM_ID = 'chain-form';

/** Empty optional fields are sent as null, so clearing a field in an edit really clears it. */
function toInput(v: ChainFormValues, chain: Chain | null): ChainInput {
  return {
    code: v.code,
    name: v.name,
    batch: v.batch,
    status: v.status,
    leaderName: v.leaderName || null,
    leaderPost: v.leaderPost || null,
    leadUnitId: v.leadUnitId ?? null,
    hostIds: v.hostIds ?? [],
    notes: v.notes || null,
    statusOn: changesStatus(chain, v.status) ? v.statusOn?.format('YYYY-MM-DD') : undefined,
  };
}

/** `chain` null = 新增; otherwise 编辑 that chain. */
export function ChainFormDrawer({
  open,
  chain,
  onClose,
  onSaved,
}: {
  open: boolean;
  chain: Chain | null;
  onClose: () => void;
  onSaved?: (chain: Chain) => void;
}) {
  const create = useCreateChain();
  const update = useUpdateChain();

  const onSubmit: Parameters<typeof ChainForm>[0]['onSubmit'] = (values, form) => {
    const options = {
      onSuccess: (saved: Chain) => {
        toastSuccess('已保存');
        onClose();
        onSaved?.(saved);
      },
      onError: (err: unknown) => showFormError(form, err),
    };
    if (chain) update.mutate({ id: chain.id, patch: toInput(values, chain) }, options);
    else create.mutate(toInput(values, null), options);
  };

  return (
    <FormDrawer
      title={chain ? '编辑产业链' : '新增产业链'}
      open={open}
      onClose={onClose}
      formId={FORM_ID}
      saving={create.isPending || update.isPending}
    >
      <ChainForm id={FORM_ID} chain={chain} onSubmit={onSubmit} />
    </FormDrawer>
  );
}
