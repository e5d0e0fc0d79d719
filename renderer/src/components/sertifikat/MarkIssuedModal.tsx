import { useMemo, useState } from 'react';
import { Alert, App, Col, Form, Input, Modal, Row, Table, Tag, Typography } from 'antd';
import type { Sertifikat } from '../../../../shared/contract';
import { pairNumbers } from '../../../../shared/domain/sertifikatPairing';
import { todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { errorMessage } from '../../api/client';
import { useWrite } from '../../api/queries';
import { IsoDatePicker } from '../IsoDatePicker';
import { kindLabel } from './SertifikatTable';

const sp = messages.sertifikatPages;
const f = messages.sertifikatFields;

interface PairRow {
  key: number;
  s: Sertifikat;
  number: string | null;
}

/**
 * Marks the selected applications issued with numbers pasted from a spreadsheet. The pairing of
 * each number with its UMKM is shown line by line before anything is saved, and only the pairs on
 * screen are sent; a line that pairs with nothing (or with two) blocks the save.
 */
export function MarkIssuedModal({ rows, onClose }: { rows: Sertifikat[]; onClose: (done: boolean) => void }) {
  const { message } = App.useApp();
  const [issuedAt, setIssuedAt] = useState<string>(todayIso());
  const [validUntil, setValidUntil] = useState<string>('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const mark = useWrite('sertifikat:markIssued');
  const pairing = useMemo(() => pairNumbers(text, rows), [text, rows]);
  const numberOf = new Map(pairing.pairs.map((p) => [p.id, p.number]));
  const table: PairRow[] = rows.map((s) => ({ key: s.id, s, number: numberOf.get(s.id) ?? null }));
  const blocked = pairing.problems.length > 0 || pairing.pairs.length === 0 || !issuedAt;

  return (
    <Modal
      open
      width={860}
      title={sp.markIssued}
      okText={fill(sp.saveIssued, { n: pairing.pairs.length })}
      cancelText={sp.cancel}
      okButtonProps={{ disabled: blocked, loading: mark.isPending, 'data-testid': 'mark-issued-save' } as never}
      onCancel={() => onClose(false)}
      onOk={async () => {
        try {
          const r = await mark.mutateAsync({ issuedAt, validUntil, pairs: pairing.pairs.map((p) => ({ id: p.id, number: p.number })) });
          void message.success(fill(sp.issuedDone, { n: r.updated }));
          onClose(true);
        } catch (err) {
          setError(errorMessage(err));
        }
      }}
      destroyOnHidden
      maskClosable={false}
    >
      <Form layout="vertical">
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item label={sp.issuedAt} htmlFor="mark-issued-day" required>
              <IsoDatePicker id="mark-issued-day" value={issuedAt} onChange={(v) => setIssuedAt(String(v))} pastOnly />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item label={sp.validUntil} htmlFor="mark-issued-valid">
              <IsoDatePicker id="mark-issued-valid" value={validUntil} onChange={(v) => setValidUntil(String(v))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={sp.pasteLabel} htmlFor="mark-issued-paste" extra={fill(sp.pasteHelp, { n: rows.length })}>
          <Input.TextArea id="mark-issued-paste" rows={4} value={text} onChange={(e) => setText(e.target.value)} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Form>
      {pairing.problems.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={fill(sp.pairProblems, { n: pairing.problems.length })}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="pair-problems">
              {pairing.problems.map((p, i) => (
                <li key={i}>{p.line ? `${p.line}: ${p.message}` : p.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Typography.Title level={5}>{sp.pairing}</Typography.Title>
      <Table<PairRow>
        size="small"
        data-testid="pairing"
        pagination={false}
        scroll={{ y: 260 }}
        dataSource={table}
        columns={[
          { title: f.nik, key: 'nik', width: 170, render: (_, r) => r.s.nik },
          { title: f.businessName, key: 'name', render: (_, r) => r.s.businessName },
          { title: f.kind, key: 'kind', width: 150, render: (_, r) => kindLabel(r.s) },
          {
            title: f.number,
            key: 'number',
            width: 220,
            render: (_, r) => (r.number ? <Tag color="green">{r.number}</Tag> : <Typography.Text type="secondary">{sp.pairMissing}</Typography.Text>),
          },
        ]}
      />
      {error ? <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} /> : null}
    </Modal>
  );
}
