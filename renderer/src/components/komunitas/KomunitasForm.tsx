import { Alert, Button, Card, Col, Divider, Form, Row, Select, Space } from 'antd';
import { useForm, type DefaultValues } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { KomunitasInput, type Komunitas, type KomunitasData } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import { FormField, TextField } from '../FormField';
import { kecamatanOptions } from '../options';
import { showServerErrors } from '../serverErrors';
import { umkmOptionLabel, UmkmSearchSelect } from '../UmkmSearchSelect';

type FormValues = KomunitasInput;
const kf = messages.komunitasFields;
const kp = messages.komunitasPages;

/** An edit sends every field but the members, which the detail page adds and removes. */
function toPayload(v: KomunitasData, editing: boolean): Record<string, unknown> {
  const base = { name: v.name, kecamatan: v.kecamatan ?? '', leaderUmkmId: v.leaderUmkmId ?? '', leaderName: v.leaderName ?? '', phone: v.phone ?? '', notes: v.notes ?? '' };
  return editing ? base : { ...base, leaderUmkmId: undefined, memberIds: v.memberIds };
}

export function komunitasToInput(k: Komunitas): FormValues {
  return {
    name: k.name,
    kecamatan: k.kecamatan ?? '',
    leaderUmkmId: k.leaderUmkmId ?? '',
    // The stored contact only: a member leader's name comes from the registry.
    leaderName: k.leaderUmkmId ? '' : (k.leaderName ?? ''),
    phone: k.phone ?? '',
    notes: k.notes ?? '',
    memberIds: [],
  };
}

export function KomunitasForm({
  initial,
  members,
  submitting,
  onSubmit,
  onCancel,
}: {
  initial?: FormValues;
  /** The community's members when editing: the leader is chosen among them. */
  members?: Komunitas['members'];
  submitting: boolean;
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const editing = Boolean(initial);
  const { control, handleSubmit, setError, formState } = useForm<FormValues, unknown, KomunitasData>({
    resolver: zodResolver(KomunitasInput),
    defaultValues: (initial ?? { memberIds: [] }) as DefaultValues<FormValues>,
    mode: 'onBlur',
    reValidateMode: 'onChange',
  });
  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(toPayload(values, editing));
    } catch (err) {
      showServerErrors(err, setError);
    }
  });
  const text = (name: keyof FormValues, label: string, opts: { required?: boolean; area?: boolean; extra?: string; placeholder?: string } = {}) => (
    <TextField<FormValues> name={name} label={label} control={control} {...opts} />
  );
  const rootError = formState.errors.root?.server?.message;
  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={editing ? kp.editTitle : kp.addTitle}>
        <Card>
          {rootError ? <Alert type="error" showIcon title={rootError} style={{ marginBottom: 16 }} role="alert" /> : null}
          <Divider titlePlacement="start">{kp.sectionIdentity}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>{text('name', kf.name, { required: true })}</Col>
            <Col xs={24} md={12}>
              <FormField<FormValues>
                name="kecamatan"
                label={kf.kecamatan}
                control={control}
                render={(p) => (
                  <Select id={p.id} allowClear showSearch={{ optionFilterProp: 'label' }} options={kecamatanOptions} value={(p.value as string) || undefined} onChange={(v) => p.onChange(v ?? '')} onBlur={p.onBlur} status={p.status} />
                )}
              />
            </Col>
            {editing ? (
              <Col xs={24} md={12}>
                <FormField<FormValues>
                  name="leaderUmkmId"
                  label={kf.leaderUmkmId}
                  control={control}
                  render={(p) => (
                    <Select
                      id={p.id}
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder={kp.leaderUmkmPlaceholder}
                      options={(members ?? []).map((u) => ({ value: u.id, label: umkmOptionLabel(u) }))}
                      value={typeof p.value === 'number' ? p.value : undefined}
                      onChange={(v) => p.onChange(v ?? '')}
                      onBlur={p.onBlur}
                      status={p.status}
                    />
                  )}
                />
              </Col>
            ) : null}
            <Col xs={24} md={12}>{text('leaderName', kf.leaderName, { extra: kp.leaderNameHint })}</Col>
            <Col xs={24} md={12}>{text('phone', kf.phone, { placeholder: messages.pc.phonePlaceholder })}</Col>
            <Col xs={24}>{text('notes', kf.notes, { area: true })}</Col>
          </Row>
          {editing ? null : (
            <>
              <Divider titlePlacement="start">{kp.sectionMembers}</Divider>
              <FormField<FormValues>
                name="memberIds"
                label={kp.initialMembers}
                control={control}
                render={(p) => (
                  <UmkmSearchSelect id={p.id} multiple placeholder={kp.addMembersPlaceholder} value={(p.value as number[]) ?? []} onChange={p.onChange} onBlur={p.onBlur} status={p.status} />
                )}
              />
            </>
          )}
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
