import { useEffect, useState } from 'react';
import { App, Button, Col, Form, Input, Modal, Popconfirm, Row, Typography } from 'antd';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { BantuanInput, type Bantuan } from '../../../../shared/contract';
import type { BantuanKind } from '../../../../shared/domain/bantuan';
import type { FundSource } from '../../../../shared/domain/funding';
import { fill, messages } from '../../../../shared/i18n';
import { ApiError } from '../../api/client';
import { useRead, useWrite } from '../../api/queries';
import { useDebounced } from '../../hooks/useDebounced';
import { DateField } from '../../forms/DateField';
import { FormField } from '../../forms/FormField';
import { FormFrame } from '../../forms/FormFrame';
import { MoneyField } from '../../forms/MoneyField';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { askAfterConflict, editConflictOf } from '../../forms/conflictDialog';
import { showServerErrors } from '../../forms/showServerErrors';
import type { FormHandle } from '../../forms/useContractForm';
import { UmkmSearchSelect } from '../UmkmSearchSelect';
import { Attachments } from '../lampiran/Attachments';
import { BantuanWarnings } from './BantuanWarnings';
import { bantuanKindOptions, fundSourceOptions } from './bantuanOptions';

const f = messages.bantuanFields;
const bp = messages.bantuanPages;

/** The form's values: what the contract's input takes, as typed. */
type Values = Record<string, unknown>;
const FIELDS = ['umkmId', 'kind', 'item', 'value', 'fundSource', 'programme', 'year', 'handedAt', 'handoverNumber', 'notes'] as const;

function defaultsOf(record: Bantuan | undefined, umkmId: number | undefined): Values {
  if (!record) return { umkmId, kind: undefined, item: '', value: null, fundSource: undefined, programme: '', year: new Date().getFullYear(), handedAt: '', handoverNumber: '', notes: '' };
  return Object.fromEntries(FIELDS.map((k) => [k, record[k] ?? (k === 'value' ? null : '')]));
}

export interface BantuanFormTarget {
  /** The assistance edited; none for a new one. */
  record?: Bantuan;
  /** The UMKM a new assistance is for when opened from its page (not asked again). */
  umkm?: { id: number; name: string };
}

/**
 * Records or edits one assistance in a dialog. As the clerk picks the UMKM, kind, source and date,
 * main is asked for the warnings (the same help from the same source within the admin's period,
 * a business that is not a UMKM, an inactive one); the save goes only with them confirmed, and
 * the confirmation is stored with the record.
 */
export function BantuanFormModal({ target, onClose }: { target: BantuanFormTarget; onClose: () => void }) {
  const { record, umkm } = target;
  const { message, modal } = App.useApp();
  const form = useForm<Values, unknown, Values>({
    resolver: zodResolver(BantuanInput) as unknown as Resolver<Values, unknown, Values>,
    defaultValues: defaultsOf(record, umkm?.id),
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });
  const [version, setVersion] = useState(record?.version);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState<string>();
  const [conflict, setConflict] = useState<string>();
  const create = useWrite('bantuan:create');
  const update = useWrite('bantuan:update');
  const remove = useWrite('bantuan:delete');

  const [umkmId, kind, fundSource, year, handedAt] = useWatch({ control: form.control, name: ['umkmId', 'kind', 'fundSource', 'year', 'handedAt'] }) as [
    number | undefined,
    BantuanKind | undefined,
    FundSource | undefined,
    unknown,
    unknown,
  ];
  // Primitives, so the debounce settles: the check follows the year and the day once typing pauses.
  const checkYear = useDebounced(typeof year === 'number' && year >= 1990 && year <= 2100 ? year : undefined, 200);
  const checkDay = useDebounced(typeof handedAt === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(handedAt) ? handedAt : undefined, 200);
  // The budget year follows the handover day (the contract wants them to agree).
  useEffect(() => {
    if (typeof handedAt === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(handedAt) && Number(handedAt.slice(0, 4)) !== year) form.setValue('year', Number(handedAt.slice(0, 4)), { shouldValidate: true });
  }, [handedAt, year, form]);
  const ready = umkmId !== undefined && !!kind && !!fundSource;
  const check = useRead(
    'bantuan:check',
    { umkmId: umkmId ?? 0, kind: kind ?? 'lainnya', fundSource: fundSource ?? 'lainnya', year: checkYear, handedAt: checkDay, ...(record ? { excludeId: record.id } : {}) },
    { enabled: ready },
  );
  const warnings = ready ? (check.data?.warnings ?? []) : [];

  const submit = form.handleSubmit(async (values) => {
    if (warnings.length && !confirmed) {
      setConfirmError(fill(messages.bantuanValidation.needsConfirmation, { warnings: warnings.map((c) => messages.bantuanWarning.short[c]).join(', ') }));
      return;
    }
    setConfirmError(undefined);
    const sent = Object.fromEntries(FIELDS.map((k) => [k, values[k] ?? '']));
    const confirm = confirmed ? warnings : [];
    try {
      const saved = record
        ? await update.mutateAsync({ id: record.id, changes: sent, confirm, ...(version === undefined ? {} : { version }) })
        : await create.mutateAsync({ ...(sent as unknown as BantuanInput), confirm });
      setVersion(saved.version);
      void message.success(bp.saved);
      onClose();
    } catch (err) {
      const refused = editConflictOf(err);
      if (refused) {
        setConflict(refused.message);
        void askAfterConflict(modal, refused).then((choice) => (choice === 'reload' ? onClose() : undefined));
        return;
      }
      // Warnings found meanwhile (another clerk recorded help for this UMKM): asked again at the box.
      if (err instanceof ApiError && err.data.code === 'NEEDS_CONFIRMATION') {
        setConfirmed(false);
        setConfirmError(err.data.message);
        void check.refetch();
        return;
      }
      showServerErrors(err, form.setError, FIELDS);
    }
  });
  const handle: FormHandle = { submit, rootError: form.formState.errors.root?.server?.message, conflict, saving: form.formState.isSubmitting };

  const del = record ? (
    <Popconfirm
      title={bp.deleteConfirmTitle}
      description={fill(bp.deleteConfirmText, { item: record.item, umkm: record.umkmName })}
      okText={messages.pc.delete}
      cancelText={messages.pc.cancel}
      okButtonProps={{ danger: true }}
      onConfirm={async () => {
        await remove.mutateAsync({ id: record.id, ...(version === undefined ? {} : { version }) }).then(
          () => {
            void message.success(bp.deleted);
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
    <Modal open title={record ? bp.editTitle : bp.addTitle} onCancel={onClose} footer={null} width={720} destroyOnHidden maskClosable={false}>
      <FormFrame form={handle} label={record ? bp.editTitle : bp.addTitle} onCancel={onClose} inModal aside={del} testId="bantuan-form">
        {umkm || record ? (
          <Form.Item label={f.umkm}>
            <Typography.Text strong>{umkm?.name ?? record?.umkmName}</Typography.Text>
          </Form.Item>
        ) : (
          <FormField<Values>
            name="umkmId"
            label={f.umkm}
            control={c}
            required
            render={(p) => <UmkmSearchSelect id={p.id} placeholder={bp.pickUmkm} value={p.value as number | undefined} onChange={(v) => p.onChange(v)} onBlur={p.onBlur} status={p.status} />}
          />
        )}
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <SelectField<Values> name="kind" label={f.kind} control={c} required options={bantuanKindOptions} search={false} />
          </Col>
          <Col xs={24} sm={12}>
            <SelectField<Values> name="fundSource" label={f.fundSource} control={c} required options={fundSourceOptions} search={false} />
          </Col>
        </Row>
        <TextField<Values> name="item" label={f.item} control={c} required placeholder={bp.itemPlaceholder} />
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <MoneyField<Values> name="value" label={f.value} control={c} />
          </Col>
          <Col xs={12} sm={8}>
            <FormField<Values>
              name="year"
              label={f.year}
              control={c}
              required
              render={(p) => (
                <Input
                  id={p.id}
                  status={p.status}
                  inputMode="numeric"
                  maxLength={4}
                  value={p.value === null || p.value === undefined ? '' : String(p.value)}
                  onChange={(e) => p.onChange(/^\d+$/.test(e.target.value) ? Number(e.target.value) : e.target.value)}
                  onBlur={p.onBlur}
                />
              )}
            />
          </Col>
          <Col xs={12} sm={8}>
            <DateField<Values> name="handedAt" label={f.handedAt} control={c} />
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <TextField<Values> name="programme" label={f.programme} control={c} placeholder={bp.programmePlaceholder} />
          </Col>
          <Col xs={24} sm={12}>
            <TextField<Values> name="handoverNumber" label={f.handoverNumber} control={c} />
          </Col>
        </Row>
        <TextField<Values> name="notes" label={f.notes} control={c} area="grow" />
        {warnings.length && check.data && kind && fundSource ? (
          <BantuanWarnings
            check={check.data}
            kind={kind}
            source={fundSource}
            confirmed={confirmed}
            onConfirm={(v) => {
              setConfirmed(v);
              if (v) setConfirmError(undefined);
            }}
            error={confirmError}
          />
        ) : null}
      </FormFrame>
      {/* The handover record (BAST) and photos belong to a stored assistance: shown once it has an id. */}
      {record ? <Attachments owner="bantuan" ownerId={record.id} /> : null}
    </Modal>
  );
}
