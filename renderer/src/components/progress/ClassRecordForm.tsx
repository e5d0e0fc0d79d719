import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Form, Input, InputNumber, Modal, Row, Select, Space, Typography } from 'antd';
import { useForm, useWatch, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CLASS_RECORD_FIELDS, ClassRecordInput, type ClassRecord, type ClassRecordData } from '../../../../shared/contract';
import { classify, classRank } from '../../../../shared/domain/classification';
import { recordAsOf } from '../../../../shared/domain/progress';
import { formatDate, todayIso } from '../../../../shared/format/date';
import { fill, messages } from '../../../../shared/i18n';
import { ApiError } from '../../api/client';
import { ClassTag } from '../ClassTag';
import { FormField } from '../FormField';
import { IsoDatePicker } from '../IsoDatePicker';
import { RupiahInput } from '../RupiahInput';
import { showServerErrors } from '../serverErrors';
import { certificationOptions, channelOptions, sourceOptions } from './progressOptions';
import { marketReachOptions } from '../options';

type FormValues = ClassRecordInput;
/** The fields with an input here; umkmId is the page's UMKM. */
const SHOWN_FIELDS: readonly string[] = CLASS_RECORD_FIELDS.filter((k) => k !== 'umkmId');
const pf = messages.progressFields;
const rf = messages.recordForm;
const up = messages.umkmProgress;

/** A stored record as the form's values. */
function recordToValues(r: ClassRecord): FormValues {
  return {
    umkmId: r.umkmId,
    date: r.date,
    annualSales: r.annualSales ?? undefined,
    capital: r.capital ?? undefined,
    assets: r.assets ?? undefined,
    employees: r.employees ?? undefined,
    marketReach: r.marketReach ?? undefined,
    certifications: r.certifications,
    channels: r.channels,
    source: r.source,
    notes: r.notes ?? '',
  };
}

/** A new record starts from today; what changes slowly (reach, certificates, channels, source) comes from the latest record. */
function newValues(umkmId: number, latest: ClassRecord | undefined): FormValues {
  return {
    umkmId,
    date: todayIso(),
    certifications: latest?.certifications ?? [],
    channels: latest?.channels ?? [],
    marketReach: latest?.marketReach ?? undefined,
    source: latest?.source ?? (undefined as unknown as FormValues['source']),
    notes: '',
  };
}

/** Every field in every submit: a cleared field is sent as '' and stored as null. */
function toPayload(v: ClassRecordData): Record<string, unknown> {
  return Object.fromEntries(CLASS_RECORD_FIELDS.map((k) => [k, v[k] ?? '']));
}

/**
 * Adds or edits one dated record of a UMKM (in a modal over its page). The class of the record is
 * shown live, with the record standing before its date, so the clerk sees a move before saving.
 */
export function ClassRecordModal({
  umkmId,
  records,
  editing,
  submitting,
  onSubmit,
  onClose,
  onDelete,
}: {
  umkmId: number;
  /** The UMKM's records, for the prefill and the comparison with the record before. */
  records: ClassRecord[];
  /** The record being edited; none for a new one. */
  editing?: ClassRecord;
  submitting: boolean;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  onClose: () => void;
  /** Deletes the edited record (asking first). */
  onDelete?: () => void;
}) {
  const latest = recordAsOf(records, '9999-12-31');
  const { control, handleSubmit, setError, formState } = useForm<FormValues, unknown, ClassRecordData>({
    resolver: zodResolver(ClassRecordInput),
    defaultValues: (editing ? recordToValues(editing) : newValues(umkmId, latest)) as DefaultValues<FormValues>,
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });
  const [date, annualSales, capital] = useWatch({ control, name: ['date', 'annualSales', 'capital'] });
  const preview = classify({
    annualSales: typeof annualSales === 'number' ? annualSales : null,
    capital: typeof capital === 'number' ? capital : null,
  });
  // The record standing just before this one's date (never the record itself).
  const others = records.filter((r) => r.id !== editing?.id);
  const before = typeof date === 'string' && date ? recordAsOf(others.filter((r) => r.date < date), date) : undefined;
  const diff = preview && before ? classRank(preview.class) - classRank(before.class) : 0;

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toPayload(values));
    } catch (err) {
      showServerErrors(err, setError);
      // A refusal about something the form does not show (the UMKM itself, e.g. deleted meanwhile) goes above the form.
      const elsewhere = err instanceof ApiError ? Object.entries(err.data.fields ?? {}).filter(([k]) => !SHOWN_FIELDS.includes(k)) : [];
      if (elsewhere.length) setError('root.server', { type: 'server', message: elsewhere.map(([, msg]) => msg).join(' ') });
    }
  });

  const money = (name: keyof FormValues, label: string) => (
    <FormField<FormValues> name={name} label={label} control={control} render={(p) => <RupiahInput {...p} />} />
  );
  const prefilled = !editing && latest ? rf.prefillHint : undefined;
  const multi = (name: 'certifications' | 'channels', label: string, options: Array<{ value: string; label: string }>) => (
    <FormField<FormValues>
      name={name}
      label={label}
      control={control}
      render={(p) => (
        <Select
          id={p.id}
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={rf.chooseMany}
          options={options}
          value={(p.value as string[]) ?? []}
          onChange={(v) => p.onChange(v)}
          onBlur={p.onBlur}
          status={p.status}
        />
      )}
    />
  );
  const title = editing ? fill(up.editTitle, { date: formatDate(editing.date) }) : up.addTitle;
  const rootError = formState.errors.root?.server?.message;
  return (
    <Modal open title={title} footer={null} onCancel={onClose} width={760} destroyOnHidden maskClosable={false}>
      <Form layout="vertical" component={false}>
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={title} data-testid="record-form">
          {rootError ? <Alert type="error" showIcon title={rootError} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <FormField<FormValues>
                name="date"
                label={pf.date}
                control={control}
                required
                render={(p) => <IsoDatePicker {...p} placeholder={rf.datePlaceholder} />}
              />
            </Col>
            <Col xs={24} md={6}>{money('annualSales', pf.annualSales)}</Col>
            <Col xs={24} md={6}>{money('capital', pf.capital)}</Col>
            <Col xs={24} md={6}>{money('assets', pf.assets)}</Col>
            <Col xs={24} md={6}>
              <FormField<FormValues>
                name="employees"
                label={pf.employees}
                control={control}
                render={(p) => (
                  <InputNumber<number>
                    id={p.id}
                    min={0}
                    precision={0}
                    style={{ width: '100%' }}
                    value={typeof p.value === 'number' ? p.value : null}
                    onChange={(v) => p.onChange(v ?? null)}
                    onBlur={p.onBlur}
                    status={p.status}
                  />
                )}
              />
            </Col>
            <Col xs={24} md={9}>
              <FormField<FormValues>
                name="source"
                label={pf.source}
                control={control}
                required
                render={(p) => (
                  <Select
                    id={p.id}
                    placeholder={rf.sourcePlaceholder}
                    options={sourceOptions}
                    value={(p.value as string) || undefined}
                    onChange={(v) => p.onChange(v ?? '')}
                    onBlur={p.onBlur}
                    status={p.status}
                  />
                )}
              />
            </Col>
            <Col xs={24} md={9}>
              <FormField<FormValues>
                name="marketReach"
                label={pf.marketReach}
                control={control}
                render={(p) => (
                  <Select
                    id={p.id}
                    allowClear
                    placeholder={rf.choose}
                    options={marketReachOptions}
                    value={(p.value as string) || undefined}
                    onChange={(v) => p.onChange(v ?? '')}
                    onBlur={p.onBlur}
                    status={p.status}
                  />
                )}
              />
            </Col>
            <Col xs={24}>
              <Alert
                type={preview?.class === 'besar' ? 'warning' : 'info'}
                showIcon
                style={{ marginBottom: 16 }}
                role="status"
                data-testid="record-class-preview"
                title={
                  preview ? (
                    <Space wrap>
                      {rf.classPreview}:
                      <ClassTag value={preview.class} />
                      {fill(up.basis, { basis: messages.enums.classBasis[preview.basis] })}
                      {before ? (
                        <Typography.Text type="secondary">
                          · {fill(rf.previousClass, { date: formatDate(before.date), class: messages.enums.class[before.class] })}
                        </Typography.Text>
                      ) : null}
                      {diff > 0 ? <Typography.Text strong style={{ color: '#389e0d' }}>· {rf.willMoveNaik}</Typography.Text> : null}
                      {diff < 0 ? <Typography.Text strong type="danger">· {rf.willMoveTurun}</Typography.Text> : null}
                    </Space>
                  ) : (
                    rf.classPreviewNone
                  )
                }
              />
            </Col>
            <Col xs={24} md={12}>{multi('certifications', pf.certifications, certificationOptions)}</Col>
            <Col xs={24} md={12}>{multi('channels', pf.channels, channelOptions)}</Col>
            {prefilled ? (
              <Col xs={24}>
                <Typography.Paragraph type="secondary" style={{ marginTop: -16, fontSize: 12 }}>
                  {prefilled}
                </Typography.Paragraph>
              </Col>
            ) : null}
            <Col xs={24}>
              <FormField<FormValues>
                name="notes"
                label={pf.notes}
                control={control}
                render={(p) => (
                  <Input.TextArea
                    id={p.id}
                    rows={1}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    placeholder={rf.notesPlaceholder}
                    value={(p.value as string) ?? ''}
                    onChange={(e) => p.onChange(e.target.value)}
                    onBlur={p.onBlur}
                    status={p.status}
                  />
                )}
              />
            </Col>
          </Row>
          <Flex justify="space-between" gap={8} wrap>
            <Space>
              <Button type="primary" htmlType="submit" loading={submitting || formState.isSubmitting}>
                {messages.pc.save}
              </Button>
              <Button onClick={onClose}>{messages.pc.cancel}</Button>
            </Space>
            {onDelete ? (
              <Button danger icon={<DeleteOutlined />} onClick={onDelete}>
                {up.delete}
              </Button>
            ) : null}
          </Flex>
        </form>
      </Form>
    </Modal>
  );
}
