// Kegiatan pembinaan (issue 15) as a clerk at DKUMKMP uses it, at both screens of the office: the
// Kegiatan page filtered to trainings, a new two-day training whose form asks the kind first,
// participants (a UMKM of the registry and a walk-in person, over the quota with a warning),
// marks per day (one at a time and a whole day at once), a certificate number, then the UMKM's
// own page listing the training in its 'Kegiatan' tab; the demo's temu kemitraan still opens on
// its figures and attendance. Screenshots of each step.
import type { Page } from '@playwright/test';
import { fill, messages } from '../../shared/i18n';
import { expect, test } from '../support/e2e';
import { fieldInput, fieldSelect, namedSelect, searchAndPick, statValue, typeDate } from '../support/partnershipUi';
import { SCREENS, saveScreen } from '../support/screens';
import { pickOption } from '../support/umkmUi';

const gp = messages.kegiatanPages;
const kd = messages.kegiatanDetail;
const kl = messages.kegiatanList;
const pf = messages.pesertaFields;
const menu = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`(^| )${label}$`) });
const markSelect = (page: Page, name: string, day: string) => namedSelect(page, `${pf.status} ${name} ${day}`);

for (const screen of SCREENS) {
  test.describe(`${screen.width}x${screen.height}`, () => {
    test.use({ viewport: screen, seedDemo: 60 });

    test('a clerk records a training with its participants, their days and a certificate; the UMKM page lists it', async ({ page, api }) => {
      test.setTimeout(180_000);
      const tag = `${screen.width}`;
      // An active demo UMKM that is in no training yet (every demo UMKM was at the temu kemitraan).
      const { items } = await api.call('umkm:list', { status: 'aktif', pageSize: 80, sort: 'businessName' });
      let u1: (typeof items)[number] | undefined;
      for (const u of items) {
        if ((await api.call('kegiatan:forUmkm', { umkmId: u.id })).every((k) => k.kind === 'temu_kemitraan')) {
          u1 = u;
          break;
        }
      }
      expect(u1, 'a demo UMKM in no training').toBeTruthy();

      // ---- The list: every kind, then only the trainings ---------------------------------------
      await page.goto('#/');
      await menu(page, messages.partnerNav.kegiatan).click();
      await expect(page.getByRole('heading', { name: gp.listTitle })).toBeVisible();
      await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(8);
      await pickOption(page, namedSelect(page, kl.filterKind), messages.kegiatanKind.pelatihan);
      await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(2);
      // Each activity's name stays readable beside the other columns (the table scrolls sideways instead).
      for (const l of await page.locator('.ant-table-tbody tr.ant-table-row a').all()) expect((await l.boundingBox())!.width).toBeGreaterThan(150);
      await expect(page).toHaveURL(/jenis=pelatihan/);
      await saveScreen(page, 'kegiatan-list');

      // ---- A new training: the kind is asked first (carried over from the filter) ---------------
      await page.getByRole('button', { name: gp.add }).click();
      const kinds = page.getByTestId('kegiatan-kind');
      await expect(kinds.getByRole('radio', { name: messages.kegiatanKind.pelatihan })).toBeChecked();
      // A training has no invitations; it has speakers and a quota.
      await expect(page.getByText(gp.sectionInvited)).toHaveCount(0);
      await fieldInput(page, 'name').fill(`Bimtek Kemasan Produk ${tag}`);
      await typeDate(fieldInput(page, 'date'), '10/02/2025');
      await typeDate(fieldInput(page, 'endDate'), '11/02/2025');
      await fieldInput(page, 'venue').fill('Aula DKUMKMP');
      await fieldInput(page, 'speakers').fill('Rumah Kemasan Kaltim');
      await fieldInput(page, 'quota').fill('1');
      await pickOption(page, fieldSelect(page, 'fundSource'), messages.fundSource.apbd);
      await fieldInput(page, 'budget').fill('7500000');
      await saveScreen(page, 'kegiatan-form');
      await page.getByRole('button', { name: messages.form.save }).click();
      await expect(page).toHaveURL(/#\/kegiatan\/\d+/);
      await expect(page.getByRole('heading', { name: `Bimtek Kemasan Produk ${tag}` })).toBeVisible();
      await expect(page.getByRole('tab', { name: kd.tabParticipants, selected: true })).toBeVisible();
      await expect(page.getByText(kd.noParticipants)).toBeVisible();

      // ---- Participants: a UMKM of the registry, then a walk-in (over the quota: a warning) ------
      await searchAndPick(page, namedSelect(page, kd.addUmkmHint), u1!.businessName.slice(0, 12), u1!.businessName);
      await page.getByRole('button', { name: kd.addUmkm }).click();
      await expect(page.getByText(fill(kd.umkmAdded, { n: 1 }))).toBeVisible();
      await page.getByRole('button', { name: kd.addWalkIn }).click();
      const dialog = page.getByRole('dialog', { name: kd.walkInTitle });
      await dialog.getByLabel(pf.nik).fill('1234');
      await dialog.getByLabel(pf.name, { exact: true }).fill('Siti Aminah');
      await dialog.getByLabel(pf.phone).fill('0812-3456-7890');
      await dialog.getByRole('button', { name: messages.pc.save }).click();
      // A NIK that is not one is refused at its field, in Indonesian; nothing is saved.
      await expect(dialog.getByText(messages.validation.nik.format)).toBeVisible();
      await dialog.getByLabel(pf.nik).fill('');
      await dialog.getByRole('button', { name: messages.pc.save }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByText(fill(kd.overQuota, { n: 2, quota: 1 }))).toBeVisible();
      await expect(page.getByTestId('participants-count')).toContainText(fill(kd.quotaLine, { n: 2, quota: 1 }));

      // ---- Marks per day: one, then the whole second day ---------------------------------------
      await pickOption(page, markSelect(page, u1!.ownerName, '10/02/2025'), messages.attendanceShort.hadir);
      await expect(statValue(page, 'figure-present')).toHaveText('1');
      await pickOption(page, markSelect(page, 'Siti Aminah', '10/02/2025'), messages.attendanceShort.izin);
      await page.getByRole('button', { name: fill(kd.markAll, { day: '11/02/2025' }) }).click();
      await expect(statValue(page, 'figure-present')).toHaveText('2');
      await expect(markSelect(page, 'Siti Aminah', '11/02/2025')).toContainText(messages.attendanceShort.hadir);

      // ---- A certificate number, saved when the clerk leaves the box ----------------------------
      const cert = page.getByLabel(`${pf.certificateNumber} ${u1!.ownerName}`);
      await cert.fill(`BK/2025/${tag}`);
      await cert.press('Tab');
      await expect(page.getByText(kd.certificateSaved)).toBeVisible();
      await page.reload();
      await expect(page.getByLabel(`${pf.certificateNumber} ${u1!.ownerName}`)).toHaveValue(`BK/2025/${tag}`);
      await expect(markSelect(page, u1!.ownerName, '10/02/2025')).toContainText(messages.attendanceShort.hadir);
      await saveScreen(page, 'kegiatan-peserta', { fullPage: true });

      // ---- The UMKM's page: its tab 'Kegiatan' lists the training --------------------------------
      await page.getByRole('link', { name: u1!.ownerName }).click();
      await expect(page).toHaveURL(new RegExp(`#/umkm/${u1!.id}$`));
      await page.getByRole('tab', { name: messages.umkmKegiatanTab.tab, exact: true }).click();
      const tab = page.getByTestId('umkm-kegiatan');
      await expect(tab.getByRole('link', { name: `Bimtek Kemasan Produk ${tag}` })).toBeVisible();
      await expect(tab).toContainText(fill(messages.umkmKegiatanTab.attendedDays, { n: 2, of: 2 }));
      await expect(tab).toContainText(`BK/2025/${tag}`);
      // The activity's name is read on one or two lines, never squeezed into a column of letters.
      const link = (await tab.getByRole('link', { name: `Bimtek Kemasan Produk ${tag}` }).boundingBox())!;
      expect(link.width).toBeGreaterThan(150);
      expect(link.height).toBeLessThan(50);
      await tab.scrollIntoViewIfNeeded();
      await saveScreen(page, 'umkm-kegiatan-tab');

      // ---- The demo's temu kemitraan keeps its figures, attendance and matchmaking -------------
      await page.goto('#/kegiatan?jenis=temu_kemitraan');
      await page.getByRole('link', { name: 'Temu Kemitraan UMKM' }).click();
      await expect(page.getByTestId('figure-partners')).toBeVisible();
      await expect(page.getByRole('tab', { name: gp.tabs.matchmaking })).toBeVisible();
      await page.getByRole('tab', { name: gp.tabs.attendance }).click();
      await expect(page.getByTestId('attendance-group').first()).toBeVisible();
    });
  });
}
