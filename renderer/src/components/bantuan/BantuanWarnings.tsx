import { Alert, Checkbox, Typography } from 'antd';
import type { BantuanCheck } from '../../../../shared/contract';
import type { BantuanKind } from '../../../../shared/domain/bantuan';
import type { FundSource } from '../../../../shared/domain/funding';
import { formatDate } from '../../../../shared/format/date';
import { formatRupiah } from '../../../../shared/format/rupiah';
import { fill, messages } from '../../../../shared/i18n';

const w = messages.bantuanWarning;
const bp = messages.bantuanPages;

/**
 * What the clerk must see before saving: each warning in words, the earlier assistances it
 * repeats, the admin's period, and the box that confirms them (sent with the save, stored with it).
 */
export function BantuanWarnings({
  check,
  kind,
  source,
  confirmed,
  onConfirm,
  error,
}: {
  check: BantuanCheck;
  kind: BantuanKind;
  source: FundSource;
  confirmed: boolean;
  onConfirm: (v: boolean) => void;
  error?: string;
}) {
  const lines = check.warnings.map((code) =>
    code === 'repeat' ? fill(w.repeat, { kind: messages.bantuanKind[kind].toLowerCase(), source: messages.fundSource[source], months: check.repeatMonths }) : w[code],
  );
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="bantuan-warnings"
      title={bp.warningsTitle}
      description={
        <>
          <ul style={{ margin: '4px 0 8px', paddingLeft: 20 }}>
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          {check.repeats.length ? (
            <ul style={{ margin: '0 0 8px', paddingLeft: 20 }} data-testid="bantuan-repeats">
              {check.repeats.map((r) => (
                <li key={r.id}>
                  <Typography.Text type="secondary">
                    {fill(w.repeatItem, {
                      item: r.item,
                      date: r.handedAt ? formatDate(r.handedAt) : String(r.year),
                      value: r.value !== null ? ` · ${formatRupiah(r.value)}` : '',
                      number: r.handoverNumber ? ` · ${r.handoverNumber}` : '',
                    })}
                  </Typography.Text>
                </li>
              ))}
            </ul>
          ) : null}
          {check.warnings.includes('repeat') ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
              {fill(bp.warningsPeriod, { months: check.repeatMonths })}
            </Typography.Paragraph>
          ) : null}
          <Checkbox checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} data-testid="bantuan-confirm">
            {bp.warningsConfirm}
          </Checkbox>
          {error ? (
            <Typography.Text type="danger" style={{ display: 'block', marginTop: 4 }} role="alert">
              {error}
            </Typography.Text>
          ) : null}
        </>
      }
    />
  );
}
