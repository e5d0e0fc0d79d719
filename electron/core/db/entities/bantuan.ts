import type { BantuanKind, BantuanWarningCode } from '../../../../shared/domain/bantuan';
import type { FundSource } from '../../../../shared/domain/funding';
import { col, defineEntity, timestamps, versioned, type Row } from './define';

/** Assistance handed to a UMKM (migration Bantuan1765584000002). */
export const BantuanEntity = defineEntity('Bantuan', 'bantuan', {
  id: col.id(),
  umkmId: col.int({ name: 'umkm_id' }),
  kind: col.text<BantuanKind>(),
  item: col.text(),
  value: col.nullable(col.money()),
  fundSource: col.text<FundSource>({ name: 'fund_source' }),
  programme: col.nullable(col.text()),
  year: col.int(),
  handedAt: col.nullable(col.date({ name: 'handed_at' })),
  handoverNumber: col.nullable(col.text({ name: 'handover_number' })),
  notes: col.nullable(col.longText()),
  confirmedWarnings: col.json<BantuanWarningCode[]>({ name: 'confirmed_warnings', default: '[]' }),
  ...timestamps,
  ...versioned,
});
export type BantuanRow = Row<typeof BantuanEntity>;
