import { useProject } from '../hooks';

/** The breadcrumb for a project's page: its name once loaded. */
export function ProjectCrumb({ id }: { id: string | undefined }) {
  const projectId = Number(id);
  const { data } = useProject(Number.isInteger(projectId) && projectId > 0 ? projectId : undefined);
  return <>{data?.name ?? '项目详情'}</>;
}
