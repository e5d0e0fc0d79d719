import { Radio, Tag } from 'antd';
import { fill, messages } from '../../../../shared/i18n';

const a = messages.kemitraanEnums.attendance;

/** Hadir / tidak hadir for one UMKM or partner; neither is chosen until the clerk marks it. */
export function AttendanceMark({ name, value, onChange }: { name: string; value: boolean | null; onChange: (hadir: boolean) => void }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Radio.Group
        size="small"
        optionType="button"
        buttonStyle="solid"
        aria-label={fill(messages.attendance.markLabel, { name })}
        value={value === null ? undefined : value ? 'hadir' : 'tidak_hadir'}
        onChange={(e) => onChange(e.target.value === 'hadir')}
        options={[
          { value: 'hadir', label: a.hadir },
          { value: 'tidak_hadir', label: a.tidak_hadir },
        ]}
      />
      {value === null ? (
        <Tag style={{ marginLeft: 8 }} data-testid="not-marked">
          {a.belum}
        </Tag>
      ) : null}
    </span>
  );
}
