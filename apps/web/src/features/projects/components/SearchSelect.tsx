import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { useEnterpriseSearch, useProjectSearch } from '../hooks';

type Named = { id: number; name: string };
type Option = { value: number; label: string };

/** Typing settles for a moment before the server is asked. */
function useDebounced(value: string, ms = 300): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Found options plus the already picked ones (so their names show before any search). */
function merge(found: Named[] | undefined, picked: Named[]): Option[] {
  const out = new Map<number, Option>();
  for (const p of picked) out.set(p.id, { value: p.id, label: p.name });
  for (const f of found ?? []) out.set(f.id, { value: f.id, label: f.name });
  return [...out.values()];
}

type PickerProps<V> = Omit<SelectProps<V>, 'options' | 'showSearch' | 'loading' | 'filterOption'> & {
  /** Records already picked, by id and name, shown before any search. */
  picked?: Named[];
};

/** Enterprises from the register, searched by name or credit code (GET /api/enterprises?q=). */
export function EnterpriseSelect<V extends number | number[]>({ picked = [], ...props }: PickerProps<V>) {
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const { data, isFetching } = useEnterpriseSearch(q);
  return (
    <Select<V>
      {...props}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={isFetching}
      options={merge(data, picked)}
      notFoundContent={isFetching ? '查找中…' : '没有找到，请换个名称或统一社会信用代码'}
    />
  );
}

/** Key projects the user can see, searched by name; optionally on one chain. */
export function ProjectSelect<V extends number | number[]>({ picked = [], chainId, ...props }: PickerProps<V> & { chainId?: number }) {
  const [text, setText] = useState('');
  const q = useDebounced(text);
  const { data, isFetching } = useProjectSearch(q, chainId);
  return (
    <Select<V>
      {...props}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={isFetching}
      options={merge(data, picked)}
      notFoundContent={isFetching ? '查找中…' : '没有找到项目'}
    />
  );
}
