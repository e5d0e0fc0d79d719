import { useEffect } from 'react';
import { Col, Divider, Row } from 'antd';
import { useWatch } from 'react-hook-form';
import { UMKM_INPUT_FIELDS, type Umkm, type UmkmInput } from '../../../shared/contract';
import { classify } from '../../../shared/domain/classification';
import { KBLI_VERSIONS } from '../../../shared/domain/sectors';
import { messages } from '../../../shared/i18n';
import { fieldsOf } from '../forms/fieldsOf';
import type { RecordFormProps } from '../forms/FormPage';
import { FormFrame } from '../forms/FormFrame';
import { useContractForm } from '../forms/useContractForm';
import { ClassPreview } from './ClassPreview';
import { kecamatanOptions, kelurahanOptions, marketReachOptions, sectorOptions, statusOptions } from './options';

const f = messages.fields;
const fm = messages.form;
const kbliVersionOptions = KBLI_VERSIONS.map((v) => ({ value: v, label: `KBLI ${v}` }));

export function UmkmForm({ id, initial, onSaved, onCancel }: RecordFormProps<Umkm, Partial<UmkmInput>>) {
  const form = useContractForm('umkm:create', {
    id,
    defaults: { marketReach: 'lokal', status: 'aktif', sector: undefined, ...initial },
    fields: UMKM_INPUT_FIELDS,
    onSaved,
  });
  const { control, setValue, getValues } = form;
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

  const { text, select, money, integer, date } = fieldsOf(control);
  return (
    <FormFrame form={form} label={id ? fm.editTitle : fm.addTitle} onCancel={onCancel}>
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
        <Col xs={12} md={8}>{select('kbliVersion', f.kbliVersion, kbliVersionOptions, { allowClear: true })}</Col>
        <Col xs={24} md={8}>{money('annualSales', f.annualSales)}</Col>
        <Col xs={24} md={8}>{money('capital', f.capital)}</Col>
        <Col xs={24} md={8}>{money('assets', f.assets)}</Col>
        <Col xs={24}>
          <ClassPreview preview={preview} label={fm.classPreview} none={fm.classPreviewNone} testId="class-preview" />
        </Col>
        <Col xs={12} md={6}>{integer('employees', f.employees)}</Col>
        <Col xs={12} md={6}>{integer('foundedYear', f.foundedYear)}</Col>
        <Col xs={24} md={6}>{select('marketReach', f.marketReach, marketReachOptions, { required: true })}</Col>
        <Col xs={24} md={6}>{date('registeredAt', f.registeredAt, { placeholder: null, pastOnly: true })}</Col>
        <Col xs={24}>{text('products', f.products, { area: true })}</Col>
      </Row>
      <Divider titlePlacement="start">{fm.sectionOther}</Divider>
      {text('notes', f.notes, { area: true })}
    </FormFrame>
  );
}
