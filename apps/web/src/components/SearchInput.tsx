import { Input } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';

type Props = {
  label: string;
  value: string | undefined;
  onSearch: (value: string | undefined) => void;
  style?: CSSProperties;
};

/** A keyword box that applies on Enter or the search button, and follows outside resets. */
export function SearchInput({ label, value, onSearch, style }: Props) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Input.Search
      aria-label={label}
      placeholder={label}
      allowClear
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(next) => onSearch(next.trim() || undefined)}
      style={style}
    />
  );
}
