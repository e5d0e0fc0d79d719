import { Col, Divider, Input, Row } from 'antd';
import type { OfficeSettings } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { groupNipTyping } from '../../../../shared/format/nip';
import { fieldsOf } from '../../forms/fieldsOf';
import { FormField } from '../../forms/FormField';
import { FormFrame } from '../../forms/FormFrame';
import { EmblemField } from './EmblemField';
import { ADDRESS_INPUTS, type OfficeFormValues } from './officeFormValues';
import { OfficePreview } from './OfficePreview';
import { useOfficeForm } from './useOfficeForm';

const o = messages.office;
const f = o.fields;
const p = o.page;

/** The settings' form beside the preview of what it prints; the preview follows every keystroke. */
export function OfficeForm({ stored }: { stored: OfficeSettings }) {
  const form = useOfficeForm(stored);
  const { text } = fieldsOf<OfficeFormValues>(form.control);
  const values = form.watch();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <FormFrame form={form} label={p.formLabel} onCancel={form.cancel} testId="office-form">
          <Divider titlePlacement="start">{p.letterhead}</Divider>
          <Row gutter={16}>
            <Col xs={24}>{text('government', f.government, { required: true })}</Col>
            <Col xs={24}>{text('officeName', f.officeName, { required: true })}</Col>
            {Array.from({ length: ADDRESS_INPUTS }, (_, i) => (
              <Col xs={24} key={i}>
                {text(`addressLines.${i}`, fill(p.addressLine, { n: i + 1 }), i === 0 ? { placeholder: p.addressHint } : {})}
              </Col>
            ))}
            <Col xs={24} md={12}>{text('phone', f.phone)}</Col>
            <Col xs={24} md={12}>{text('email', f.email)}</Col>
            <Col xs={24} md={12}>{text('website', f.website)}</Col>
            <Col xs={24}>
              <EmblemField control={form.control} errors={form.formState.errors} setError={form.setError} clearErrors={form.clearErrors} />
            </Col>
          </Row>
          <Divider titlePlacement="start">{p.signatory}</Divider>
          <Row gutter={16}>
            <Col xs={24}>{text('signatoryPosition', f.signatoryPosition, { required: true })}</Col>
            <Col xs={24} md={12}>{text('city', f.city, { required: true })}</Col>
            <Col xs={24}>{text('signatoryName', f.signatoryName, { placeholder: p.nameHint })}</Col>
            <Col xs={24} md={12}>{text('signatoryRank', f.signatoryRank, { placeholder: p.rankHint })}</Col>
            <Col xs={24} md={12}>
              <FormField<OfficeFormValues>
                name="signatoryNip"
                label={f.signatoryNip}
                control={form.control}
                extra={p.nipHint}
                render={(i) => (
                  <Input
                    id={i.id}
                    value={(i.value as string) ?? ''}
                    status={i.status}
                    onBlur={i.onBlur}
                    inputMode="numeric"
                    placeholder="19700101 199503 1 001"
                    onChange={(e) => i.onChange(groupNipTyping(e.target.value))}
                  />
                )}
              />
            </Col>
          </Row>
        </FormFrame>
      </Col>
      <Col xs={24} xl={12}>
        <div style={{ position: 'sticky', top: 16 }}>
          <OfficePreview office={{ ...values, addressLines: values.addressLines ?? [] }} />
        </div>
      </Col>
    </Row>
  );
}
