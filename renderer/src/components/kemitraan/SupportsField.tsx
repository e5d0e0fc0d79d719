import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useFieldArray, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import type { KemitraanInput } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { formatRupiah } from '../../../../shared/format/rupiah';
import { FormField } from '../FormField';
import { supportOptions } from '../partnershipOptions';
import { RupiahInput } from '../RupiahInput';

const kf = messages.kemitraanFields;
const ap = messages.agreementPages;

/** The agreement's supports: kind, description and an optional value in rupiah, one row each. */
export function SupportsField({ control, errors }: { control: Control<KemitraanInput>; errors: FieldErrors<KemitraanInput> }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'supports' });
  const supports = useWatch({ control, name: 'supports' }) ?? [];
  const total = supports.reduce((sum, s) => sum + (typeof s?.value === 'number' ? s.value : 0), 0);
  const listError = errors.supports?.root?.message ?? errors.supports?.message;
  return (
    <Form.Item
      label={kf.supports}
      required
      data-field="supports"
      validateStatus={listError ? 'error' : undefined}
      help={listError}
    >
      {fields.map((row, i) => (
        <Row key={row.id} gutter={8} align="top" data-testid={`support-${i}`} aria-label={fill(ap.supportN, { n: i + 1 })} role="group">
          <Col xs={24} md={6}>
            <FormField<KemitraanInput>
              name={`supports.${i}.kind`}
              label={kf.supportKind}
              control={control}
              required
              render={(p) => (
                <Select id={p.id} options={supportOptions} value={(p.value as string) || undefined} onChange={(v) => p.onChange(v)} onBlur={p.onBlur} status={p.status} />
              )}
            />
          </Col>
          <Col xs={24} md={11}>
            <FormField<KemitraanInput>
              name={`supports.${i}.description`}
              label={kf.supportDescription}
              control={control}
              required
              render={(p) => (
                <Input id={p.id} placeholder={ap.descriptionPlaceholder} value={(p.value as string) ?? ''} onChange={(e) => p.onChange(e.target.value)} onBlur={p.onBlur} status={p.status} />
              )}
            />
          </Col>
          <Col xs={20} md={6}>
            <FormField<KemitraanInput> name={`supports.${i}.value`} label={kf.supportValue} control={control} render={(p) => <RupiahInput {...p} />} />
          </Col>
          <Col xs={4} md={1} style={{ paddingTop: 30 }}>
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={fill(ap.removeSupport, { n: i + 1 })} onClick={() => remove(i)} disabled={fields.length === 1} />
          </Col>
        </Row>
      ))}
      <Row justify="space-between" align="middle">
        <Button icon={<PlusOutlined />} onClick={() => append({ kind: 'pembinaan', description: '', value: undefined })}>
          {ap.addSupport}
        </Button>
        <Typography.Text strong data-testid="supports-total">
          {kf.totalValue}: {formatRupiah(total)}
        </Typography.Text>
      </Row>
    </Form.Item>
  );
}
