import { Alert, Col, Divider, Form, Radio, Row } from 'antd';
import { useWatch } from 'react-hook-form';
import type { Kegiatan, KegiatanInput } from '../../../../shared/contract';
import { FUND_SOURCES } from '../../../../shared/domain/funding';
import { KEGIATAN_KINDS, kindShape, type KegiatanKind } from '../../../../shared/domain/kegiatan';
import { messages } from '../../../../shared/i18n';
import { fieldsOf } from '../../forms/fieldsOf';
import { FormFrame } from '../../forms/FormFrame';
import type { RecordFormProps } from '../../forms/FormPage';
import { useContractForm } from '../../forms/useContractForm';
import { KomunitasSelect, MitraSelect } from '../EntitySelects';

const gf = { ...messages.kegiatanFields, ...messages.kegiatanMoreFields };
const gp = messages.kegiatanPages;
const kf = messages.kegiatanForm;
const FIELDS = ['kind', 'name', 'theme', 'date', 'endDate', 'venue', 'organizer', 'speakers', 'quota', 'fundSource', 'budget', 'notes', 'komunitasIds', 'mitraIds'];
const FUND_OPTIONS = FUND_SOURCES.map((s) => ({ value: s, label: messages.fundSource[s] }));

export function kegiatanToInput(k: Kegiatan): KegiatanInput {
  return {
    kind: k.kind,
    name: k.name,
    theme: k.theme ?? '',
    date: k.date,
    endDate: k.endDate ?? '',
    venue: k.venue,
    organizer: k.organizer ?? '',
    speakers: k.speakers ?? '',
    quota: k.quota ?? undefined,
    fundSource: k.fundSource ?? undefined,
    budget: k.budget ?? undefined,
    notes: k.notes ?? '',
    komunitasIds: k.komunitas.map((c) => c.id),
    mitraIds: k.partners.map((p) => p.id),
  };
}

/**
 * An activity's form: the kind first, then the fields that kind uses — a meeting its invitations,
 * another kind its speakers and quota (participants are added on its page). An edit keeps the
 * kind's side: a meeting stays a meeting.
 */
export function KegiatanForm({ id, version, onReload, initial, onSaved, onCancel, kind: startKind }: RecordFormProps<Kegiatan, KegiatanInput> & { kind?: KegiatanKind }) {
  const form = useContractForm('kegiatan:create', {
    id,
    version,
    onReload,
    defaults: initial ?? { kind: startKind ?? 'temu_kemitraan', organizer: messages.app.departmentLong, komunitasIds: [], mitraIds: [] },
    fields: FIELDS,
    onSaved,
  });
  const kind = (useWatch({ control: form.control, name: 'kind' }) ?? 'temu_kemitraan') as KegiatanKind;
  const shape = kindShape(kind);
  // An edit offers only the kinds on the record's side (a meeting's invitations do not convert).
  const meeting = initial?.kind === 'temu_kemitraan';
  const kinds = KEGIATAN_KINDS.filter((k) => !id || (k === 'temu_kemitraan') === meeting);
  const { text, date, pickMany, select, money, integer } = fieldsOf(form.control);
  return (
    <FormFrame form={form} label={id ? gp.editTitle : gp.addTitle} onCancel={onCancel}>
      <Form.Item label={gf.kind} required extra={id ? undefined : kf.kindFirst}>
        <Radio.Group
          data-testid="kegiatan-kind"
          optionType="button"
          buttonStyle="solid"
          value={kind}
          onChange={(e) => form.setValue('kind', e.target.value as KegiatanKind, { shouldDirty: true })}
          options={kinds.map((k) => ({ value: k, label: messages.kegiatanKind[k] }))}
        />
      </Form.Item>
      <Divider titlePlacement="start">{gp.sectionEvent}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>{text('name', gf.name, { required: true })}</Col>
        <Col xs={12} md={6}>{date('date', gf.date, { required: true })}</Col>
        <Col xs={12} md={6}>{date('endDate', gf.endDate)}</Col>
        <Col xs={24} md={12}>{text('theme', gf.theme, { placeholder: shape.invitations ? gp.themePlaceholder : undefined })}</Col>
        <Col xs={24} md={12}>{text('venue', gf.venue, { required: true, placeholder: shape.invitations ? gp.venuePlaceholder : undefined })}</Col>
        <Col xs={24} md={12}>{text('organizer', gf.organizer)}</Col>
        {shape.participants ? <Col xs={24} md={12}>{text('speakers', gf.speakers, { placeholder: kf.speakersPlaceholder })}</Col> : null}
      </Row>
      <Divider titlePlacement="start">{kf.sectionFunds}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>{select('fundSource', gf.fundSource, FUND_OPTIONS, { allowClear: true, search: false })}</Col>
        <Col xs={24} md={8}>{money('budget', gf.budget)}</Col>
        {shape.participants ? <Col xs={24} md={8}>{integer('quota', gf.quota)}</Col> : null}
      </Row>
      {shape.invitations ? (
        <>
          <Divider titlePlacement="start">{gp.sectionInvited}</Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>{pickMany('komunitasIds', gf.komunitasIds, (p) => <KomunitasSelect multiple {...p} placeholder={gp.chooseKomunitas} />)}</Col>
            <Col xs={24} md={12}>{pickMany('mitraIds', gf.mitraIds, (p) => <MitraSelect multiple {...p} placeholder={gp.choosePartners} />)}</Col>
          </Row>
        </>
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={kf.participantsLater} />
      )}
      <Row gutter={16}>
        <Col xs={24}>{text('notes', gf.notes, { area: true })}</Col>
      </Row>
    </FormFrame>
  );
}
