import type { Project } from '@chainboard/contracts';
import { FormDrawer } from '../../../components/FormDrawer';
import { showFormError } from '../../../lib/errors';
import { toastSuccess } from '../../../lib/feedback';
import { useCreateProject, useUpdateProject } from '../hooks';
import { ProjectForm, type ProjectFormValues, toFields, toInput } from './ProjectForm';
import { useConfirmedSave } from './useConfirmedSave';

const FORM_ID = 'project-form';

/** `project` null = 新增; otherwise 编辑 that project. */
export function ProjectFormDrawer({
  open,
  project,
  onClose,
  onSaved,
}: {
  open: boolean;
  project: Project | null;
  onClose: () => void;
  onSaved?: (project: Project) => void;
}) {
  const create = useCreateProject();
  const update = useUpdateProject();
  const confirmedSave = useConfirmedSave();

  const onSubmit: Parameters<typeof ProjectForm>[0]['onSubmit'] = (values: ProjectFormValues, form) => {
    const save = (confirmBelowThreshold: boolean) =>
      project
        ? update.mutateAsync({ id: project.id, patch: { ...toFields(values), confirmBelowThreshold } })
        : create.mutateAsync({ ...toInput(values), confirmBelowThreshold });
    confirmedSave(
      save,
      (saved) => {
        toastSuccess('已保存');
        onClose();
        onSaved?.(saved);
      },
      (err) => showFormError(form, err),
    );
  };

  return (
    <FormDrawer
      title={project ? '编辑项目' : '新增重点项目'}
      open={open}
      onClose={onClose}
      formId={FORM_ID}
      saving={create.isPending || update.isPending}
    >
      <ProjectForm id={FORM_ID} project={project} onSubmit={onSubmit} />
    </FormDrawer>
  );
}
