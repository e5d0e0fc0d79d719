import { Card, Typography } from 'antd';
import type { Emblem } from '../../../../shared/contract';
import { formatLongDate, todayIso } from '../../../../shared/format/date';
import { formatNip } from '../../../../shared/format/nip';
import { fill, messages } from '../../../../shared/i18n';
import { EMBLEM_PRINT_WIDTH } from './EmblemField';
import { emblemSrc } from './readEmblem';
import { ScaledPaper } from './ScaledPaper';

const p = messages.office.page;

/** What the preview prints: the stored settings or the form's values as typed. */
export interface OfficePrintable {
  government: string;
  officeName: string;
  addressLines: readonly string[];
  phone?: string;
  email?: string;
  website?: string;
  city: string;
  emblem?: Emblem | null;
  signatoryPosition: string;
  signatoryName?: string;
  signatoryRank?: string;
  signatoryNip?: string;
}

const blank = { color: '#bfbfbf' } as const;

/** The kop and the sign-off as a report prints them, dated today ("Balikpapan, 7 Desember 2026"). */
export function OfficePreview({ office }: { office: OfficePrintable }) {
  const contact = [
    office.phone?.trim() && fill(p.contactPhone, { v: office.phone.trim() }),
    office.email?.trim() && fill(p.contactEmail, { v: office.email.trim() }),
    office.website?.trim() && fill(p.contactWebsite, { v: office.website.trim() }),
  ].filter(Boolean);
  const nip = office.signatoryNip?.trim() ? formatNip(office.signatoryNip) : '';
  return (
    <Card title={p.preview} size="small">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {p.previewNote}
      </Typography.Paragraph>
      <ScaledPaper testId="office-preview">
        <div style={{ background: '#fff', border: '1px solid #e8e8e8', padding: '0.5cm', fontFamily: '"Times New Roman", Times, serif', color: '#000' }}>
          <div data-testid="preview-kop" style={{ display: 'flex', alignItems: 'center', gap: 12, borderBottom: '3px double #000', paddingBottom: 8 }}>
            <div style={{ width: EMBLEM_PRINT_WIDTH, flex: 'none' }}>
              {office.emblem ? <img src={emblemSrc(office.emblem)} alt={p.emblemAlt} style={{ width: EMBLEM_PRINT_WIDTH, height: 'auto', display: 'block' }} /> : null}
            </div>
            <div style={{ flex: 1, textAlign: 'center', lineHeight: 1.3 }}>
              <div style={{ fontWeight: 700, fontSize: '13pt' }}>{office.government}</div>
              <div style={{ fontWeight: 700, fontSize: '14pt' }}>{office.officeName}</div>
              {office.addressLines
                .filter((l) => l.trim())
                .map((l, i) => (
                  <div key={i} style={{ fontSize: '10pt' }}>
                    {l}
                  </div>
                ))}
              {contact.length ? <div style={{ fontSize: '10pt' }}>{contact.join(' · ')}</div> : null}
            </div>
            {/* Balances the emblem so the text stays centred on the page. */}
            <div style={{ width: EMBLEM_PRINT_WIDTH, flex: 'none' }} />
          </div>
          <div data-testid="preview-signoff" style={{ marginTop: '0.8cm', marginLeft: 'auto', width: '8cm', fontSize: '11pt', lineHeight: 1.35 }}>
            <div>{fill(p.signedAt, { city: office.city, date: formatLongDate(todayIso()) })}</div>
            <div>{office.signatoryPosition}</div>
            <div style={{ height: '2cm' }} />
            <div style={{ fontWeight: 700, textDecoration: office.signatoryName?.trim() ? 'underline' : undefined, ...(office.signatoryName?.trim() ? {} : blank) }}>
              {office.signatoryName?.trim() || p.blankName}
            </div>
            {office.signatoryRank?.trim() ? <div>{office.signatoryRank}</div> : null}
            <div style={nip ? undefined : blank}>{nip ? fill(p.nipLine, { nip }) : p.nipBlank}</div>
          </div>
        </div>
      </ScaledPaper>
    </Card>
  );
}
