import { Alert, Button, Card, Col, Divider, Form, Row, Space } from 'antd';
import { useForm, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { KegiatanInput, type Kegiatan, type KegiatanData } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import { KomunitasSelect, MitraSelect } from '../EntitySelects';
import { FormField, TextField } from '../FormField';
import { IsoDatePicker } from '../IsoDatePicker';
import { showServerErrors } from '../serverErrors';

type FormValues = KegiatanInput;
const gf = messages.kegiatanFields;
const gp = messages.kegiatanPages;

function toPayload(v: KegiatanData): Record<string, unknown> {
  return { name: v.name, theme: v.theme ?? '', date: v.date, venue: v.venue, organizer: v.organizer ?? '', notes: v.notes ?? '', komunitasIds: v.komunitasIds, partnerIds: v.partnerIds };
}

export function kegiatanToInput(k: Kegiatan): FormValues {
  return {
    name: k.name,
    theme: k.theme ?? '',
    date: k.date,
    venue: k.venue,
    organizer: k.organizer ?? '',
    notes: k.notes ?? '',
    komunitasIds: k.komunitas.map((c) => c.id),
    partnerIds: k.partners.map((p) => p.id),
  };
}

export function KegiatanForm({
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
  const { control, handleSubmit, setError, formState } = useForm<FormValues, unknown, KegiatanData>({
    resolver: zodResolver(KegiatanInput),
    defaultValues: (initial ?? { organizer: messages.app.departmentLong, komunitasIds: [], partnerIds: [] }) as DefaultValues<FormValues>,
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
  const rootError = formState.errors.root?.server?.message;
  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={initial ? gp.editTitle : gp.addTitle}>
        <Card>
          {rootError ? <Alert type="error" showIcon title={rootError} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Divider titlePlacement="start">{gp.sectionEvent}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={16}>{text('name', gf.name, { required: true })}</Col>
            <Col xs={24} md={8}>
              <FormField<FormValues> name="date" label={gf.date} control={control} required render={(p) => <IsoDatePicker {...p} />} />
            </Col>
            <Col xs={24} md={12}>{text('theme', gf.theme, { placeholder: gp.themePlaceholder })}</Col>
            <Col xs={24} md={12}>{text('venue', gf.venue, { required: true, placeholder: gp.venuePlaceholder })}</Col>
            <Col xs={24}>{text('organizer', gf.organizer)}</Col>
          </Row>
          <Divider titlePlacement="start">{gp.sectionInvited}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <FormField<FormValues>
                name="komunitasIds"
                label={gf.komunitasIds}
                control={control}
                render={(p) => <KomunitasSelect multiple id={p.id} placeholder={gp.chooseKomunitas} value={(p.value as number[]) ?? []} onChange={p.onChange} onBlur={p.onBlur} status={p.status} />}
              />
            </Col>
            <Col xs={24} md={12}>
              <FormField<FormValues>
                name="partnerIds"
                label={gf.partnerIds}
                control={control}
                render={(p) => <MitraSelect multiple id={p.id} placeholder={gp.choosePartners} value={(p.value as number[]) ?? []} onChange={p.onChange} onBlur={p.onBlur} status={p.status} />}
              />
            </Col>
            <Col xs={24}>{text('notes', gf.notes, { area: true })}</Col>
          </Row>
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
