import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Divider, Form, Input, Radio, Row, Select, Space } from 'antd';
import { useForm, useWatch, type DefaultValues, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { KemitraanInput, type Kemitraan, type KemitraanData } from '../../../../shared/contract';
import { DEFAULT_PATTERN } from '../../../../shared/domain/partnership';
import { messages } from '../../../../shared/i18n';
import { useMitra } from '../../api/queries';
import { KegiatanSelect, KomunitasSelect, MitraSelect } from '../EntitySelects';
import { FormField } from '../FormField';
import { IsoDatePicker } from '../IsoDatePicker';
import { patternOptions } from '../partnershipOptions';
import { showServerErrors } from '../serverErrors';
import { UmkmSearchSelect } from '../UmkmSearchSelect';
import { SupportsField } from './SupportsField';

type FormValues = KemitraanInput;
type Party = 'umkm' | 'komunitas';
const kf = messages.kemitraanFields;
const ap = messages.agreementPages;

/** Every field in every submit: a cleared optional field is sent as '' and stored as null. */
function toPayload(v: KemitraanData): Record<string, unknown> {
  return {
    number: v.number ?? '',
    partnerId: v.partnerId,
    umkmId: v.umkmId ?? '',
    komunitasId: v.komunitasId ?? '',
    signedAt: v.signedAt ?? '',
    startDate: v.startDate,
    endDate: v.endDate ?? '',
    pattern: v.pattern,
    supports: v.supports.map((s) => ({ kind: s.kind, description: s.description, value: s.value ?? '' })),
    eventId: v.eventId ?? '',
    notes: v.notes ?? '',
  };
}

export function kemitraanToInput(k: Kemitraan): FormValues {
  return {
    number: k.number,
    partnerId: k.partnerId,
    umkmId: k.umkmId ?? undefined,
    komunitasId: k.komunitasId ?? undefined,
    signedAt: k.signedAt ?? '',
    startDate: k.startDate,
    endDate: k.endDate ?? '',
    pattern: k.pattern,
    supports: k.supports.map((s) => ({ kind: s.kind, description: s.description, value: s.value ?? undefined })),
    eventId: k.eventId ?? undefined,
    notes: k.notes ?? '',
  };
}

const baseResolver = zodResolver(KemitraanInput);
/** The contract names a missing party at umkmId; with a community chosen, it is shown there. */
const resolverFor =
  (party: Party): Resolver<FormValues, unknown, KemitraanData> =>
  async (values, ctx, opts) => {
    const result = await baseResolver(values, ctx, opts);
    const errors = result.errors as Record<string, unknown>;
    if (party === 'komunitas' && errors.umkmId) {
      errors.komunitasId = errors.umkmId;
      delete errors.umkmId;
    }
    return result;
  };

export function KemitraanForm({
  initial,
  knownUmkm,
  submitting,
  onSubmit,
  onCancel,
}: {
  initial?: Partial<FormValues>;
  /** The UMKM party given beforehand (an edited agreement's, or from the UMKM's page), so its name shows before any search. */
  knownUmkm?: { id: number; label: string };
  submitting: boolean;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [party, setParty] = useState<Party>(initial?.komunitasId ? 'komunitas' : 'umkm');
  const { control, handleSubmit, setError, setValue, getValues, clearErrors, formState } = useForm<FormValues, unknown, KemitraanData>({
    resolver: resolverFor(party),
    defaultValues: { supports: [{ kind: 'pembinaan', description: '', value: undefined }], ...initial } as DefaultValues<FormValues>,
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });
  const partnerId = useWatch({ control, name: 'partnerId' });
  const partner = useMitra(typeof partnerId === 'number' ? partnerId : 0);
  // The pattern a partner of this kind most often takes, until the clerk picks one.
  useEffect(() => {
    if (partner.data && !getValues('pattern')) setValue('pattern', DEFAULT_PATTERN[partner.data.kind]);
  }, [partner.data, getValues, setValue]);

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toPayload(values));
    } catch (err) {
      showServerErrors(err, setError);
    }
  });
  const switchParty = (p: Party) => {
    setParty(p);
    setValue(p === 'umkm' ? 'komunitasId' : 'umkmId', undefined);
    clearErrors(['umkmId', 'komunitasId']);
  };
  const date = (name: 'signedAt' | 'startDate' | 'endDate', label: string, required = false) => (
    <FormField<FormValues> name={name} label={label} control={control} required={required} render={(p) => <IsoDatePicker {...p} />} />
  );
  const rootError = formState.errors.root?.server?.message;
  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={initial?.number ? ap.editTitle : ap.addTitle}>
        <Card>
          {rootError ? <Alert type="error" showIcon title={rootError} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Divider titlePlacement="start">{ap.sectionParties}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <FormField<FormValues>
                name="partnerId"
                label={kf.partnerId}
                control={control}
                required
                render={(p) => (
                  <MitraSelect activeOnly id={p.id} placeholder={ap.choosePartner} value={p.value as number | undefined} onChange={(v) => p.onChange(v)} onBlur={p.onBlur} status={p.status} />
                )}
              />
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={ap.partyKind}>
                <Radio.Group
                  value={party}
                  onChange={(e) => switchParty(e.target.value as Party)}
                  options={[
                    { value: 'umkm', label: ap.partyUmkm },
                    { value: 'komunitas', label: ap.partyKomunitas },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24}>
              {party === 'umkm' ? (
                <FormField<FormValues>
                  key="umkm"
                  name="umkmId"
                  label={kf.umkmId}
                  control={control}
                  required
                  render={(p) => (
                    <UmkmSearchSelect
                      id={p.id}
                      umkmStatus="aktif"
                      placeholder={ap.chooseUmkm}
                      known={knownUmkm ? [knownUmkm] : []}
                      value={p.value as number | undefined}
                      onChange={(v) => p.onChange(v)}
                      onBlur={p.onBlur}
                      status={p.status}
                    />
                  )}
                />
              ) : (
                <FormField<FormValues>
                  key="komunitas"
                  name="komunitasId"
                  label={kf.komunitasId}
                  control={control}
                  required
                  render={(p) => (
                    <KomunitasSelect id={p.id} placeholder={ap.chooseKomunitas} value={p.value as number | undefined} onChange={(v) => p.onChange(v)} onBlur={p.onBlur} status={p.status} />
                  )}
                />
              )}
            </Col>
          </Row>
          <Divider titlePlacement="start">{ap.sectionTerms}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <FormField<FormValues>
                name="number"
                label={kf.number}
                control={control}
                render={(p) => <Input id={p.id} placeholder={ap.numberPlaceholder} value={(p.value as string) ?? ''} onChange={(e) => p.onChange(e.target.value)} onBlur={p.onBlur} status={p.status} />}
              />
            </Col>
            <Col xs={24} md={8}>
              <FormField<FormValues>
                name="pattern"
                label={kf.pattern}
                control={control}
                required
                render={(p) => (
                  <Select id={p.id} showSearch={{ optionFilterProp: 'label' }} options={patternOptions} value={(p.value as string) || undefined} onChange={(v) => p.onChange(v)} onBlur={p.onBlur} status={p.status} />
                )}
              />
            </Col>
            <Col xs={24} md={8}>
              <FormField<FormValues>
                name="eventId"
                label={kf.eventId}
                control={control}
                render={(p) => <KegiatanSelect id={p.id} placeholder={ap.chooseEvent} value={p.value as number | undefined} onChange={(v) => p.onChange(v)} onBlur={p.onBlur} status={p.status} />}
              />
            </Col>
            <Col xs={24} md={8}>{date('startDate', kf.startDate, true)}</Col>
            <Col xs={24} md={8}>{date('endDate', kf.endDate)}</Col>
            <Col xs={24} md={8}>{date('signedAt', kf.signedAt)}</Col>
          </Row>
          <SupportsField control={control} errors={formState.errors} />
          <FormField<FormValues>
            name="notes"
            label={kf.notes}
            control={control}
            render={(p) => <Input.TextArea id={p.id} rows={2} value={(p.value as string) ?? ''} onChange={(e) => p.onChange(e.target.value)} onBlur={p.onBlur} status={p.status} />}
          />
          <Space>
            <Button type="primary" htmlType="submit" loading={submitting || formState.isSubmitting}>
              {messages.pc.save}
            </Button>
            <Button onClick={onCancel}>{messages.pc.cancel}</Button>
          </Space>
        </Card>
      </form>
    </Form>
  );
}
