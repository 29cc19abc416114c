import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../app/PageLoading';
import { isApiError } from '../lib/api';
import { errorMessage } from '../lib/errors';

/** The route's `:id` as a positive integer; undefined when the link holds anything else. */
export function useRouteId(): number | undefined {
  const id = Number(useParams().id);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

type DetailQuery<T> = { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };

/**
 * A detail page until its record is there: 不存在或无权查看 (bad id or 404) with the way back to the list,
 * 无法打开 with 重试 on any other error, the spinner while loading, then `children(record)`.
 */
export function DetailLoader<T>({
  id,
  query,
  noun,
  backTo,
  backLabel,
  notFoundHint,
  children,
}: {
  id: number | undefined;
  query: DetailQuery<T>;
  /** What the record is: 基金, 政策, 线索 … */
  noun: string;
  backTo: string;
  backLabel: string;
  /** Said under 不存在或无权查看. */
  notFoundHint?: string;
  children: (record: T) => ReactNode;
}) {
  const navigate = useNavigate();
  const { data, error, isPending, refetch } = query;
  if (id === undefined || (isApiError(error) && error.status === 404)) {
    return (
      <Result
        status="404"
        title={`${noun}不存在或无权查看`}
        subTitle={notFoundHint}
        extra={
          <Button type="primary" onClick={() => navigate(backTo)}>
            {backLabel}
          </Button>
        }
      />
    );
  }
  if (error)
    return (
      <Result
        status="error"
        title={`无法打开${noun}`}
        subTitle={errorMessage(error)}
        extra={<Button onClick={() => void refetch()}>重试</Button>}
      />
    );
  if (isPending || data === undefined) return <PageLoading />;
  return children(data);
}
