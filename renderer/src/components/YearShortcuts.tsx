import { Segmented } from 'antd';
import { todayIso } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';

const y = messages.yearShortcuts;

/** The year on the clerk's clock (the app's "today"). */
export const currentYear = () => Number(todayIso().slice(0, 4));

/** A whole calendar year as a period. */
export const yearPeriod = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The year a period covers exactly (1 January to 31 December), else undefined. */
export function wholeYearOf(from: string, to: string): number | undefined {
  return from.slice(0, 4) === to.slice(0, 4) && from.slice(5) === '01-01' && to.slice(5) === '12-31' ? Number(from.slice(0, 4)) : undefined;
}

/**
 * One click to a whole year: this year, last year, the year before. The one shown is marked;
 * none is when the period is not a whole year.
 */
export function YearShortcuts({ value, onChange }: { value: number | undefined; onChange: (year: number) => void }) {
  const now = currentYear();
  const options = [
    { value: now, label: fill(y.thisYear, { year: now }) },
    { value: now - 1, label: fill(y.lastYear, { year: now - 1 }) },
    { value: now - 2, label: fill(y.yearsBack, { year: now - 2 }) },
  ];
  return (
    <div role="group" aria-label={y.label} data-testid="year-shortcuts">
      <Segmented<number | ''> options={options} value={value !== undefined && value >= now - 2 && value <= now ? value : ''} onChange={(v) => v !== '' && onChange(v)} />
    </div>
  );
}
