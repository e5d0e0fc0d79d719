import { Button, Col, Form, Row, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useFieldArray, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import type { KemitraanInput } from '../../../../shared/contract';
import { fill, messages } from '../../../../shared/i18n';
import { formatRupiah } from '../../../../shared/format/rupiah';
import { fieldsOf } from '../../forms/fieldsOf';
import { supportOptions } from '../partnershipOptions';

const kf = messages.kemitraanFields;
const ap = messages.agreementPages;

/** The agreement's supports: kind, description and an optional value in rupiah, one row each. */
export function SupportsField({ control, errors }: { control: Control<KemitraanInput>; errors: FieldErrors<KemitraanInput> }) {
  const { fields, append, remove } = useFieldArray({ control, name: 'supports' });
  const supports = useWatch({ control, name: 'supports' }) ?? [];
  const total = supports.reduce((sum, s) => sum + (typeof s?.value === 'number' ? s.value : 0), 0);
  const listError = errors.supports?.root?.message ?? errors.supports?.message;
  const { select, text, money } = fieldsOf(control);
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
          <Col xs={24} md={6}>{select(`supports.${i}.kind`, kf.supportKind, supportOptions, { required: true, search: false })}</Col>
          <Col xs={24} md={11}>{text(`supports.${i}.description`, kf.supportDescription, { required: true, placeholder: ap.descriptionPlaceholder })}</Col>
          <Col xs={20} md={6}>{money(`supports.${i}.value`, kf.supportValue)}</Col>
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
