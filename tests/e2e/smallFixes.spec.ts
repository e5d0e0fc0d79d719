// Screens that misled (issue 11, the smaller ones), each as the clerk meets it: a finished agreement
// keeps the day it finished; the member picker starts its search afresh and drops a pick only by
// its own button; an empty agreement table says whether there are none or the filters hide them;
// "Komunitas" is never printed twice; the class cards open the registry filtered; the 404 page
// says what happened; a role change or a deactivation asks first; the audit trail names a class
// record by its day (dd/mm/yyyy) and business name.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { SCREENS, saveScreen } from '../support/screens';
import type { InputOf } from '../../shared/contract';
import { formatDate } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import { detailValue, exact, fieldError, namedSelect, rowWithLink, searchAndPick, statValue, typeDate } from '../support/partnershipUi';
import { dropdownOptions, openSelect, registryTotal } from '../support/umkmUi';
import { TEST_TIMEZONE } from '../support/timezone';

const m = messages;
const ap = m.agreementPages;
const kf = m.kemitraanFields;
const kp = m.komunitasPages;
const ui = m.auth.ui;
const [WIDE, NARROW] = SCREENS;

/** A calendar day `days` from today on the browser's clock (the clerk's: Asia/Makassar), ISO. */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: TEST_TIMEZONE });
const isoPlus = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const TIAM: InputOf<'umkm:create'> = {
  businessName: 'Kedai Kopi Tiam Klandasan',
  ownerName: 'Theresia Wulandari',
  nik: '6471054107880123',
  address: 'Jl. Marsma R. Iswahyudi No. 17, RT 21',
  kecamatan: '64.71.05',
  kelurahan: '64.71.05.1002',
  sector: 'kuliner',
  annualSales: 1_500_000_000,
};

const mitraInput = (name: string): InputOf<'mitra:create'> => ({
  name,
  kind: 'hotel',
  sector: 'Perhotelan',
  kecamatan: '64.71.06',
  contactName: 'Rina Kartika',
  phone: '(0542) 731234',
  interestSectors: ['kuliner'],
  offers: ['pemasaran'],
  targetClasses: ['mikro'],
});

test.describe('on the demo data', () => {
  test.use({ seedDemo: 60, viewport: WIDE });

  test('finishing an agreement asks for the day it finished, refuses one before the start, and shows it on the page and in the list', async ({ page, api }) => {
    const active = (await api.call('kemitraan:list', { status: 'aktif', pageSize: 1 })).items[0]!;
    // A day after the start, not later than yesterday (the server's clock may be a few hours behind the clerk's).
    const yesterday = dayFromToday(-1);
    const finished = isoPlus(active.startDate, 30) < yesterday ? isoPlus(active.startDate, 30) : active.startDate;

    await page.goto(`#/kemitraan/${active.id}`);
    await page.setViewportSize(NARROW);
    await page.getByRole('button', { name: ap.statusActions.selesai }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(kf.finishedAt);
    const input = dialog.locator('#field-finishedAt');
    await expect(input).toHaveValue(formatDate(dayFromToday(0)));
    // An active agreement closed: its outcome is asked (issue 15).
    await dialog.getByRole('radio', { name: new RegExp(m.monevEnums.outcome.berlanjut_mandiri) }).check();
    // Before the start: refused at the field, the agreement stays active.
    await typeDate(input, formatDate(isoPlus(active.startDate, -1)));
    await dialog.getByRole('button', { name: ap.statusActions.selesai }).click();
    await expect(fieldError(page, 'finishedAt')).toHaveText(fill(m.kemitraanValidation.finishedBeforeStart, { start: formatDate(active.startDate) }));
    await saveScreen(page, 'finish-agreement-refused');
    expect((await api.call('kemitraan:get', { id: active.id })).status).toBe('aktif');

    await typeDate(input, formatDate(finished));
    await dialog.getByRole('button', { name: ap.statusActions.selesai }).click();
    await expect(dialog).toBeHidden();
    await page.setViewportSize(WIDE);
    await expect(detailValue(page, kf.status)).toContainText(m.kemitraanEnums.status.selesai);
    await expect(detailValue(page, kf.finishedAt)).toHaveText(formatDate(finished));
    await saveScreen(page, 'finished-agreement', { fullPage: true });
    expect((await api.call('kemitraan:get', { id: active.id })).finishedAt).toBe(finished);

    // The list of finished agreements shows the day under the status.
    await page.goto('#/kemitraan?status=selesai');
    await expect(rowWithLink(page, active.number).getByTestId('finished-at')).toHaveText(fill(ap.finishedOn, { date: formatDate(finished) }));
    await saveScreen(page, 'finished-agreements-list');
    await page.setViewportSize(NARROW);
    await expect(rowWithLink(page, active.number).getByTestId('finished-at')).toBeVisible();
    await saveScreen(page, 'finished-agreements-list');
  });

  test('the member picker clears its search after each pick, never offers a picked UMKM again, and drops one only by its own button', async ({ page, api }) => {
    const komunitas = (await api.call('komunitas:list', {}))[0]!;
    const { members } = await api.call('komunitas:get', { id: komunitas.id });
    const memberIds = new Set(members.map((u) => u.id));
    const [first, second] = (await api.call('umkm:list', { pageSize: 100, sort: 'businessName' })).items.filter((u) => !memberIds.has(u.id) && u.businessName.length > 8);

    await page.goto(`#/komunitas/${komunitas.id}`);
    const card = page.getByTestId('members-card');
    await expect(card.locator('.ant-card-head')).toContainText(`${kp.members} (${members.length})`);
    const search = namedSelect(card, kp.addMembersPlaceholder);
    const picked = card.getByTestId('umkm-picked');

    await searchAndPick(page, search, first!.businessName.slice(0, 8), first!.businessName);
    await expect(picked).toContainText(first!.businessName);
    // The search box is empty again, ready for the next name.
    await expect(search.getByRole('combobox')).toHaveValue('');

    // Searching the same name again: the picked UMKM is not offered, so a click cannot drop it.
    const dropdown = await openSelect(page, search);
    await search.getByRole('combobox').pressSequentially(first!.businessName.slice(0, 8));
    // The search's answer is in once the debounce has passed and the box stops loading.
    await page.waitForTimeout(400);
    await expect(search.locator('.anticon-loading')).toHaveCount(0);
    await expect(dropdown.locator('.ant-select-item-option, .ant-select-item-empty').first()).toBeVisible();
    await expect(dropdownOptions(dropdown).filter({ hasText: first!.businessName })).toHaveCount(0);
    await page.keyboard.press('Escape');

    await searchAndPick(page, search, second!.businessName.slice(0, 8), second!.businessName);
    await expect(search.getByRole('combobox')).toHaveValue('');
    await expect(picked.locator('.ant-tag')).toHaveCount(2);
    await saveScreen(page, 'member-picker-two-picked');
    await page.setViewportSize(NARROW);
    await saveScreen(page, 'member-picker-two-picked');
    await page.setViewportSize(WIDE);

    // Removing is its own button, named with the UMKM.
    await picked.getByRole('button', { name: new RegExp(`^${fill(m.pc.unpick, { name: first!.businessName }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await expect(picked.locator('.ant-tag')).toHaveCount(1);
    await expect(picked).not.toContainText(first!.businessName);
    await card.getByRole('button', { name: kp.addMembersButton }).click();
    await expect(page.getByText(fill(kp.membersAdded, { n: 1 }))).toBeVisible();
    await expect(card.locator('.ant-card-head')).toContainText(`${kp.members} (${members.length + 1})`);
    await expect(rowWithLink(card, second!.businessName)).toBeVisible();
    await expect(rowWithLink(card, first!.businessName)).toHaveCount(0);
    await expect(picked).toHaveCount(0);
  });

  test('a community whose name starts with "Komunitas" is never called "Komunitas Komunitas"', async ({ page, api }) => {
    const all = await api.call('komunitas:list', {});
    const named = all.find((c) => /^Komunitas /.test(c.name))!;
    const other = all.find((c) => !/^Komunitas/i.test(c.name))!;
    const mitra = (await api.call('mitra:list', { status: 'aktif', pageSize: 1 })).items[0]!;
    const make = async (komunitasId: number, number: string) => {
      const k = await api.call('kemitraan:create', {
        number,
        mitraId: mitra.id,
        komunitasId,
        startDate: '2024-01-15',
        pattern: 'rantai_pasok',
        supports: [{ kind: 'pemasaran', description: 'Etalase produk di lobi' }],
      });
      return api.call('kemitraan:setStatus', { id: k.id, status: 'aktif', signedAt: '2024-01-10' });
    };
    const a = await make(named.id, 'KMT/TEST/KOM-1');
    const b = await make(other.id, 'KMT/TEST/KOM-2');

    await page.goto(`#/mitra/${mitra.id}`);
    const agreements = page.getByTestId('agreements-card');
    await expect(rowWithLink(agreements, a.number)).toContainText(named.name);
    await expect(rowWithLink(agreements, b.number)).toContainText(`${m.kemitraanEntity.komunitas} ${other.name}`);
    await expect(page.getByTestId('fostered-card')).toContainText(named.name);
    await expect(page.getByTestId('fostered-card')).toContainText(`${m.kemitraanEntity.komunitas} ${other.name}`);
    await expect(page.locator('body')).not.toContainText('Komunitas Komunitas');
    await saveScreen(page, 'komunitas-named-once', { fullPage: true });
    await page.goto('#/kemitraan');
    await expect(rowWithLink(page, a.number)).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Komunitas Komunitas');
  });

  test('a class card on the dashboard opens the registry filtered by that class', async ({ page }) => {
    await page.goto('#/');
    for (const screen of [NARROW, WIDE]) {
      await page.setViewportSize(screen);
      await expect(statValue(page, 'stat-kecil')).toBeVisible();
      await saveScreen(page, 'dashboard-class-cards');
    }
    const shown = Number((await statValue(page, 'stat-kecil').innerText()).replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);
    await page.getByTestId('class-card-kecil').click();
    await expect(page).toHaveURL(/#\/umkm\?class=kecil$/);
    await expect(registryTotal(page, shown)).toBeVisible();
    await expect(page.locator('.ant-select', { hasText: exact(m.enums.class.kecil) })).toBeVisible();
    await saveScreen(page, 'registry-from-class-card');
  });
});

test.describe('on an empty database', () => {
  test.use({ viewport: WIDE });

  test('an empty agreement table says there are none yet, with the add action; a filter hiding rows says so', async ({ page, api }) => {
    const placeholder = (scope: Page | Locator) => scope.locator('.ant-table-placeholder');
    await page.goto('#/kemitraan');
    await expect(placeholder(page)).toContainText(ap.empty);
    await expect(placeholder(page)).not.toContainText(ap.noMatch);
    await saveScreen(page, 'kemitraan-none');
    // A filter over no agreements at all still says there are none.
    await page.goto('#/kemitraan?status=aktif');
    await expect(placeholder(page)).toContainText(ap.empty);
    await placeholder(page).getByRole('button', { name: ap.add }).click();
    await expect(page).toHaveURL(/#\/kemitraan\/baru$/);

    // With agreements that the filter hides.
    const mitra = await api.call('mitra:create', mitraInput('Hotel Gran Senyiur'));
    const umkm = await api.call('umkm:create', TIAM);
    await api.call('kemitraan:create', { mitraId: mitra.id, umkmId: umkm.id, startDate: '2024-01-15', pattern: 'rantai_pasok', supports: [{ kind: 'pemasaran', description: 'Etalase lobi' }] });
    await page.goto('#/kemitraan?status=selesai');
    await page.reload(); // what the page read before these api calls is not kept
    await expect(placeholder(page)).toContainText(ap.noMatch);
    await expect(placeholder(page)).not.toContainText(ap.empty);
    await expect(placeholder(page).getByRole('button', { name: ap.add })).toHaveCount(0);
    await saveScreen(page, 'kemitraan-filter-hides');
    await page.setViewportSize(NARROW);
    await saveScreen(page, 'kemitraan-filter-hides');

    // A partner without agreements: none yet, and the add action fills in the partner.
    const other = await api.call('mitra:create', mitraInput('Bank Kaltimtara'));
    await page.goto(`#/mitra/${other.id}`);
    const card = page.getByTestId('agreements-card');
    await expect(placeholder(card)).toContainText(ap.empty);
    await placeholder(card).getByRole('button', { name: ap.add }).click();
    await expect(page).toHaveURL(new RegExp(`#/kemitraan/baru\\?mitraId=${other.id}$`));
  });

  test('the 404 page says what happened and leads back to the dashboard', async ({ page }) => {
    const t = m.notFoundPage;
    for (const screen of [WIDE, NARROW]) {
      await page.setViewportSize(screen);
      await page.goto('#/tidak-ada-halaman-ini');
      await expect(page.getByText(t.title, { exact: true })).toBeVisible();
      await expect(page.getByText(t.text, { exact: true })).toBeVisible();
      await saveScreen(page, 'not-found');
    }
    await page.getByRole('button', { name: t.back }).click();
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.getByRole('heading', { name: m.dashboard.title })).toBeVisible();
  });

  test('changing a role and deactivating an account ask first, naming the account and the change', async ({ page, api }) => {
    const op = await api.call('users:create', { username: 'sari', fullName: 'Sari Operator', role: 'operator', password: 'sandi-operator-1' });
    const role = async () => (await api.call('users:list', {})).find((u) => u.id === op.id)!;
    await page.goto('#/pengguna');
    const row = page.locator('.ant-table-row', { hasText: op.username });
    const select = row.locator('.ant-select');
    const choose = async (label: string) => {
      const dropdown = await openSelect(page, select);
      await dropdownOptions(dropdown).filter({ hasText: exact(label) }).click();
    };

    await choose(m.auth.roles.pimpinan);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(fill(ui.roleConfirmTitle, { username: 'sari' }));
    await expect(dialog).toContainText(
      fill(ui.roleConfirmText, { name: 'Sari Operator', from: m.auth.roles.operator, to: m.auth.roles.pimpinan, may: m.auth.roleHelp.pimpinan }),
    );
    await page.setViewportSize(NARROW);
    await saveScreen(page, 'users-role-confirm');
    await page.setViewportSize(WIDE);
    await dialog.getByRole('button', { name: ui.cancel }).click();
    await expect(dialog).toBeHidden();
    expect((await role()).role).toBe('operator');
    await expect(select).toContainText(m.auth.roles.operator);

    await choose(m.auth.roles.pimpinan);
    await dialog.getByRole('button', { name: ui.roleConfirmOk }).click();
    await expect(select).toContainText(m.auth.roles.pimpinan);
    await expect.poll(async () => (await role()).role).toBe('pimpinan');

    await row.getByRole('button', { name: ui.deactivate }).click();
    await expect(dialog).toContainText(fill(ui.deactivateConfirmTitle, { username: 'sari' }));
    await expect(dialog).toContainText(fill(ui.deactivateConfirmText, { name: 'Sari Operator' }));
    await saveScreen(page, 'users-deactivate-confirm');
    await dialog.getByRole('button', { name: ui.cancel }).click();
    expect((await role()).active).toBe(true);
    await row.getByRole('button', { name: ui.deactivate }).click();
    await dialog.getByRole('button', { name: ui.deactivate }).click();
    // The status tag (the row's "Nonaktifkan" button holds the same letters).
    await expect(row.locator('.ant-tag', { hasText: exact(ui.inactive) })).toBeVisible();
    await expect.poll(async () => (await role()).active).toBe(false);
  });

  test('the audit trail and the history name a class record by its day and business name, and a status note reads dd/mm/yyyy', async ({ page, api }) => {
    const umkm = await api.call('umkm:create', TIAM);
    await api.call('progress:add', { umkmId: umkm.id, date: '2024-01-10', annualSales: 1_800_000_000, source: 'survei' });
    const name = `10/01/2024 · ${TIAM.businessName}`;

    await page.goto('#/audit');
    const table = page.getByTestId('audit-table');
    await expect(table).toContainText(name);
    await expect(table).not.toContainText(/UMKM #\d/);
    await expect(table).not.toContainText(/\d{4}-\d{2}-\d{2}/);
    await saveScreen(page, 'audit-class-record');
    await page.goto(`#/umkm/${umkm.id}`);
    await expect(page.getByTestId('entity-history')).toContainText(name);

    const mitra = await api.call('mitra:create', mitraInput('Hotel Gran Senyiur'));
    const k = await api.call('kemitraan:create', { mitraId: mitra.id, umkmId: umkm.id, startDate: '2024-01-15', pattern: 'rantai_pasok', supports: [{ kind: 'pemasaran', description: 'Etalase lobi' }] });
    await api.call('kemitraan:setStatus', { id: k.id, status: 'dibatalkan', reason: 'UMKM belum punya PIRT' });
    await page.goto(`#/kemitraan/${k.id}`);
    const notes = detailValue(page, kf.notes);
    await expect(notes).toContainText('UMKM belum punya PIRT');
    await expect(notes).toContainText(/\(\d{2}\/\d{2}\/\d{4}\)/);
    await expect(notes).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  });
});

