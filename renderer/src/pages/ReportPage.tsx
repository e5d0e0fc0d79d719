import { useState } from 'react';
import { Button, Card, DatePicker, Flex, Form, Radio, Select, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { formatDate } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { Can } from '../components/auth/Can';
import { useExportFile } from '../components/exports/ExportButton';
import { DATE_FORMAT } from '../components/IsoDatePicker';
import { PageHeader } from '../components/PageHeader';
import { PdfButton } from '../components/reportPrint/PdfButton';
import { currentYear, YearShortcuts } from '../components/YearShortcuts';

const xp = messages.exportPages;

/** The report for the mayor's office: a calendar year or a chosen period, on A4 or F4. */
export function ReportPage() {
  const thisYear = currentYear();
  const YEARS = Array.from({ length: 10 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: String(y) }));
  const [mode, setMode] = useState<'year' | 'period'>('year');
  const [year, setYear] = useState(thisYear);
  const [range, setRange] = useState<[string | undefined, string | undefined]>([undefined, undefined]);
  const [paper, setPaper] = useState<'A4' | 'F4'>('A4');
  const { busy, run } = useExportFile();
  const period = mode === 'year' ? { from: `${year}-01-01`, to: `${year}-12-31` } : range[0] && range[1] ? { from: range[0], to: range[1] } : null;

  return (
    <>
      <PageHeader title={xp.title} sub={xp.sub} />
      <Flex gap={16} wrap align="start">
        <Card style={{ width: 520 }}>
          <Form layout="vertical">
            <Form.Item label={xp.modeLabel}>
              <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as 'year' | 'period')}>
                <Radio value="year">{xp.modeYear}</Radio>
                <Radio value="period">{xp.modePeriod}</Radio>
              </Radio.Group>
            </Form.Item>
            {mode === 'year' ? (
              <Form.Item label={xp.year}>
                <Space wrap>
                  <Select aria-label={xp.year} value={year} options={YEARS} onChange={(v: number) => setYear(v)} style={{ width: 100 }} />
                  <YearShortcuts value={year} onChange={setYear} />
                </Space>
              </Form.Item>
            ) : (
              <Form.Item label={`${xp.from} – ${xp.to}`} help={period ? undefined : xp.periodRequired}>
                <DatePicker.RangePicker
                  format={DATE_FORMAT}
                  aria-label={xp.from}
                  placeholder={[xp.from, xp.to]}
                  value={[range[0] ? dayjs(range[0]) : null, range[1] ? dayjs(range[1]) : null]}
                  onChange={(r) => setRange([r?.[0]?.format('YYYY-MM-DD'), r?.[1]?.format('YYYY-MM-DD')])}
                />
              </Form.Item>
            )}
            <Form.Item label={xp.paper}>
              <Radio.Group value={paper} onChange={(e) => setPaper(e.target.value as 'A4' | 'F4')}>
                <Radio value="A4">{xp.paperA4}</Radio>
                <Radio value="F4">{xp.paperF4}</Radio>
              </Radio.Group>
            </Form.Item>
            {period ? (
              <Typography.Paragraph type="secondary" data-testid="report-period">
                {fill(xp.periodShown, { from: formatDate(period.from), to: formatDate(period.to) })}
              </Typography.Paragraph>
            ) : null}
            <Can channel="export:report">
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                loading={busy}
                disabled={!period}
                onClick={() => period && void run(() => call('export:report', { ...period, paper }))}
              >
                {xp.download}
              </Button>
            </Can>
            {period ? <PdfButton input={{ ...period, paper }} /> : null}
          </Form>
        </Card>
        <Card title={xp.contentsTitle} style={{ flex: 1, minWidth: 360 }}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {xp.contents.map((line) => (
              <li key={line}>
                <Typography.Text>{line}</Typography.Text>
              </li>
            ))}
          </ul>
        </Card>
      </Flex>
    </>
  );
}
