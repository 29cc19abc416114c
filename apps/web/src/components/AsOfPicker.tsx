import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { isDay } from '../lib/asOf';

/** The day the figures are asked for in the address bar (?asOf=2024-09-30); undefined = the server's default. */
export function useAsOfParam(): string | undefined {
  const [params] = useSearchParams();
  const asOf = params.get('asOf');
  return isDay(asOf) ? asOf : undefined;
}

/** The days a plan year's figures can be read on: inside the year, and not after today. */
function bounds(year: number): { first: Dayjs; last: Dayjs } {
  const first = dayjs(`${year}-01-01`);
  const end = dayjs(`${year}-12-31`);
  const today = dayjs().startOf('day');
  return { first, last: end.isAfter(today) ? today : end };
}

/**
 * 统计日期: the day the page's figures hold on, kept in the address bar as `asOf`; cleared, the
 * server's default (today inside the year, its last day once it is over).
 */
export function AsOfPicker({ year }: { year: number }) {
  const [, setParams] = useSearchParams();
  const asOf = useAsOfParam();
  const { first, last } = bounds(year);
  const onChange = (day: Dayjs | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (day) next.set('asOf', day.format('YYYY-MM-DD'));
        else next.delete('asOf');
        return next;
      },
      { replace: true },
    );
  return (
    <DatePicker
      aria-label="统计日期"
      prefix="统计日期"
      placeholder="默认"
      allowClear
      value={asOf ? dayjs(asOf) : null}
      onChange={onChange}
      minDate={first}
      maxDate={last}
      defaultPickerValue={last}
      disabledDate={(d) => d.isBefore(first, 'day') || d.isAfter(last, 'day')}
      style={{ width: 200 }}
    />
  );
}
