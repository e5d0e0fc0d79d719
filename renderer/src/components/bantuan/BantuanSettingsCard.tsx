import { useState } from 'react';
import { App, Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { REPEAT_MONTHS_MAX, REPEAT_MONTHS_MIN } from '../../../../shared/domain/bantuan';
import { messages } from '../../../../shared/i18n';
import { errorMessage } from '../../api/client';
import { useRead, useWrite } from '../../api/queries';

const bp = messages.bantuanPages;

/** The admin's period for the repeat-assistance warning, on the settings page. */
export function BantuanSettingsCard() {
  const stored = useRead('bantuan:settings', {});
  const save = useWrite('bantuan:setSettings');
  const { message } = App.useApp();
  const [typed, setTyped] = useState<number | null>(null);
  const months = typed ?? stored.data?.repeatMonths ?? null;
  const [error, setError] = useState<string>();
  return (
    <Card title={bp.settingsTitle} style={{ marginTop: 16 }} data-testid="bantuan-settings">
      <Typography.Paragraph type="secondary">{bp.settingsHelp}</Typography.Paragraph>
      <Form layout="vertical" component={false}>
        <Form.Item label={messages.bantuanFields.repeatMonths} htmlFor="bantuan-repeat-months" validateStatus={error ? 'error' : undefined} help={error}>
          <Flex gap={8} align="center">
            <InputNumber<number>
              id="bantuan-repeat-months"
              min={REPEAT_MONTHS_MIN}
              max={REPEAT_MONTHS_MAX}
              precision={0}
              value={months}
              onChange={(v) => setTyped(v)}
              suffix={bp.monthsSuffix}
              style={{ width: 160 }}
            />
            <Button
              type="primary"
              loading={save.isPending}
              disabled={months === null || months === stored.data?.repeatMonths}
              onClick={() =>
                save.mutateAsync({ repeatMonths: months ?? 0 }).then(
                  () => {
                    setError(undefined);
                    setTyped(null);
                    void message.success(bp.settingsSaved);
                  },
                  (err: unknown) => setError(errorMessage(err)),
                )
              }
            >
              {messages.pc.save}
            </Button>
          </Flex>
        </Form.Item>
      </Form>
    </Card>
  );
}
