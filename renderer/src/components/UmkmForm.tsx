import { useEffect } from 'react';
import { Alert, Button, Card, Col, DatePicker, Divider, Form, InputNumber, Row, Select, Space } from 'antd';
import { useForm, useWatch, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import dayjs from 'dayjs';
import { UmkmInput, UMKM_INPUT_FIELDS, type UmkmData } from '../../../shared/contract';
import { classify } from '../../../shared/domain/classification';
import { KBLI_VERSIONS } from '../../../shared/domain/sectors';
import { fill, messages } from '../../../shared/i18n';
import { ApiError } from '../api/client';
import { ClassTag } from './ClassTag';
import { FormField, TextField } from './FormField';
import { kecamatanOptions, kelurahanOptions, marketReachOptions, sectorOptions, statusOptions } from './options';
import { RupiahInput } from './RupiahInput';

type FormValues = UmkmInput;
const f = messages.fields;
const fm = messages.form;

interface Props {
  initial?: Partial<FormValues>;
  submitting: boolean;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
}

/** Every field of the contract, in every submit: a cleared field is sent as '' and stored as null. */
function toPayload(values: UmkmData): Record<string, unknown> {
  return Object.fromEntries(UMKM_INPUT_FIELDS.map((k) => [k, values[k] ?? '']));
}

export function UmkmForm({ initial, submitting, onSubmit, onCancel }: Props) {
  const { control, handleSubmit, setError, setValue, getValues, formState } = useForm<FormValues, unknown, UmkmData>({
    resolver: zodResolver(UmkmInput),
    defaultValues: { marketReach: 'lokal', status: 'aktif', sector: undefined, ...initial } as DefaultValues<FormValues>,
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });
  const [kecamatan, annualSales, capital] = useWatch({ control, name: ['kecamatan', 'annualSales', 'capital'] });
  const preview = classify({
    annualSales: typeof annualSales === 'number' ? annualSales : null,
    capital: typeof capital === 'number' ? capital : null,
  });

  // A kelurahan belongs to one kecamatan: changing the kecamatan clears a kelurahan from another.
  useEffect(() => {
    const kel = getValues('kelurahan');
    if (kel && kecamatan && !kelurahanOptions(kecamatan).some((o) => o.value === kel)) setValue('kelurahan', '');
  }, [kecamatan, getValues, setValue]);

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toPayload(values));
    } catch (err) {
      if (err instanceof ApiError && err.data.fields) {
        for (const [name, msg] of Object.entries(err.data.fields)) setError(name as keyof FormValues, { type: 'server', message: msg }, { shouldFocus: true });
      }
      setError('root.server', { type: 'server', message: err instanceof Error ? err.message : String(err) });
    }
  });

  const text = (name: keyof FormValues, label: string, opts: { required?: boolean; area?: boolean; placeholder?: string; extra?: string } = {}) => (
    <TextField<FormValues> name={name} label={label} control={control} {...opts} />
  );
  const select = (name: keyof FormValues, label: string, options: Array<{ value: string; label: string }>, opts: { required?: boolean; placeholder?: string; allowClear?: boolean } = {}) => (
    <FormField<FormValues>
      name={name}
      label={label}
      control={control}
      required={opts.required}
      render={(p) => (
        <Select
          id={p.id}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear={opts.allowClear}
          placeholder={opts.placeholder}
          value={(p.value as string) || undefined}
          options={options}
          onChange={(v) => p.onChange(v ?? '')}
          onBlur={p.onBlur}
          status={p.status}
        />
      )}
    />
  );
  const money = (name: keyof FormValues, label: string) => (
    <FormField<FormValues> name={name} label={label} control={control} render={(p) => <RupiahInput {...p} />} />
  );
  const int = (name: keyof FormValues, label: string) => (
    <FormField<FormValues>
      name={name}
      label={label}
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
  );

  const rootError = formState.errors.root?.server?.message;
  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={initial ? fm.editTitle : fm.addTitle}>
        <Card>
          {rootError ? <Alert type="error" showIcon title={rootError} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Divider titlePlacement="start">{fm.sectionIdentity}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>{text('businessName', f.businessName, { required: true })}</Col>
            <Col xs={24} md={12}>{text('ownerName', f.ownerName, { required: true })}</Col>
            <Col xs={24} md={8}>{text('nik', f.nik, { required: true, placeholder: '16 digit' })}</Col>
            <Col xs={24} md={8}>{text('nib', f.nib, { placeholder: '13 digit' })}</Col>
            <Col xs={24} md={8}>{text('npwp', f.npwp, { placeholder: '99.999.999.9-999.999' })}</Col>
            <Col xs={24} md={8}>{text('phone', f.phone, { placeholder: '0812-3456-7890' })}</Col>
            <Col xs={24} md={8}>{text('email', f.email)}</Col>
            <Col xs={24} md={8}>{select('status', f.status, statusOptions, { required: true })}</Col>
          </Row>
          <Divider titlePlacement="start">{fm.sectionLocation}</Divider>
          <Row gutter={16}>
            <Col xs={24}>{text('address', f.address, { required: true })}</Col>
            <Col xs={24} md={12}>{select('kecamatan', f.kecamatan, kecamatanOptions, { required: true })}</Col>
            <Col xs={24} md={12}>
              {select('kelurahan', f.kelurahan, kelurahanOptions(kecamatan), { required: true, placeholder: kecamatan ? undefined : fm.chooseKecamatanFirst })}
            </Col>
          </Row>
          <Divider titlePlacement="start">{fm.sectionBusiness}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={8}>{select('sector', f.sector, sectorOptions, { required: true })}</Col>
            <Col xs={12} md={8}>{text('kbli', f.kbli, { placeholder: '5 digit' })}</Col>
            <Col xs={12} md={8}>{select('kbliVersion', f.kbliVersion, KBLI_VERSIONS.map((v) => ({ value: v, label: `KBLI ${v}` })), { allowClear: true })}</Col>
            <Col xs={24} md={8}>{money('annualSales', f.annualSales)}</Col>
            <Col xs={24} md={8}>{money('capital', f.capital)}</Col>
            <Col xs={24} md={8}>{money('assets', f.assets)}</Col>
            <Col xs={24}>
              <Alert
                type={preview?.class === 'besar' ? 'warning' : 'info'}
                showIcon
                style={{ marginBottom: 16 }}
                data-testid="class-preview"
                title={
                  preview ? (
                    <Space>
                      {fm.classPreview}:
                      <ClassTag value={preview.class} />
                      {fill(messages.detail.classBy, { basis: messages.enums.classBasis[preview.basis] })}
                    </Space>
                  ) : (
                    fm.classPreviewNone
                  )
                }
              />
            </Col>
            <Col xs={12} md={6}>{int('employees', f.employees)}</Col>
            <Col xs={12} md={6}>{int('foundedYear', f.foundedYear)}</Col>
            <Col xs={24} md={6}>{select('marketReach', f.marketReach, marketReachOptions, { required: true })}</Col>
            <Col xs={24} md={6}>
              <FormField<FormValues>
                name="registeredAt"
                label={f.registeredAt}
                control={control}
                render={(p) => (
                  <DatePicker
                    id={p.id}
                    format="DD/MM/YYYY"
                    style={{ width: '100%' }}
                    value={typeof p.value === 'string' && p.value ? dayjs(p.value) : null}
                    onChange={(d) => p.onChange(d ? d.format('YYYY-MM-DD') : '')}
                    onBlur={p.onBlur}
                    status={p.status}
                    disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                  />
                )}
              />
            </Col>
            <Col xs={24}>{text('products', f.products, { area: true })}</Col>
          </Row>
          <Divider titlePlacement="start">{fm.sectionOther}</Divider>
          {text('notes', f.notes, { area: true })}
          <Space>
            <Button type="primary" htmlType="submit" loading={submitting || formState.isSubmitting}>
              {fm.save}
            </Button>
            <Button onClick={onCancel}>{fm.cancel}</Button>
          </Space>
        </Card>
      </form>
    </Form>
  );
}
