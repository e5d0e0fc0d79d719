// Bantuan (issue 15) as a clerk at DKUMKMP uses it, at both screens of the office: the page with
// its totals by source of funds and its filters, a new assistance recorded for a UMKM picked from
// the registry, then from the UMKM's own page a second one of the same kind and source, which the
// form warns about (naming the earlier one and the admin's period) and saves only once confirmed;
// the admin shortens the period in Pengaturan and the warning goes. Screenshots of each step.
import type { Page } from '@playwright/test';
import { fill, messages } from '../../shared/i18n';
import { expect, test } from '../support/e2e';
import { fieldInput, fieldSelect, namedSelect, searchAndPick, typeDate } from '../support/partnershipUi';
import { SCREENS, saveScreen } from '../support/screens';
import { pickOption } from '../support/umkmUi';

const bp = messages.bantuanPages;
const w = messages.bantuanWarning;
const menu = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`(^| )${label}$`) });
const form = (page: Page) => page.getByTestId('bantuan-form');
const saveButton = (page: Page) => form(page).getByRole('button', { name: messages.pc.save });

for (const screen of SCREENS) {
  test.describe(`${screen.width}x${screen.height}`, () => {
    test.use({ viewport: screen, seedDemo: 60 });

    test('a clerk records assistance, is warned of a repeat from the same source, confirms it, and the admin sets the period', async ({ page, api }) => {
      test.setTimeout(150_000);
      // An active micro UMKM of the demo that has had no help yet.
      const { items } = await api.call('umkm:list', { status: 'aktif', class: 'mikro', pageSize: 60, sort: 'businessName' });
      let target: (typeof items)[number] | undefined;
      for (const u of items) {
        if ((await api.call('bantuan:list', { umkmId: u.id })).total === 0) {
          target = u;
          break;
        }
      }
      expect(target, 'a demo UMKM without assistance').toBeTruthy();
      const u = target!;
      const before = await api.call('bantuan:list', {});

      // ---- The page: totals by source over the whole list, then filtered -------------------------
      await page.goto('#/');
      await menu(page, bp.nav).click();
      await expect(page.getByRole('heading', { name: bp.title })).toBeVisible();
      const totals = page.getByTestId('bantuan-totals');
      const csr = before.totals.find((t) => t.fundSource === 'csr_mitra')!;
      await expect(page.getByTestId('bantuan-total-csr_mitra')).toContainText(`Rp ${csr.value.toLocaleString('id-ID')}`);
      await expect(page.getByTestId('bantuan-total-all')).toContainText(`Rp ${before.totalValue.toLocaleString('id-ID')}`);
      await expect(totals).toContainText(messages.fundSource.bank_indonesia);
      await saveScreen(page, 'bantuan-list');

      await pickOption(page, namedSelect(page, bp.filterSource), messages.fundSource.csr_mitra);
      await expect(page.getByText(fill(bp.sub, { n: csr.count.toLocaleString('id-ID'), value: csr.value.toLocaleString('id-ID') }), { exact: true })).toBeVisible();
      await expect(page.getByTestId('bantuan-table').locator('.ant-table-row').first()).toContainText(messages.fundSource.csr_mitra);
      await page.goto('#/bantuan');

      // ---- A new assistance for a UMKM picked from the registry ---------------------------------
      await page.getByRole('button', { name: bp.add }).click();
      await expect(page.getByRole('dialog', { name: bp.addTitle })).toBeVisible();
      await saveButton(page).click();
      await expect(form(page).locator('[data-field="kind"] .ant-form-item-explain')).toBeVisible();
      await searchAndPick(page, namedSelect(form(page), bp.pickUmkm), u.businessName.slice(0, 10), u.businessName);
      await pickOption(page, fieldSelect(page, 'kind'), messages.bantuanKind.peralatan);
      await pickOption(page, fieldSelect(page, 'fundSource'), messages.fundSource.apbd);
      await fieldInput(page, 'item').fill('Mesin press sealer pedal');
      await fieldInput(page, 'value').fill('3500000');
      await expect(fieldInput(page, 'value')).toHaveValue('3.500.000');
      await typeDate(fieldInput(page, 'handedAt'), '14/03/2025');
      await expect(fieldInput(page, 'year')).toHaveValue('2025');
      await fieldInput(page, 'handoverNumber').fill('BAST/027/DKUMKMP/2025');
      await expect(page.getByTestId('bantuan-warnings')).toHaveCount(0);
      await saveButton(page).click();
      await expect(page.getByRole('dialog', { name: bp.addTitle })).toHaveCount(0);
      await page.getByRole('searchbox', { name: bp.searchPlaceholder }).fill(u.businessName);
      const row = page.getByTestId('bantuan-table').locator('.ant-table-row').filter({ hasText: 'Mesin press sealer pedal' }).filter({ hasText: u.businessName });
      await expect(row).toContainText('14/03/2025');
      await expect(row).toContainText('Rp 3.500.000');
      await expect(row).toContainText('BAST/027/DKUMKMP/2025');

      // ---- From the UMKM's page: the same kind from the same source, warned and confirmed -------
      await row.getByRole('link', { name: u.businessName }).click();
      await expect(page.getByRole('heading', { name: u.businessName })).toBeVisible();
      const tabs = page.getByTestId('umkm-register-tabs');
      await tabs.getByRole('tab', { name: bp.tab }).click();
      const tab = page.getByTestId('umkm-bantuan');
      await expect(tab).toContainText(fill(bp.tabTotal, { n: 1, value: '3.500.000' }));
      await tab.getByRole('button', { name: bp.add }).click();
      await expect(form(page)).toContainText(u.businessName);
      await pickOption(page, fieldSelect(page, 'kind'), messages.bantuanKind.peralatan);
      await pickOption(page, fieldSelect(page, 'fundSource'), messages.fundSource.apbd);
      await fieldInput(page, 'item').fill('Etalase kaca');
      await typeDate(fieldInput(page, 'handedAt'), '02/09/2026');
      const warning = page.getByTestId('bantuan-warnings');
      await expect(warning).toContainText(fill(w.repeat, { kind: messages.bantuanKind.peralatan.toLowerCase(), source: messages.fundSource.apbd, months: 24 }));
      await expect(warning).toContainText('Mesin press sealer pedal · 14/03/2025 · Rp 3.500.000 · BAST/027/DKUMKMP/2025');
      await saveButton(page).click();
      await expect(warning.getByRole('alert')).toHaveText(fill(messages.bantuanValidation.needsConfirmation, { warnings: w.short.repeat }));
      await saveScreen(page, `bantuan-warning`);
      await page.getByTestId('bantuan-confirm').click();
      await saveButton(page).click();
      await expect(form(page)).toHaveCount(0);
      await expect(tab).toContainText(fill(bp.tabTotal, { n: 2, value: '3.500.000' }));
      const confirmed = tab.locator('.ant-table-row').filter({ hasText: 'Etalase kaca' });
      await expect(confirmed.getByLabel(fill(bp.confirmedTag, { warnings: w.short.repeat }))).toBeVisible();
      await saveScreen(page, `bantuan-umkm-tab`);

      // ---- The admin shortens the period to 12 months: a help 13 months on is no longer a repeat ---
      await menu(page, messages.office.page.nav).click();
      const settings = page.getByTestId('bantuan-settings');
      await expect(settings.getByLabel(messages.bantuanFields.repeatMonths)).toHaveValue('24');
      await settings.getByLabel(messages.bantuanFields.repeatMonths).fill('12');
      await settings.getByRole('button', { name: messages.pc.save }).click();
      await expect(page.getByText(bp.settingsSaved)).toBeVisible();
      await settings.scrollIntoViewIfNeeded();
      await saveScreen(page, `bantuan-settings`);
      const again = await api.call('bantuan:check', { umkmId: u.id, kind: 'peralatan', fundSource: 'apbd', handedAt: '2027-10-01' });
      expect(again.warnings).toEqual([]);
      expect(again.repeatMonths).toBe(12);
    });
  });
}
