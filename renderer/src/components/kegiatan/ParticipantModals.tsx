import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import type { Participant, WalkInInput } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { ApiError, errorMessage } from '../../api/client';
import { useWrite } from '../../api/queries';
import { UmkmSearchSelect } from '../UmkmSearchSelect';

const kd = messages.kegiatanDetail;
const pf = messages.pesertaFields;
const FIELDS = ['nik', 'name', 'phone', 'businessName', 'certificateNumber'] as const;

/** A walk-in person: NIK optional (checked when given), name, phone, business, certificate number. */
export function WalkInModal({ kegiatanId, onClose }: { kegiatanId: number; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<WalkInInput>();
  const add = useWrite('kegiatan:addParticipants');
  const [rootError, setRootError] = useState<string | null>(null);
  const submit = async () => {
    const values = await form.validateFields();
    setRootError(null);
    add.mutate(
      { id: kegiatanId, walkIns: [values] },
      {
        onSuccess: () => {
          void message.success(kd.walkInSaved);
          onClose();
        },
        onError: (err) => {
          // The refusal at its field: walkIns.0.nik → nik; a whole-row refusal above the fields.
          const fields = err instanceof ApiError ? (err.data.fields ?? {}) : {};
          const at = Object.entries(fields).map(([key, msg]) => ({ name: key.split('.').at(-1) as (typeof FIELDS)[number], errors: [msg] }));
          const known = at.filter((f) => (FIELDS as readonly string[]).includes(f.name));
          form.setFields(known);
          if (known.length < at.length || at.length === 0) setRootError(errorMessage(err));
        },
      },
    );
  };
  return (
    <Modal open title={kd.walkInTitle} okText={messages.pc.save} cancelText={messages.pc.cancel} confirmLoading={add.isPending} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {rootError ? <div style={{ color: '#cf1322', marginBottom: 12 }}>{rootError}</div> : null}
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item name="name" label={pf.name} rules={[{ required: true, message: messages.validation.required }]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="nik" label={pf.nik}>
          <Input inputMode="numeric" maxLength={20} />
        </Form.Item>
        <Form.Item name="phone" label={pf.phone}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="businessName" label={pf.businessName}>
          <Input />
        </Form.Item>
        <Form.Item name="certificateNumber" label={pf.certificateNumber}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Matches a walk-in to the UMKM of the registry it turned out to be. */
export function MatchModal({ kegiatanId, participant: p, onClose }: { kegiatanId: number; participant: Participant; onClose: () => void }) {
  const { message } = App.useApp();
  const [umkmId, setUmkmId] = useState<number | undefined>();
  const [error, setError] = useState<string | null>(null);
  const save = useWrite('kegiatan:updateParticipant');
  const submit = () => {
    if (umkmId === undefined) return;
    save.mutate(
      { id: kegiatanId, pesertaId: p.pesertaId!, changes: { umkmId } },
      {
        onSuccess: () => {
          void message.success(kd.matched);
          onClose();
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };
  return (
    <Modal open title={fill(kd.matchTitle, { name: p.name })} okText={kd.match} cancelText={messages.pc.cancel} okButtonProps={{ disabled: umkmId === undefined }} confirmLoading={save.isPending} onOk={submit} onCancel={onClose}>
      {error ? <div style={{ color: '#cf1322', marginBottom: 12 }}>{error}</div> : null}
      <UmkmSearchSelect placeholder={kd.addUmkmHint} value={umkmId} onChange={setUmkmId} />
    </Modal>
  );
}
