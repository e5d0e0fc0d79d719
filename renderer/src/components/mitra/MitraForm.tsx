import { Col, Divider, Row } from 'antd';
import type { Mitra, MitraInput } from '../../../../shared/contract';
import { messages } from '../../../../shared/i18n';
import { fieldsOf } from '../../forms/fieldsOf';
import { FormFrame } from '../../forms/FormFrame';
import type { RecordFormProps } from '../../forms/FormPage';
import { useContractForm } from '../../forms/useContractForm';
import { kecamatanOptions, sectorOptions } from '../options';
import { mitraKindOptions, mitraStatusOptions, supportOptions, targetClassOptions } from '../partnershipOptions';

const mf = messages.mitraFields;
const mp = messages.mitraPages;
const pc = messages.pc;
const TEXT_FIELDS = ['sector', 'address', 'kecamatan', 'contactName', 'phone', 'email', 'nib', 'npwp', 'notes'] as const;
const FIELDS = ['name', 'kind', 'status', 'interestSectors', 'offers', 'targetClasses', ...TEXT_FIELDS];

export function mitraToInput(m: Mitra): MitraInput {
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

export function MitraForm({ id, version, onReload, initial, onSaved, onCancel }: RecordFormProps<Mitra, MitraInput>) {
  const form = useContractForm('mitra:create', {
    id,
    version,
    onReload,
    defaults: initial ?? { status: 'aktif', interestSectors: [], offers: [], targetClasses: [] },
    fields: FIELDS,
    onSaved,
  });
  const { text, select } = fieldsOf(form.control);
  return (
    <FormFrame form={form} label={id ? mp.editTitle : mp.addTitle} onCancel={onCancel}>
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
    </FormFrame>
  );
}
