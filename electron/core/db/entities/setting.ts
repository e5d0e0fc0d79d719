import { EntitySchema } from 'typeorm';

export interface SettingRow {
  key: string;
  value: string;
}

export const SettingEntity = new EntitySchema<SettingRow>({
  name: 'Setting',
  tableName: 'setting',
  columns: {
    key: { type: 'varchar', primary: true },
    value: { type: 'text' },
  },
});
