// Legalitas & sertifikasi (issue 15) as a clerk at DKUMKMP uses it, at both screens of the office:
// a halal application recorded from the UMKM's page, the queue grouped by status with each
// application's age, the applications of one companion marked submitted on one day, then marked
// issued with numbers pasted from a spreadsheet (a line naming a UMKM not selected blocks the save
// and says so; the pairing is shown before saving), the expiring list and the curation list with
// its rule. Screenshots of each step.
import type { Page } from '@playwright/test';
import { addDays } from '../../electron/core/services/sertifikat/sertifikatQueries';
import { todayIso, formatDate } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import { expect, test } from '../support/e2e';
import { fieldInput, fieldSelect, namedSelect, typeDate } from '../support/partnershipUi';
import { SCREENS, saveScreen } from '../support/screens';
import { pickOption } from '../support/umkmUi';

const sp = messages.sertifikatPages;
const e = messages.sertifikatEnums;
const menu = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`(^| )${label}$`) });
const form = (page: Page) => page.getByTestId('sertifikat-form');
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const group = (page: Page, label: string) => page.getByTestId('sertifikat-groups').getByText(new RegExp(`^${escape(label)} \\(`));
const COMPANION = 'Pendamping Uji Playwright';

for (const screen of SCREENS) {
  test.describe(`${screen.width}x${screen.height}`, () => {
    test.use({ viewport: screen, seedDemo: 60 });

    test('a clerk records an application, marks a group submitted, pastes issued numbers after checking the pairing, and reads the lists', async ({ page, api }) => {
      test.setTimeout(180_000);
      // Two active demo UMKM without a halal application yet.
      const { items } = await api.call('umkm:list', { status: 'aktif', pageSize: 60, sort: 'businessName' });
      const free = [];
      for (const u of items) {
        const own = await api.call('sertifikat:list', { umkmId: u.id, kind: 'halal' });
        if (own.total === 0) free.push(u);
        if (free.length === 2) break;
      }
      expect(free.length, 'two demo UMKM without halal').toBe(2);
      const [a, b] = free as [(typeof items)[number], (typeof items)[number]];

      // ---- From the UMKM's page: a halal application, self-declare, with its companion ---------
      await page.goto(`#/umkm/${a.id}`);
      await expect(page.getByRole('heading', { name: a.businessName })).toBeVisible();
      const tabs = page.getByTestId('umkm-register-tabs');
      await tabs.getByRole('tab', { name: sp.tab }).click();
      const tab = page.getByTestId('umkm-sertifikat');
      await tab.getByRole('button', { name: sp.add }).click();
      await expect(form(page)).toContainText(a.businessName);
      await pickOption(page, fieldSelect(page, 'kind'), e.kind.halal);
      await pickOption(page, fieldSelect(page, 'status'), e.status.diajukan);
      await form(page).getByRole('button', { name: messages.pc.save }).click();
      // Submitted without its day: refused at the field, in the clerk's words.
      await expect(form(page).locator('[data-field="submittedAt"] .ant-form-item-explain')).toContainText(messages.sertifikatValidation.submittedAtNeeded);
      const submitted = addDays(todayIso(), -12);
      await typeDate(fieldInput(page, 'submittedAt'), formatDate(submitted));
      await pickOption(page, fieldSelect(page, 'route'), e.route.self_declare);
      await fieldInput(page, 'companion').fill(COMPANION);
      await fieldInput(page, 'programme').fill('SEHATI');
      await saveScreen(page, `sertifikat-form`);
      await form(page).getByRole('button', { name: messages.pc.save }).click();
      await expect(form(page)).toHaveCount(0);
      const mine = tab.locator('.ant-table-row').filter({ hasText: e.kind.halal });
      await expect(mine).toContainText(e.group.diajukan);
      await expect(mine).toContainText(fill(sp.ageDays, { n: 12 }));
      await expect(mine).toContainText(COMPANION);
      await saveScreen(page, `sertifikat-umkm-tab`);

      // A second one, planned only, for the other UMKM (as a colleague would have entered it).
      const planned = await api.call('sertifikat:create', { umkmId: b.id, kind: 'halal', companion: COMPANION, route: 'self_declare' });

      // ---- The queue: grouped with counts; the companion's planned one marked submitted ---------
      await page.goto('#/');
      await menu(page, sp.menu).click();
      await expect(page.getByRole('heading', { name: sp.title })).toBeVisible();
      const before = await api.call('sertifikat:list', {});
      await expect(group(page, e.group.diajukan)).toHaveText(`${e.group.diajukan} (${before.counts.diajukan})`);
      await saveScreen(page, `sertifikat-queue`);
      await pickOption(page, namedSelect(page, sp.anyCompanion), COMPANION);
      await group(page, e.group.rencana).click();
      const table = page.locator('.ant-table').last();
      await expect(table.locator('.ant-table-row')).toHaveCount(1);
      await expect(table.locator('.ant-table-row')).toContainText(b.businessName);
      await table.locator('.ant-table-row .ant-checkbox-input').first().check();
      await expect(page.getByTestId('selected-count')).toHaveText(fill(sp.selected, { n: 1 }));
      await page.getByRole('button', { name: sp.markSubmitted }).click();
      await page.getByTestId('mark-submitted-save').click();
      await expect(page.getByText(fill(sp.submittedDone, { n: 1 }))).toBeVisible();
      expect((await api.call('sertifikat:get', { id: planned.id })).submittedAt).toBe(todayIso());

      // ---- Both submitted now: marked issued with numbers pasted from a spreadsheet -------------
      await group(page, e.group.diajukan).click();
      await expect(table.locator('.ant-table-row')).toHaveCount(2);
      // Oldest application first, its age shown.
      await expect(table.locator('.ant-table-row').first()).toContainText(a.businessName);
      await table.locator('.ant-table-thead .ant-checkbox-input').check();
      await page.getByRole('button', { name: sp.markIssued }).click();
      const dialog = page.getByRole('dialog', { name: sp.markIssued });
      await expect(dialog).toBeVisible();
      const paste = dialog.locator('#mark-issued-paste');
      // A slip: the second line names a NIK that is not among the selected applications.
      await paste.fill(`${a.nik}\tID64110000111222333\n6471050101900009\tID64110000999888777`);
      await expect(dialog.getByTestId('pair-problems')).toContainText(fill(sp.pairNoMatch, { key: '6471050101900009' }));
      await expect(page.getByTestId('mark-issued-save')).toBeDisabled();
      await saveScreen(page, `sertifikat-paste-problem`);
      await paste.fill(`${b.nik}\tID64110000999888777\n${a.nik}\tID64110000111222333`);
      await expect(dialog.getByTestId('pair-problems')).toHaveCount(0);
      const pairing = dialog.getByTestId('pairing');
      await expect(pairing.locator('.ant-table-row').filter({ hasText: a.businessName })).toContainText('ID64110000111222333');
      await expect(pairing.locator('.ant-table-row').filter({ hasText: b.businessName })).toContainText('ID64110000999888777');
      await typeDate(dialog.locator('#mark-issued-valid'), formatDate(addDays(todayIso(), 20)));
      await saveScreen(page, `sertifikat-paste-pairing`);
      await page.getByTestId('mark-issued-save').click();
      await expect(page.getByText(fill(sp.issuedDone, { n: 2 }))).toBeVisible();
      await expect(table.locator('.ant-table-row')).toHaveCount(0);
      await group(page, e.group.terbit).click();
      await expect(table.locator('.ant-table-row').filter({ hasText: a.businessName })).toContainText('ID64110000111222333');

      // ---- Expiring within 30 days: both new ones (valid 20 more days) --------------------------
      await page.getByRole('tab', { name: sp.expiringTab }).click();
      await page.getByTestId('expiry-window').getByText(fill(sp.days, { n: 30 })).click();
      const soon = page.locator('.ant-table').last().locator('.ant-table-row').filter({ hasText: a.businessName });
      await expect(soon).toContainText(fill(sp.daysLeft, { n: 20 }));
      await saveScreen(page, `sertifikat-expiring`);

      // ---- Ready for curation, with its rule said on the page ----------------------------------
      await page.getByRole('tab', { name: sp.readyTab }).click();
      await expect(page.getByTestId('ready-rule')).toContainText(messages.sertifikatText.bpomRule);
      const ready = await api.call('sertifikat:ready', {});
      await expect(page.getByText(fill(sp.readyCount, { n: ready.total.toLocaleString('id-ID') }))).toBeVisible();
      await saveScreen(page, `sertifikat-ready`);
    });
  });
}
