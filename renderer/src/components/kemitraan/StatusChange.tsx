import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, FlagOutlined } from '@ant-design/icons';
import type { Kemitraan } from '../../../../shared/contract';
import { STATUS_TRANSITIONS, type KemitraanStatus } from '../../../../shared/domain/partnership';
import { asksOutcome, outcomesFor, type KemitraanOutcome } from '../../../../shared/domain/monev';
import { formatDate, todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { ApiError, errorMessage } from '../../api/client';
import { useWrite } from '../../api/queries';
import { IsoDatePicker } from '../IsoDatePicker';
import { useCan } from '../../hooks/useCan';

const ap = messages.agreementPages;
const ICONS: Partial<Record<KemitraanStatus, React.ReactNode>> = { aktif: <CheckCircleOutlined />, selesai: <FlagOutlined />, dibatalkan: <CloseCircleOutlined /> };
type Next = Exclude<KemitraanStatus, 'diusulkan'>;
/** Fields the modal shows its errors at; others show above its buttons. */
const OWN_FIELDS = ['signedAt', 'finishedAt', 'reason', 'outcome', 'outcomeNotes'];

/** Only the moves the agreement may make, as buttons; each asks first, activation asks for the signing date. */
export function StatusActions({ k }: { k: Kemitraan }) {
  const [target, setTarget] = useState<Next | null>(null);
  const can = useCan('kemitraan:setStatus');
  const next = STATUS_TRANSITIONS[k.status] as readonly Next[];
  if (!can) return null;
  if (next.length === 0) return <Typography.Text type="secondary">{fill(ap.finalStatus, { status: messages.kemitraanEnums.status[k.status] })}</Typography.Text>;
  return (
    <>
      <Space wrap data-testid="status-actions">
        {next.map((s) => (
          <Button key={s} type={s === 'aktif' ? 'primary' : 'default'} danger={s === 'dibatalkan'} icon={ICONS[s]} onClick={() => setTarget(s)}>
            {ap.statusActions[s]}
          </Button>
        ))}
      </Space>
      {target ? <StatusModal k={k} target={target} onClose={() => setTarget(null)} /> : null}
    </>
  );
}

function StatusModal({ k, target, onClose }: { k: Kemitraan; target: Next; onClose: () => void }) {
  const { message } = App.useApp();
  const [signedAt, setSignedAt] = useState<string>(k.signedAt ?? todayIso());
  const [finishedAt, setFinishedAt] = useState<string>(todayIso());
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<KemitraanOutcome>();
  const [outcomeNotes, setOutcomeNotes] = useState('');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const change = useWrite('kemitraan:setStatus');
  // Closing an active agreement asks what became of it (domain/monev.ts): the dialog does not close without it.
  const asking = asksOutcome(k.status, target);
  const ok = () => {
    if (asking && !outcome) {
      setError({ message: messages.monevValidation.outcomeRequired, fields: { outcome: messages.monevValidation.outcomeRequired } });
      return Promise.resolve();
    }
    return change
      .mutateAsync({
        id: k.id,
        status: target,
        signedAt: target === 'aktif' ? signedAt : undefined,
        finishedAt: target === 'selesai' ? finishedAt : undefined,
        reason: reason.trim() || undefined,
        outcome: asking ? outcome : undefined,
        outcomeNotes: asking ? outcomeNotes.trim() || undefined : undefined,
      })
      .then(
        (r) => {
          void message.success(fill(ap.statusChanged, { status: messages.kemitraanEnums.status[r.status] }));
          onClose();
        },
        (err: unknown) => setError({ message: errorMessage(err), fields: err instanceof ApiError ? (err.data.fields ?? {}) : {} }),
      );
  };
  const fieldError = (name: string) => error?.fields[name];
  return (
    <Modal
      open
      title={ap.statusTitles[target]}
      okText={ap.statusActions[target]}
      okButtonProps={{ danger: target === 'dibatalkan', loading: change.isPending }}
      cancelText={messages.pc.cancel}
      onOk={ok}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{fill(ap.statusTexts[target], { number: k.number })}</Typography.Paragraph>
      {error && Object.keys(error.fields).length === 0 ? <Alert type="error" showIcon title={error.message} role="alert" style={{ marginBottom: 12 }} /> : null}
      <Form layout="vertical" component="div">
        {target === 'aktif' ? (
          <Form.Item
            label={messages.kemitraanFields.signedAt}
            required
            htmlFor="field-signedAt"
            data-field="signedAt"
            validateStatus={fieldError('signedAt') ? 'error' : undefined}
            help={fieldError('signedAt')}
          >
            <IsoDatePicker id="field-signedAt" value={signedAt} onChange={(v) => setSignedAt(String(v))} status={fieldError('signedAt') ? 'error' : undefined} />
          </Form.Item>
        ) : null}
        {target === 'selesai' ? (
          <Form.Item
            label={messages.kemitraanFields.finishedAt}
            required
            htmlFor="field-finishedAt"
            data-field="finishedAt"
            extra={fill(ap.finishedAtHint, { start: formatDate(k.startDate) })}
            validateStatus={fieldError('finishedAt') ? 'error' : undefined}
            help={fieldError('finishedAt')}
          >
            <IsoDatePicker id="field-finishedAt" value={finishedAt} onChange={(v) => setFinishedAt(String(v))} pastOnly status={fieldError('finishedAt') ? 'error' : undefined} />
          </Form.Item>
        ) : null}
        {asking ? (
          <Form.Item
            label={messages.monevPages.outcomeAsk}
            required
            data-field="outcome"
            validateStatus={fieldError('outcome') ? 'error' : undefined}
            help={fieldError('outcome')}
          >
            <Radio.Group
              aria-label={messages.monevFields.outcome}
              value={outcome}
              onChange={(ev) => {
                setOutcome(ev.target.value as KemitraanOutcome);
                // The choice answers the question: its refusal goes.
                setError((was) => (was?.fields.outcome ? null : was));
              }}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              options={outcomesFor(target).map((o) => ({
                value: o,
                label: (
                  <span>
                    {messages.monevEnums.outcome[o]} <Typography.Text type="secondary">— {messages.monevEnums.outcomeHelp[o]}</Typography.Text>
                  </span>
                ),
              }))}
            />
          </Form.Item>
        ) : null}
        {asking ? (
          <Form.Item label={messages.monevFields.outcomeNotes} htmlFor="field-outcomeNotes" data-field="outcomeNotes" validateStatus={fieldError('outcomeNotes') ? 'error' : undefined} help={fieldError('outcomeNotes')}>
            <Input.TextArea id="field-outcomeNotes" rows={2} value={outcomeNotes} onChange={(ev) => setOutcomeNotes(ev.target.value)} />
          </Form.Item>
        ) : null}
        {target !== 'aktif' ? (
          <Form.Item label={ap.reason} htmlFor="field-reason" data-field="reason" validateStatus={fieldError('reason') ? 'error' : undefined} help={fieldError('reason')}>
            <Input.TextArea id="field-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
        ) : null}
        {error && Object.keys(error.fields).some((f) => !OWN_FIELDS.includes(f)) ? (
          <Alert type="error" showIcon title={Object.entries(error.fields).filter(([f]) => !OWN_FIELDS.includes(f)).map(([, m]) => m).join(' ')} />
        ) : null}
      </Form>
    </Modal>
  );
}
