import { Button, Flex, Form, Typography, Upload } from 'antd';
import { DeleteOutlined, PictureOutlined } from '@ant-design/icons';
import { Controller, type Control, type FieldErrors, type UseFormClearErrors, type UseFormSetError } from 'react-hook-form';
import { messages } from '../../../../shared/i18n';
import type { OfficeFormValues } from './officeFormValues';
import { emblemSrc, readEmblem } from './readEmblem';

const o = messages.office;
const p = o.page;

/** Print size on the kop: about 2 cm wide, as a report prints it. */
export const EMBLEM_PRINT_WIDTH = '2cm';

/** The refusal at the emblem, whichever part of it the contract named. */
function emblemError(errors: FieldErrors<OfficeFormValues>): string | undefined {
  const e = errors.emblem as (FieldErrors<OfficeFormValues>['emblem'] & { mime?: { message?: string }; base64?: { message?: string } }) | undefined;
  return e?.message ?? e?.mime?.message ?? e?.base64?.message;
}

/**
 * The city's emblem: the clerk picks a PNG or JPEG (nothing is uploaded: the file is read in the
 * window and saved with the form), sees it at print size, or removes it.
 */
export function EmblemField({
  control,
  errors,
  setError,
  clearErrors,
}: {
  control: Control<OfficeFormValues>;
  errors: FieldErrors<OfficeFormValues>;
  setError: UseFormSetError<OfficeFormValues>;
  clearErrors: UseFormClearErrors<OfficeFormValues>;
}) {
  const error = emblemError(errors);
  return (
    <Controller
      name="emblem"
      control={control}
      render={({ field }) => (
        <Form.Item label={o.fields.emblem} htmlFor="field-emblem" validateStatus={error ? 'error' : undefined} help={error} extra={p.emblemHint} data-field="emblem">
          <Flex gap={16} align="center" wrap>
            <div
              data-testid="emblem-preview"
              style={{ width: EMBLEM_PRINT_WIDTH, minHeight: EMBLEM_PRINT_WIDTH, border: '1px dashed #d9d9d9', display: 'flex', alignItems: 'center', justifyContent: 'center' }}
            >
              {field.value ? <img src={emblemSrc(field.value)} alt={p.emblemAlt} style={{ width: EMBLEM_PRINT_WIDTH, height: 'auto', display: 'block' }} /> : <PictureOutlined style={{ color: '#bfbfbf', fontSize: 24 }} />}
            </div>
            <Flex vertical gap={8} style={{ flex: '1 1 200px' }}>
              {field.value ? null : <Typography.Text type="secondary">{p.emblemNone}</Typography.Text>}
              <Flex gap={8} wrap>
                <Upload
                  accept=".png,.jpg,.jpeg,image/png,image/jpeg"
                  showUploadList={false}
                  maxCount={1}
                  beforeUpload={(file) => {
                    void readEmblem(file).then((r) => {
                      if ('error' in r) {
                        setError('emblem', { type: 'file', message: r.error });
                      } else {
                        clearErrors('emblem');
                        field.onChange(r.emblem);
                      }
                    });
                    // Never sent anywhere by the Upload itself: the form saves it.
                    return false;
                  }}
                >
                  <Button id="field-emblem" icon={<PictureOutlined />}>
                    {p.emblemPick}
                  </Button>
                </Upload>
                {field.value ? (
                  <Button icon={<DeleteOutlined />} onClick={() => field.onChange(null)}>
                    {p.emblemRemove}
                  </Button>
                ) : null}
              </Flex>
            </Flex>
          </Flex>
        </Form.Item>
      )}
    />
  );
}
