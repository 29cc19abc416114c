import { AutoComplete, Input } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { ENTITY_TYPE_LABELS } from '../labels';

const OPTIONS = Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => ({ value, label: `${label}（${value}）` }));

/** 对象类型: pick a known type or type any stored one; applies on pick or Enter. */
export function EntityTypeInput({
  value,
  onChange,
  style,
}: {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  style?: CSSProperties;
}) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <AutoComplete options={OPTIONS} value={text} onChange={setText} onSelect={(v: string) => onChange(v)} style={style}>
      <Input.Search aria-label="对象类型" placeholder="对象类型" allowClear onSearch={(v) => onChange(v.trim() || undefined)} />
    </AutoComplete>
  );
}
