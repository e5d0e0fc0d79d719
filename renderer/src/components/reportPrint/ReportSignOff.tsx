import type { OfficeSettings } from '../../../../shared/contract';
import { formatLongDate } from '../../../../shared/format/date';
import { formatNip } from '../../../../shared/format/nip';
import { fill, messages } from '../../../../shared/i18n';

const r = messages.reportPrint;

/** "Balikpapan, 7 Desember 2026", the position, room for the signature, the name (bold, underlined), rank and NIP. */
export function ReportSignOff({ office, today }: { office: OfficeSettings; today: string }) {
  return (
    <section className="rp-signoff" data-testid="report-signoff">
      <div>{fill(r.signedAt, { city: office.city, date: formatLongDate(today) })}</div>
      <div>{office.signatoryPosition}</div>
      <div className="rp-sign-space" />
      <div className="rp-sign-name">{office.signatoryName ?? r.blankName}</div>
      {office.signatoryRank ? <div>{office.signatoryRank}</div> : null}
      <div>{office.signatoryNip ? fill(r.nipLine, { nip: formatNip(office.signatoryNip) }) : r.blankNip}</div>
    </section>
  );
}
