// Issue 13 on the Pengguna page: a name held after wrong passwords shows its count and wait, and
// the admin lifts it with one confirmed click; a weak new password is refused at its field in
// plain words; resetting an admin's password asks for the acting admin's own.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { connectApi } from '../support/api';
import { SCREENS, saveScreen } from '../support/screens';
import { messages } from '../../shared/i18n';
import { fill } from '../../shared/i18n';

const ui = messages.auth.ui;
const OPERATOR = { username: 'sari', fullName: 'Sari Operator', role: 'operator' as const, password: 'operator-sandi-1' };
const row = (page: Page, username: string) => page.locator('.ant-table-row', { hasText: username });

for (const screen of SCREENS) {
  test.describe(`${screen.width}x${screen.height}`, () => {
    test.use({ viewport: screen });

    test('the admin sees a held name and lifts it; a weak password is refused at its field', async ({ page, api, server }) => {
      await api.call('users:create', OPERATOR);
      // Someone at another tab guesses sari's password until the tab must wait.
      const guesser = await connectApi(server.url);
      const codes: string[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push(await guesser.call('auth:login', { username: 'sari', password: 'tebakan-salah-1' }).then(() => 'OK', (e: Error) => e.message.split(' ')[1] ?? ''));
      }
      // The wrong passwords counted: every try up to the first that brought a wait (later ones wait, uncounted).
      expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
      const counted = codes.indexOf('TOO_MANY_ATTEMPTS') + 1;

      await page.goto('#/pengguna');
      const attempts = page.getByTestId('attempts-sari');
      await expect(attempts).toContainText(fill(ui.attemptsCount, { n: counted }));
      await expect(attempts).toContainText(fill(ui.waitingUntil, { time: '' }).trim());
      const lift = row(page, 'sari').getByRole('button', { name: ui.liftWait });
      await expect(lift).toBeInViewport();
      await saveScreen(page, 'users-held-name');

      await lift.click();
      const confirm = page.getByRole('dialog');
      await expect(confirm).toContainText(fill(ui.liftWaitTitle, { username: 'sari' }));
      await confirm.getByRole('button', { name: ui.liftWait }).click();
      await expect(page.getByText(fill(ui.waitLifted, { username: 'sari' }))).toBeVisible();
      await expect(row(page, 'sari')).toContainText(ui.attemptsNone);
      await expect(row(page, 'sari').getByRole('button', { name: ui.liftWait })).toHaveCount(0);
      // The tab that was held signs in at once with the right password.
      await expect(guesser.call('auth:login', { username: 'sari', password: OPERATOR.password })).resolves.toMatchObject({ user: { username: 'sari' } });

      // A weak new password is refused at its field, in plain words.
      await row(page, 'sari').getByRole('button', { name: ui.resetPassword }).click();
      const dialog = page.getByRole('dialog', { name: fill(ui.resetTitle, { username: 'sari' }) });
      await expect(dialog).toContainText(ui.passwordHelp);
      await expect(dialog.locator('#field-adminPassword')).toHaveCount(0);
      await dialog.locator('#field-password').fill('Balikpapan2024');
      await dialog.getByRole('button', { name: ui.save }).click();
      await expect(dialog.locator('[data-field="password"]')).toContainText(messages.auth.validation.passwordCommon);
      await saveScreen(page, 'users-weak-password');
      await dialog.locator('#field-password').fill('kopi susu pagi hari');
      await dialog.getByRole('button', { name: ui.save }).click();
      await expect(dialog).toBeHidden();

      // An admin's reset asks for the acting admin's own password.
      await row(page, 'admin').getByRole('button', { name: ui.resetPassword }).click();
      const own = page.getByRole('dialog', { name: fill(ui.resetTitle, { username: 'admin' }) });
      await own.locator('#field-password').fill('lampu merah di klandasan');
      await own.locator('#field-adminPassword').fill('bukan-sandi-saya');
      await own.getByRole('button', { name: ui.save }).click();
      await expect(own.locator('[data-field="adminPassword"]')).toContainText(messages.auth.errors.adminPasswordWrong);
      await saveScreen(page, 'users-admin-reset');
    });
  });
}
