import { Col, Divider, Row } from 'antd';
import type { Kegiatan, KegiatanInput } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import { fieldsOf } from '../../forms/fieldsOf';
import { FormFrame } from '../../forms/FormFrame';
import type { RecordFormProps } from '../../forms/FormPage';
import { useContractForm } from '../../forms/useContractForm';
import { KomunitasSelect, MitraSelect } from '../EntitySelects';

const gf = messages.kegiatanFields;
const gp = messages.kegiatanPages;
const FIELDS = ['name', 'theme', 'date', 'venue', 'organizer', 'notes', 'komunitasIds', 'mitraIds'];

export function kegiatanToInput(k: Kegiatan): KegiatanInput {
  return {
    name: k.name,
    theme: k.theme ?? '',
    date: k.date,
    venue: k.venue,
    organizer: k.organizer ?? '',
    notes: k.notes ?? '',
    komunitasIds: k.komunitas.map((c) => c.id),
    mitraIds: k.partners.map((p) => p.id),
  };
}

export function KegiatanForm({ id, version, onReload, initial, onSaved, onCancel }: RecordFormProps<Kegiatan, KegiatanInput>) {
  const form = useContractForm('kegiatan:create', {
    id,
    version,
    onReload,
    defaults: initial ?? { organizer: messages.app.departmentLong, komunitasIds: [], mitraIds: [] },
    fields: FIELDS,
    onSaved,
  });
  const { text, date, pickMany } = fieldsOf(form.control);
  return (
    <FormFrame form={form} label={id ? gp.editTitle : gp.addTitle} onCancel={onCancel}>
      <Divider titlePlacement="start">{gp.sectionEvent}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={16}>{text('name', gf.name, { required: true })}</Col>
        <Col xs={24} md={8}>{date('date', gf.date, { required: true })}</Col>
        <Col xs={24} md={12}>{text('theme', gf.theme, { placeholder: gp.themePlaceholder })}</Col>
        <Col xs={24} md={12}>{text('venue', gf.venue, { required: true, placeholder: gp.venuePlaceholder })}</Col>
        <Col xs={24}>{text('organizer', gf.organizer)}</Col>
      </Row>
      <Divider titlePlacement="start">{gp.sectionInvited}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>{pickMany('komunitasIds', gf.komunitasIds, (p) => <KomunitasSelect multiple {...p} placeholder={gp.chooseKomunitas} />)}</Col>
        <Col xs={24} md={12}>{pickMany('mitraIds', gf.mitraIds, (p) => <MitraSelect multiple {...p} placeholder={gp.choosePartners} />)}</Col>
        <Col xs={24}>{text('notes', gf.notes, { area: true })}</Col>
      </Row>
    </FormFrame>
  );
}
