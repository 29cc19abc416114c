import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { useEnterpriseSearch, useProjectSearch } from '../hooks';

type Named = { id: number; name: string };

/** Typing settles for a moment before the server is asked. */
function useDebounced(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

type BaseProps = Omit<SelectProps<number>, 'options' | 'showSearch' | 'loading' | 'filterOption'>;

function SearchSelect({
  found,
  fetching,
  preset = [],
  onText,
  notFound,
  ...props
}: BaseProps & { found: Named[] | undefined; fetching: boolean; preset?: Named[]; onText: (text: string) => void; notFound: string }) {
  const options = new Map<number, { value: number; label: string }>();
  for (const r of [...preset, ...(found ?? [])]) options.set(r.id, { value: r.id, label: r.name });
  return (
    <Select<number>
      {...props}
      allowClear
      showSearch={{ filterOption: false, onSearch: onText }}
      loading={fetching}
      options={[...options.values()]}
      notFoundContent={fetching ? '查找中…' : notFound}
    />
  );
}

type PickerProps = BaseProps & { chainId?: number; enabled?: boolean; preset?: Named[] };

/** Key projects the user can read, searched by name (on the chosen chain). */
export function ProjectPicker({ chainId, enabled = true, ...props }: PickerProps) {
  const [text, setText] = useState('');
  const { data, isFetching } = useProjectSearch(useDebounced(text), chainId, enabled);
  return <SearchSelect {...props} found={data} fetching={isFetching} onText={setText} notFound="没有找到项目" />;
}

/** Enterprises the user can read, searched by name or credit code (on the chosen chain). */
export function EnterprisePicker({ chainId, enabled = true, ...props }: PickerProps) {
  const [text, setText] = useState('');
  const { data, isFetching } = useEnterpriseSearch(useDebounced(text), chainId, enabled);
  return <SearchSelect {...props} found={data} fetching={isFetching} onText={setText} notFound="没有找到企业" />;
}
