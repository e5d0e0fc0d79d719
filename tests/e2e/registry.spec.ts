// The registry as a clerk at DKUMKMP uses it: first start, adding a UMKM, finding it, editing its
// figures until it changes class, and deleting it. Every test runs on its own server and database.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { fill, messages } from '../../shared/i18n';
import { KECAMATAN } from '../../shared/domain/regions';
import type { InputOf, UmkmListItem } from '../../shared/contract';
import {
  chooseInForm,
  classPreview,
  listedNames,
  fieldError,
  fillRequired,
  filterSelect,
  formInput,
  formSelect,
  offeredOptions,
  pickOption,
  registryRow,
  registryRows,
  registryTotal,
  saveButton,
  searchBox,
  searchFor,
  typeRupiah,
} from '../support/umkmUi';

const m = messages;
const f = m.fields;
const cls = m.enums.class;
const v = m.validation;

const kelurahanNames = (kecamatan: string) => KECAMATAN.find((k) => k.name === kecamatan)!.kelurahan.map((l) => l.name);

/** A record no demo generator produces, so searches for it have one answer. */
const TIAM: InputOf<'umkm:create'> = {
  businessName: 'Kedai Kopi Tiam Klandasan',
  ownerName: 'Theresia Wulandari',
  nik: '6471054107880123',
  address: 'Jl. Marsma R. Iswahyudi No. 17, RT 21',
  kecamatan: '64.71.05',
  kelurahan: '64.71.05.1002', // Sepinggan
  sector: 'kuliner',
  annualSales: 1_500_000_000,
};

const dashboardTotal = (page: Page) => page.getByTestId('stat-total').locator('.ant-statistic-content-value');
const detailClass = (page: Page) => page.locator('.ant-descriptions [data-class]');
const detailValue = (page: Page, label: string) =>
  page.locator('.ant-descriptions-row').locator('th', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }).locator('xpath=following-sibling::td[1]');

test.describe('first start', () => {
  test('an empty registry offers demo data; loading it fills the dashboard with 60 UMKM', async ({ page }) => {
    await page.goto('#/');
    const card = page.getByTestId('first-run');
    await expect(card).toBeVisible();
    await expect(card).toContainText(m.dashboard.firstRunTitle);
    await expect(dashboardTotal(page)).toHaveText('0');

    await card.getByRole('button', { name: m.dashboard.loadDemo }).click();
    // Not checked: the "Data contoh dimuat: 60 UMKM." toast, which shows only sometimes (reported).
    await expect(card).toBeHidden();
    await expect(dashboardTotal(page)).toHaveText('60');
    // The class cards add up to the total.
    const perClass = await Promise.all((['mikro', 'kecil', 'menengah', 'besar'] as const).map((c) => page.getByTestId(`stat-${c}`).locator('.ant-statistic-content-value').innerText()));
    expect(perClass.reduce((sum, n) => sum + Number(n.replace(/\./g, '')), 0)).toBe(60);

    await page.getByRole('menuitem', { name: m.nav.registry }).click();
    await expect(registryTotal(page, 60)).toBeVisible();
    await expect(registryRows(page)).toHaveCount(50); // first page

    await page.reload();
    await page.getByRole('menuitem', { name: m.nav.dashboard }).click();
    await expect(dashboardTotal(page)).toHaveText('60');
    await expect(card).toHaveCount(0);
  });

  test('"Mulai kosong" hides the first-run card for good', async ({ page }) => {
    await page.goto('#/');
    const card = page.getByTestId('first-run');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: m.dashboard.startEmpty }).click();
    await expect(card).toBeHidden();
    await expect(dashboardTotal(page)).toHaveText('0');

    const info = page.waitForResponse((res) => res.url().endsWith('/api/app%3Ainfo'));
    await page.reload();
    expect(((await (await info).json()) as { value: { firstRunPending: boolean } }).value.firstRunPending).toBe(false);
    await expect(dashboardTotal(page)).toHaveText('0');
    await settleRender(page);
    await expect(card).toHaveCount(0);
  });
});

test.describe('adding a UMKM', () => {
  test('the form refuses a bad NIK in Indonesian, saves nothing, then saves the corrected UMKM', async ({ page, context }) => {
    const creates: string[] = [];
    page.on('request', (req) => {
      if (req.url().endsWith('/api/umkm%3Acreate')) creates.push(req.postData() ?? '');
    });

    await page.goto('#/umkm');
    await expect(registryTotal(page, 0)).toBeVisible();
    await expect(page.getByText(m.registry.empty)).toBeVisible();
    await page.getByRole('button', { name: m.nav.addUmkm }).click();
    await expect(page).toHaveURL(/#\/umkm\/baru$/);
    await expect(page.getByRole('heading', { name: m.form.addTitle })).toBeVisible();
    await expect(classPreview(page)).toHaveText(m.form.classPreviewNone);

    // An empty form: every required field says so, and nothing goes to the server.
    await saveButton(page).click();
    for (const field of ['businessName', 'ownerName', 'nik', 'address', 'kecamatan', 'kelurahan', 'sector']) {
      await expect(fieldError(page, field), field).toHaveText(v.required);
    }
    expect(creates).toEqual([]);

    // Kelurahan: nothing to choose before the kecamatan, then only that kecamatan's kelurahan.
    await expect(formSelect(page, 'kelurahan')).toContainText(m.form.chooseKecamatanFirst);
    expect(await offeredOptions(page, formSelect(page, 'kelurahan'))).toEqual([]);
    await chooseInForm(page, 'kecamatan', 'Balikpapan Kota');
    expect(await offeredOptions(page, formSelect(page, 'kelurahan'))).toEqual(kelurahanNames('Balikpapan Kota'));
    await chooseInForm(page, 'kelurahan', 'Klandasan Ulu');
    // Another kecamatan clears a kelurahan that is not in it, and offers its own.
    await chooseInForm(page, 'kecamatan', 'Balikpapan Selatan');
    await expect(formSelect(page, 'kelurahan')).not.toContainText('Klandasan Ulu');
    expect(await offeredOptions(page, formSelect(page, 'kelurahan'))).toEqual(kelurahanNames('Balikpapan Selatan'));

    await fillRequired(page, {
      businessName: 'Amplang Kepiting Bu Sari',
      ownerName: 'Sari Wulandari',
      nik: '647105550590001', // 15 digits
      address: 'Jl. Mulawarman No. 8, RT 12',
      kecamatan: 'Balikpapan Selatan',
      kelurahan: 'Sepinggan Baru',
      sector: m.enums.sector.kuliner,
      annualSales: '1500000000',
    });
    await expect(formInput(page, f.annualSales)).toHaveValue('1.500.000.000');
    await expect(classPreview(page).locator('[data-class]')).toHaveText(cls.mikro);

    await saveButton(page).click();
    await expect(fieldError(page, 'nik')).toHaveText(v.nik.format);
    for (const field of ['businessName', 'ownerName', 'address', 'kecamatan', 'kelurahan', 'sector', 'annualSales']) {
      await expect(fieldError(page, field), field).toHaveCount(0);
    }

    // 16 digits, but born on 31 February.
    const nik = formInput(page, f.nik);
    await nik.fill('6471053102900001');
    await expect(fieldError(page, 'nik')).toHaveText(v.nik.birthDate);
    await saveButton(page).click();
    await expect(fieldError(page, 'nik')).toHaveText(v.nik.birthDate);
    await expect(page).toHaveURL(/#\/umkm\/baru$/);

    // Nothing was saved: the registry, seen in a second window, is still empty.
    const other = await context.newPage();
    await other.goto('#/umkm');
    await expect(registryTotal(other, 0)).toBeVisible();
    await other.close();
    expect(creates).toEqual([]);

    await nik.fill('6471055505900001');
    await expect(fieldError(page, 'nik')).toHaveCount(0);
    await saveButton(page).click();

    await expect(page).toHaveURL(/#\/umkm\/\d+$/);
    await expect(page.getByText(m.form.saved)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Amplang Kepiting Bu Sari' })).toBeVisible();
    await expect(detailClass(page)).toHaveText(cls.mikro);
    await expect(detailClass(page)).toHaveAttribute('data-class', 'mikro');
    await expect(page.getByTestId('class-basis')).toHaveText(fill(m.detail.classBy, { basis: m.enums.classBasis.penjualan }));
    await expect(detailValue(page, f.nik)).toHaveText('6471055505900001');
    await expect(detailValue(page, f.kecamatan)).toHaveText('Balikpapan Selatan');
    await expect(detailValue(page, f.kelurahan)).toHaveText('Sepinggan Baru');
    await expect(detailValue(page, f.annualSales)).toHaveText('Rp 1.500.000.000');
    expect(creates).toHaveLength(1);

    await page.getByRole('button', { name: m.common.back }).click();
    await expect(registryTotal(page, 1)).toBeVisible();
    await expect(registryRow(page, 'Amplang Kepiting Bu Sari').locator('[data-class]')).toHaveText(cls.mikro);
  });

  test.describe('with demo data', () => {
    test.use({ seedDemo: 60 });

    test('a NIK already held by an active UMKM is refused, naming that business', async ({ page }) => {
      await page.goto('#/umkm');
      await expect(registryTotal(page, 60)).toBeVisible();
      await pickOption(page, filterSelect(page, m.registry.filterStatus), m.enums.status.aktif);
      await expect(page).toHaveURL(/status=aktif/);
      // The clerk opens an active UMKM and notes its NIK.
      await registryRows(page).first().getByRole('link').click();
      await expect(page).toHaveURL(/#\/umkm\/\d+$/);
      const holderId = /#\/umkm\/(\d+)$/.exec(page.url())![1]!;
      // The URL changes before the detail page has drawn: wait for its NIK row, then read its title.
      await expect(detailValue(page, f.nik)).toBeVisible();
      const holder = (await page.getByRole('heading', { level: 3 }).innerText()).trim();
      const holderNik = (await detailValue(page, f.nik).innerText()).trim();
      expect(holderNik).toMatch(/^\d{16}$/);

      await page.getByRole('menuitem', { name: m.nav.addUmkm }).click();
      await expect(page.getByRole('heading', { name: m.form.addTitle })).toBeVisible();
      await fillRequired(page, {
        businessName: 'Sasirangan Ibu Rahmah Baru',
        ownerName: 'Rahmah Syahrani',
        nik: holderNik,
        address: 'Jl. Ruhui Rahayu No. 3',
        kecamatan: 'Balikpapan Utara',
        kelurahan: 'Gunung Samarinda',
        sector: m.enums.sector.fesyen,
        annualSales: '350000000',
      });
      await saveButton(page).click();
      await expect(fieldError(page, 'nik')).toContainText(`"${holder}"`);
      await expect(fieldError(page, 'nik')).toHaveText(fill(m.errors.duplicateNik, { name: holder, id: holderId }));
      await expect(page).toHaveURL(/#\/umkm\/baru$/);

      await page.getByRole('menuitem', { name: m.nav.registry }).click();
      await expect(registryTotal(page, 60)).toBeVisible();
    });

    test('search while typing finds a UMKM by name, owner or NIK; filters narrow the list', async ({ page, api }) => {
      const tiam = await api.call('umkm:create', TIAM);
      const all = (await api.call('umkm:list', { pageSize: 500 })).items;
      expect(all).toHaveLength(61);

      await page.goto('#/umkm');
      await expect(registryTotal(page, 61)).toBeVisible();
      await expect(searchBox(page)).toBeFocused();
      const row = registryRow(page, TIAM.businessName);

      for (const text of ['Tiam Kland', 'wulandari', TIAM.nik]) {
        await searchFor(page, text);
        await expect(registryTotal(page, 1), text).toBeVisible();
        await expect(registryRows(page)).toHaveCount(1);
        await expect(row).toBeVisible();
      }
      await expect(row).toContainText(TIAM.ownerName);
      await expect(page).toHaveURL(new RegExp(`q=${TIAM.nik}`));
      await searchFor(page, 'Tiam Klandasan Zzz');
      await expect(registryTotal(page, 0)).toBeVisible();
      await expect(page.getByText(m.registry.empty)).toBeVisible();
      await searchBox(page).fill('');
      await expect(registryTotal(page, 61)).toBeVisible();

      // Kecamatan, then one of its kelurahan, then class: the list shows exactly the matching UMKM.
      const expectListed = async (pred: (u: UmkmListItem) => boolean) => {
        const names = all.filter(pred).map((u) => u.businessName);
        await expect(registryTotal(page, names.length)).toBeVisible();
        await expect.poll(() => listedNames(page)).toEqual(names.sort());
        return names.length;
      };
      await pickOption(page, filterSelect(page, m.registry.filterKecamatan), 'Balikpapan Selatan');
      const selatan = await expectListed((u) => u.kecamatan === '64.71.05');
      expect(selatan).toBeLessThan(61);
      await expect(row).toBeVisible();

      expect(await offeredOptions(page, filterSelect(page, m.registry.filterKelurahan))).toEqual(kelurahanNames('Balikpapan Selatan'));
      await pickOption(page, filterSelect(page, m.registry.filterKelurahan), 'Sepinggan');
      await expect(page).toHaveURL(/kelurahan=64\.71\.05\.1002/);
      expect(await expectListed((u) => u.kelurahan === '64.71.05.1002')).toBeLessThanOrEqual(selatan);
      await expect(row).toBeVisible();

      await pickOption(page, filterSelect(page, m.registry.filterClass), cls.mikro);
      await expect(page).toHaveURL(/class=mikro/);
      await expectListed((u) => u.kelurahan === '64.71.05.1002' && u.class === 'mikro');
      await expect(registryRows(page).locator('[data-class]:not([data-class="mikro"])')).toHaveCount(0);
      await expect(row).toBeVisible();

      await pickOption(page, filterSelect(page, m.registry.filterClass), cls.kecil);
      await expect(page).toHaveURL(/class=kecil/);
      await expectListed((u) => u.kelurahan === '64.71.05.1002' && u.class === 'kecil');
      await expect(row).toHaveCount(0);

      // Search and filters together, then everything cleared.
      await pickOption(page, filterSelect(page, m.registry.filterClass), cls.mikro);
      await searchFor(page, 'Wulandari');
      await expect(registryTotal(page, 1)).toBeVisible();
      await expect(row).toBeVisible();
      await page.getByRole('button', { name: m.registry.resetFilters }).click();
      await expect(registryTotal(page, 61)).toBeVisible();
      await expect(searchBox(page)).toHaveValue('');
      await expect(page).not.toHaveURL(/[?&](q|kecamatan|kelurahan|class)=/);

      // The row opens the UMKM.
      await searchFor(page, 'Tiam');
      await row.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`#/umkm/${tiam.id}$`));
      await expect(page.getByRole('heading', { name: TIAM.businessName })).toBeVisible();
    });
  });
});

test('raising the annual sales moves the UMKM up class by class, live in the form and after saving', async ({ page, api }) => {
  const tiam = await api.call('umkm:create', TIAM);
  await api.call('umkm:create', { ...TIAM, businessName: 'Warung Soto Banjar Pak Udin', ownerName: 'Udin Saputra', nik: '6471051203750002', annualSales: 400_000_000 });
  const previewClass = classPreview(page).locator('[data-class]');
  const salesInput = formInput(page, f.annualSales);

  /** Types each amount in turn, checking the live preview, and saves the last one. */
  const editSales = async (steps: Array<[digits: string, shown: string, expected: keyof typeof cls]>) => {
    await page.getByRole('button', { name: new RegExp(`(^| )${m.detail.edit}$`) }).click();
    await expect(page).toHaveURL(new RegExp(`#/umkm/${tiam.id}/ubah$`));
    await expect(page.getByRole('heading', { name: m.form.editTitle })).toBeVisible();
    for (const [digits, shown, expected] of steps) {
      await typeRupiah(page, f.annualSales, digits);
      await expect(salesInput).toHaveValue(shown);
      // The preview follows the typing, before the field is left or saved.
      await expect(previewClass).toHaveAttribute('data-class', expected);
      await expect(previewClass).toHaveText(cls[expected]);
      await expect(salesInput).toBeFocused();
    }
    const [, shown, expected] = steps[steps.length - 1]!;
    await saveButton(page).click();
    await expect(page).toHaveURL(new RegExp(`#/umkm/${tiam.id}$`));
    await expect(detailValue(page, f.annualSales)).toHaveText(`Rp ${shown}`);
    await expect(detailClass(page)).toHaveAttribute('data-class', expected);
    await expect(detailClass(page)).toHaveText(cls[expected]);
    await expect(page.getByTestId('class-basis')).toHaveText(fill(m.detail.classBy, { basis: m.enums.classBasis.penjualan }));
  };

  await page.goto(`#/umkm/${tiam.id}`);
  await expect(detailClass(page)).toHaveText(cls.mikro);
  await page.getByRole('button', { name: new RegExp(`(^| )${m.detail.edit}$`) }).click();
  await expect(salesInput).toHaveValue('1.500.000.000');
  await expect(previewClass).toHaveText(cls.mikro);
  await page.getByRole('button', { name: m.form.cancel }).click();
  await expect(page).toHaveURL(new RegExp(`#/umkm/${tiam.id}$`));

  await editSales([['2500000000', '2.500.000.000', 'kecil']]);
  await page.getByRole('button', { name: m.common.back }).click();
  await searchFor(page, 'Tiam');
  await expect(registryTotal(page, 1)).toBeVisible();
  await expect(registryRow(page, TIAM.businessName).locator('[data-class]')).toHaveText(cls.kecil);
  await registryRow(page, TIAM.businessName).getByRole('link').click();

  // A bound belongs to the lower class (PP 7/2021: "sampai dengan").
  await editSales([
    ['15000000000', '15.000.000.000', 'kecil'],
    ['15000000001', '15.000.000.001', 'menengah'],
    ['20000000000', '20.000.000.000', 'menengah'],
  ]);
  await expect(page.getByText(m.detail.besarWarning)).toHaveCount(0);

  await editSales([
    ['50000000000', '50.000.000.000', 'menengah'],
    ['60000000000', '60.000.000.000', 'besar'],
  ]);
  await expect(page.getByRole('alert').filter({ hasText: m.detail.besarWarning })).toBeVisible();

  await page.getByRole('button', { name: m.common.back }).click();
  await expect(registryRow(page, TIAM.businessName).locator('[data-class]')).toHaveText(cls.besar);
  await expect(registryRow(page, 'Warung Soto Banjar Pak Udin').locator('[data-class]')).toHaveText(cls.mikro);
  await page.getByRole('menuitem', { name: m.nav.dashboard }).click();
  await expect(page.getByText(`${m.dashboard.besarFlag}: 1`)).toBeVisible();
});

test('clearing Omzet tahunan with Backspace and typing a new amount gives that amount', async ({ page, api }) => {
  // A cleared field must be empty (no figure), not 0 with the caret before it.
  const tiam = await api.call('umkm:create', TIAM);
  await page.goto(`#/umkm/${tiam.id}/ubah`);
  const input = formInput(page, f.annualSales);
  await expect(input).toHaveValue('1.500.000.000');
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
  await input.pressSequentially('2500000000');
  // The value settles as the keys land: a short wait is enough to see what the clerk sees.
  await expect(input).toHaveValue('2.500.000.000', { timeout: 2_000 });
  await expect(classPreview(page).locator('[data-class]')).toHaveText(cls.kecil);
});

test('deleting asks first; cancel keeps the UMKM, confirming removes it from the registry and search', async ({ page, api }) => {
  const tiam = await api.call('umkm:create', TIAM);
  await api.call('umkm:create', { ...TIAM, businessName: 'Kedai Kopi Sepinggan Raya', ownerName: 'Agus Hidayat', nik: '6471051203750002' });

  await page.goto(`#/umkm/${tiam.id}`);
  await expect(page.getByRole('heading', { name: TIAM.businessName })).toBeVisible();
  const dialog = page.getByRole('dialog');

  await page.getByRole('button', { name: m.detail.delete }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(m.detail.deleteConfirmTitle);
  await expect(dialog).toContainText(fill(m.detail.deleteConfirmText, { name: TIAM.businessName }));
  await dialog.getByRole('button', { name: m.form.cancel }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`#/umkm/${tiam.id}$`));
  await expect(page.getByRole('heading', { name: TIAM.businessName })).toBeVisible();

  await page.getByRole('button', { name: m.common.back }).click();
  await expect(registryTotal(page, 2)).toBeVisible();
  await searchFor(page, 'Kedai Kopi');
  await expect(registryRows(page)).toHaveCount(2);
  await registryRow(page, TIAM.businessName).getByRole('link').click();

  await page.getByRole('button', { name: m.detail.delete }).click();
  await dialog.getByRole('button', { name: m.detail.delete }).click();
  await expect(page.getByText(m.detail.deleted)).toBeVisible();
  await expect(page).toHaveURL(/#\/umkm$/);
  await expect(registryTotal(page, 1)).toBeVisible();
  await expect(registryRow(page, TIAM.businessName)).toHaveCount(0);
  await expect(registryRow(page, 'Kedai Kopi Sepinggan Raya')).toBeVisible();

  for (const text of ['Tiam', 'Wulandari', TIAM.nik]) {
    await searchFor(page, text);
    await expect(registryTotal(page, 0), text).toBeVisible();
    await expect(page.getByText(m.registry.empty)).toBeVisible();
  }

  await page.goto(`#/umkm/${tiam.id}`);
  await expect(page.getByText(fill(m.errors.notFound, { entity: m.entity.umkm, id: tiam.id }))).toBeVisible();
});

/** Lets React commit what the last answers changed (two frames), before checking that something is absent. */
async function settleRender(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
