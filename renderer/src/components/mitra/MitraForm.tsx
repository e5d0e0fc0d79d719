import { Alert, Button, Card, Col, Divider, Form, Row, Select, Space } from 'antd';
import { useForm, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { MitraInput, type Mitra, type MitraData } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import { FormField, TextField } from '../FormField';
import { kecamatanOptions, sectorOptions } from '../options';
import { mitraKindOptions, mitraStatusOptions, supportOptions, targetClassOptions } from '../partnershipOptions';
import { showServerErrors } from '../serverErrors';

type FormValues = MitraInput;
const mf = messages.mitraFields;
const mp = messages.mitraPages;
const pc = messages.pc;
const TEXT_FIELDS = ['sector', 'address', 'kecamatan', 'contactName', 'phone', 'email', 'nib', 'npwp', 'notes'] as const;

/** Every field in every submit: a cleared field is sent as '' and stored as null. */
function toPayload(v: MitraData): Record<string, unknown> {
  return {
    name: v.name,
    kind: v.kind,
    status: v.status,
    interestSectors: v.interestSectors,
    offers: v.offers,
    targetClasses: v.targetClasses,
    ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, v[k] ?? ''])),
  };
}

export function mitraToInput(m: Mitra): FormValues {
  return {
    name: m.name,
    kind: m.kind,
    status: m.status,
    interestSectors: m.interestSectors,
    offers: m.offers,
    targetClasses: m.targetClasses,
    ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, m[k] ?? ''])),
  };
}

export function MitraForm({
  initial,
  submitting,
  onSubmit,
  onCancel,
}: {
  initial?: FormValues;
  submitting: boolean;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { control, handleSubmit, setError, formState } = useForm<FormValues, unknown, MitraData>({
    resolver: zodResolver(MitraInput),
    defaultValues: (initial ?? { status: 'aktif', interestSectors: [], offers: [], targetClasses: [] }) as DefaultValues<FormValues>,
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toPayload(values));
    } catch (err) {
      showServerErrors(err, setError);
    }
  });
  const text = (name: keyof FormValues, label: string, opts: { required?: boolean; area?: boolean; placeholder?: string } = {}) => (
    <TextField<FormValues> name={name} label={label} control={control} {...opts} />
  );
  const select = (name: keyof FormValues, label: string, options: Array<{ value: string; label: string }>, opts: { required?: boolean; multiple?: boolean; allowClear?: boolean; placeholder?: string; extra?: string } = {}) => (
    <FormField<FormValues>
      name={name}
      label={label}
      control={control}
      required={opts.required}
      extra={opts.extra}
      render={(p) => (
        <Select
          id={p.id}
          mode={opts.multiple ? 'multiple' : undefined}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear={opts.allowClear || opts.multiple}
          placeholder={opts.placeholder}
          options={options}
          value={opts.multiple ? ((p.value as string[]) ?? []) : (p.value as string) || undefined}
          onChange={(v) => p.onChange(v ?? (opts.multiple ? [] : ''))}
          onBlur={p.onBlur}
          status={p.status}
        />
      )}
    />
  );
  const rootError = formState.errors.root?.server?.message;
  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={initial ? mp.editTitle : mp.addTitle}>
        <Card>
          {rootError ? <Alert type="error" showIcon title={rootError} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Divider titlePlacement="start">{mp.sectionCompany}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>{text('name', mf.name, { required: true })}</Col>
            <Col xs={24} md={6}>{select('kind', mf.kind, mitraKindOptions, { required: true })}</Col>
            <Col xs={24} md={6}>{select('status', mf.status, mitraStatusOptions, { required: true })}</Col>
            <Col xs={24} md={12}>{text('sector', mf.sector, { placeholder: mp.sectorPlaceholder })}</Col>
            <Col xs={24} md={12}>{select('kecamatan', mf.kecamatan, kecamatanOptions, { allowClear: true })}</Col>
            <Col xs={24}>{text('address', mf.address)}</Col>
          </Row>
          <Divider titlePlacement="start">{mp.sectionContact}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={8}>{text('contactName', mf.contactName)}</Col>
            <Col xs={24} md={8}>{text('phone', mf.phone, { placeholder: pc.phonePlaceholder })}</Col>
            <Col xs={24} md={8}>{text('email', mf.email)}</Col>
            <Col xs={24} md={8}>{text('nib', mf.nib, { placeholder: pc.nibPlaceholder })}</Col>
            <Col xs={24} md={8}>{text('npwp', mf.npwp, { placeholder: pc.npwpPlaceholder })}</Col>
          </Row>
          <Divider titlePlacement="start">{mp.sectionMatch}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={8}>{select('interestSectors', mf.interestSectors, sectorOptions, { multiple: true })}</Col>
            <Col xs={24} md={8}>{select('offers', mf.offers, supportOptions, { multiple: true })}</Col>
            <Col xs={24} md={8}>{select('targetClasses', mf.targetClasses, targetClassOptions, { multiple: true, placeholder: mp.anyClass, extra: mp.targetClassesHint })}</Col>
            <Col xs={24}>{text('notes', mf.notes, { area: true })}</Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit" loading={submitting || formState.isSubmitting}>
              {pc.save}
            </Button>
            <Button onClick={onCancel}>{pc.cancel}</Button>
          </Space>
        </Card>
      </form>
    </Form>
  );
}
