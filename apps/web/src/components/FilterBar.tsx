import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Flex, Select, type SelectProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { useIsMobile } from '../lib/useIsMobile';

/**
 * The filter bar above a list: the filters people use most, the rest behind 展开.
 * Each filter sets its own width; on phones they wrap to full width (see filterWidth).
 */
export function FilterBar({ children, more, onReset }: { children: ReactNode; more?: ReactNode; onReset?: () => void }) {
  const [expanded, setExpanded] = useState(false);
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }} role="search">
      {children}
      {expanded && more}
      {onReset && <Button onClick={onReset}>重置</Button>}
      {more && (
        <Button
          type="link"
          onClick={() => setExpanded(!expanded)}
          icon={expanded ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
          iconPlacement="end"
        >
          {expanded ? '收起' : '展开'}
        </Button>
      )}
    </Flex>
  );
}

/** Width of one filter control: its own width on desktop, the whole row on a phone. */
export function filterWidth(isMobile: boolean, width: number): { width: number | string } {
  return { width: isMobile ? '100%' : width };
}

/** One choice among a list's filters: its label is also the placeholder; cleared, it filters nothing. */
export function FilterSelect({
  label,
  options,
  value,
  onChange,
  width,
}: {
  label: string;
  options: SelectProps<string>['options'];
  value: string | undefined;
  onChange: (value?: string) => void;
  width: number;
}) {
  const isMobile = useIsMobile();
  return (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      options={options}
      value={value}
      onChange={(v?: string) => onChange(v)}
      style={filterWidth(isMobile, width)}
    />
  );
}
