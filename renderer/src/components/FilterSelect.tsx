import { Select } from 'antd';

/** One filter of a list: clearable, named by its placeholder for screen readers; typing searches its options unless `search` is off. */
export function FilterSelect({
  placeholder,
  width,
  options,
  value,
  onChange,
  search = true,
}: {
  placeholder: string;
  width: number;
  options: Array<{ value: string; label: string }>;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  search?: boolean;
}) {
  return (
    <Select
      allowClear
      showSearch={search ? { optionFilterProp: 'label' } : undefined}
      aria-label={placeholder}
      placeholder={placeholder}
      style={{ width }}
      options={options}
      value={value}
      onChange={(v: string | undefined) => onChange(v)}
    />
  );
}
