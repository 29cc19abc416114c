import { Select } from 'antd';

/** The chain or city a cockpit shows; loaded with the view switch, not with the first screen. */
export default function ViewSelect({
  value,
  options,
  onChange,
  label,
}: {
  value: number | undefined;
  options: { value: number; label: string }[];
  onChange: (id: number) => void;
  label: string;
}) {
  return (
    <Select
      style={{ minWidth: 160 }}
      value={value}
      onChange={onChange}
      options={options}
      aria-label={label}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
