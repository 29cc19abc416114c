import { useMeeting, useProblem } from '../hooks';

const toId = (raw: string | undefined) => {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : undefined;
};

/** The breadcrumb for a problem's page: its title once loaded. */
export function ProblemCrumb({ id }: { id: string | undefined }) {
  const { data } = useProblem(toId(id));
  return <>{data?.title ?? '问题详情'}</>;
}

/** The breadcrumb for a meeting's page: its name once loaded. */
export function MeetingCrumb({ id }: { id: string | undefined }) {
  const { data } = useMeeting(toId(id));
  return <>{data?.title ?? '协调会详情'}</>;
}
