import { useState } from 'react';
import { App, AutoComplete, Button, Col, Form, Modal, Popconfirm, Row, Typography } from 'antd';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { SertifikatInput, type Sertifikat } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import { useRead, useWrite } from '../../api/queries';
import { DateField } from '../../forms/DateField';
import { FormField } from '../../forms/FormField';
import { FormFrame } from '../../forms/FormFrame';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { askAfterConflict, editConflictOf } from '../../forms/conflictDialog';
import { showServerErrors } from '../../forms/showServerErrors';
import type { FormHandle } from '../../forms/useContractForm';
import { UmkmSearchSelect } from '../UmkmSearchSelect';
import { Attachments } from '../lampiran/Attachments';
import { kindOptions, routeOptions, statusOptions } from './sertifikatOptions';

const f = messages.sertifikatFields;
const sp = messages.sertifikatPages;

type Values = Record<string, unknown>;
const FIELDS = ['umkmId', 'kind', 'kindOther', 'status', 'submittedAt', 'issuedAt', 'validUntil', 'number', 'issuer', 'route', 'programme', 'programmeYear', 'companion', 'refusalReason', 'notes'] as const;

function defaultsOf(record: Sertifikat | undefined, umkmId: number | undefined): Values {
  if (!record) return { ...Object.fromEntries(FIELDS.map((k) => [k, ''])), umkmId, kind: undefined, status: 'rencana', programmeYear: '' };
  return Object.fromEntries(FIELDS.map((k) => [k, record[k] ?? '']));
}

export interface SertifikatFormTarget {
  record?: Sertifikat;
  /** The UMKM a new certificate is for when opened from its page. */
  umkm?: { id: number; name: string };
}

/** A free-text field that suggests the names used before (companions, programmes). */
function SuggestField({ name, label, control, options }: { name: string; label: string; control: ReturnType<typeof useForm<Values>>['control']; options: string[] }) {
  return (
    <FormField<Values>
      name={name}
      label={label}
      control={control}
      render={(p) => (
        <AutoComplete
          id={p.id}
          status={p.status}
          value={(p.value as string) ?? ''}
          options={options.map((o) => ({ value: o }))}
          onChange={(v: string) => p.onChange(v)}
          onBlur={p.onBlur}
          filterOption={(input, o) => String(o?.value ?? '').toLowerCase().includes(input.toLowerCase())}
        />
      )}
    />
  );
}

/** Records or edits one licence or certificate; the fields a status needs appear with it. */
export function SertifikatFormModal({ target, onClose }: { target: SertifikatFormTarget; onClose: () => void }) {
  const { record, umkm } = target;
  const { message, modal } = App.useApp();
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(SertifikatInput) as unknown as Resolver<Values, unknown, Values>,
    defaultValues: defaultsOf(record, umkm?.id),
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });
  const [version, setVersion] = useState(record?.version);
  const [conflict, setConflict] = useState<string>();
  const create = useWrite('sertifikat:create');
  const update = useWrite('sertifikat:update');
  const remove = useWrite('sertifikat:delete');
  const used = useRead('sertifikat:options', {});
  const [kind, status] = useWatch({ control: form.control, name: ['kind', 'status'] }) as [string | undefined, string | undefined];

  const submit = form.handleSubmit(async (values) => {
    const sent = Object.fromEntries(FIELDS.map((k) => [k, values[k] ?? '']));
    try {
      const saved = record
        ? await update.mutateAsync({ id: record.id, changes: sent, ...(version === undefined ? {} : { version }) })
        : await create.mutateAsync(sent as unknown as SertifikatInput);
      setVersion(saved.version);
      void message.success(sp.saved);
      onClose();
    } catch (err) {
      const refused = editConflictOf(err);
      if (refused) {
        setConflict(refused.message);
        void askAfterConflict(modal, refused).then((choice) => (choice === 'reload' ? onClose() : undefined));
        return;
      }
      showServerErrors(err, form.setError, FIELDS);
    }
  });
  const handle: FormHandle = { submit, rootError: form.formState.errors.root?.server?.message, conflict, saving: form.formState.isSubmitting };
  const title = record ? sp.edit : sp.add;

  const del = record ? (
    <Popconfirm
      title={sp.deleteConfirm}
      okText={messages.pc.delete}
      cancelText={messages.pc.cancel}
      okButtonProps={{ danger: true }}
      onConfirm={async () => {
        await remove.mutateAsync({ id: record.id, ...(version === undefined ? {} : { version }) }).then(
          () => {
            void message.success(sp.deleted);
            onClose();
          },
          (err: unknown) => void message.error(err instanceof Error ? err.message : String(err)),
        );
      }}
    >
      <Button danger>{messages.pc.delete}</Button>
    </Popconfirm>
  ) : null;

  const c = form.control;
  return (
    <Modal open title={title} onCancel={onClose} footer={null} width={760} destroyOnHidden maskClosable={false}>
      <FormFrame form={handle} label={title} onCancel={onClose} inModal aside={del} testId="sertifikat-form">
        {umkm || record ? (
          <Form.Item label={f.umkmId}>
            <Typography.Text strong>{umkm?.name ?? record?.businessName}</Typography.Text>
          </Form.Item>
        ) : (
          <FormField<Values>
            name="umkmId"
            label={f.umkmId}
            control={c}
            required
            render={(p) => <UmkmSearchSelect id={p.id} placeholder={f.businessName} value={p.value as number | undefined} onChange={(v) => p.onChange(v)} onBlur={p.onBlur} status={p.status} />}
          />
        )}
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <SelectField<Values> name="kind" label={f.kind} control={c} required options={kindOptions} search={false} />
          </Col>
          <Col xs={24} sm={8}>
            <SelectField<Values> name="status" label={f.status} control={c} required options={statusOptions} search={false} />
          </Col>
          <Col xs={24} sm={8}>
            <SelectField<Values> name="route" label={f.route} control={c} options={routeOptions} search={false} allowClear />
          </Col>
        </Row>
        {kind === 'lainnya' ? <TextField<Values> name="kindOther" label={f.kindOther} control={c} required /> : null}
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <DateField<Values> name="submittedAt" label={f.submittedAt} control={c} required={status === 'diajukan' || status === 'berkas_kurang'} />
          </Col>
          <Col xs={24} sm={8}>
            <DateField<Values> name="issuedAt" label={f.issuedAt} control={c} required={status === 'terbit'} />
          </Col>
          <Col xs={24} sm={8}>
            <DateField<Values> name="validUntil" label={f.validUntil} control={c} />
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <TextField<Values> name="number" label={f.number} control={c} />
          </Col>
          <Col xs={24} sm={12}>
            <TextField<Values> name="issuer" label={f.issuer} control={c} />
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={9}>
            <SuggestField name="programme" label={f.programme} control={c} options={used.data?.programmes ?? []} />
          </Col>
          <Col xs={24} sm={6}>
            <TextField<Values> name="programmeYear" label={f.programmeYear} control={c} />
          </Col>
          <Col xs={24} sm={9}>
            <SuggestField name="companion" label={f.companion} control={c} options={used.data?.companions ?? []} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{sp.companionHelp}</Typography.Text>
          </Col>
        </Row>
        {status === 'ditolak' ? <TextField<Values> name="refusalReason" label={f.refusalReason} control={c} required area="grow" /> : null}
        <TextField<Values> name="notes" label={f.notes} control={c} area="grow" />
      </FormFrame>
      {/* The certificate's scan belongs to a stored record: shown once it has an id. */}
      {record ? <Attachments owner="sertifikat" ownerId={record.id} /> : null}
    </Modal>
  );
}
