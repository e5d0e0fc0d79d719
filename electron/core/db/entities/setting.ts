import { col, defineEntity, type Row } from './define';

export const SettingEntity = defineEntity('Setting', 'setting', {
  key: col.text({ primary: true }),
  value: col.longText(),
});
export type SettingRow = Row<typeof SettingEntity>;
