import type { UmkmClass } from '../../../../shared/domain/classification';
import type { MatchReason } from '../../../../shared/domain/matchmaking';
import { fill, messages } from '../../../../shared/i18n';

const lower = (s: string) => s.toLocaleLowerCase('id-ID');
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('id-ID') + s.slice(1);

/** One reason for a suggestion, in Indonesian: "Sektor kuliner diminati mitra". */
export function matchReasonText(r: MatchReason, umkmClass: UmkmClass): string {
  const m = messages.matchReason;
  const cls = (c: UmkmClass) => lower(messages.enums.class[c]);
  switch (r.kind) {
    case 'sector':
      return capitalise(fill(m.sector, { sector: lower(messages.enums.sector[r.sector]) }));
    case 'support':
      return capitalise(fill(m.support, { support: messages.kemitraanEnums.support[r.support], class: cls(umkmClass) }));
    case 'class':
      return capitalise(fill(m.class, { class: cls(r.class) }));
    case 'kecamatan':
      return capitalise(m.kecamatan);
  }
}
