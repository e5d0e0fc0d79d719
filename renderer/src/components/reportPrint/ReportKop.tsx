import type { OfficeSettings } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';

const r = messages.reportPrint;

/** The letterhead: the emblem, the government and the office, its address and contacts, the double rule. */
export function ReportKop({ office }: { office: OfficeSettings }) {
  const contacts = [office.phone ? fill(r.contact, { phone: office.phone }) : null, office.email ? fill(r.emailLine, { email: office.email }) : null, office.website ? fill(r.websiteLine, { website: office.website }) : null].filter(Boolean);
  return (
    <header data-testid="report-kop">
      <div className="rp-kop">
        <div>{office.emblem ? <img src={`data:${office.emblem.mime};base64,${office.emblem.base64}`} alt={r.emblemAlt} data-testid="report-emblem" /> : null}</div>
        <div className="rp-kop-lines">
          <div className="rp-kop-gov">{office.government}</div>
          <div className="rp-kop-office">{office.officeName}</div>
          {office.addressLines.map((line) => (
            <div className="rp-kop-addr" key={line}>
              {line}
            </div>
          ))}
          {contacts.length ? <div className="rp-kop-addr">{contacts.join(' · ')}</div> : null}
        </div>
        <div />
      </div>
      <div className="rp-kop-rule" />
    </header>
  );
}
