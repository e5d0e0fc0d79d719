// Communities, partners, agreements and the temu kemitraan as a clerk at DKUMKMP uses them: a new
// community with members from the registry, a new partner, a meeting with its attendance, a
// suggested pair taken to a proposed agreement and activated, and the agreement seen from the
// partner's and the UMKM's pages. Every test runs on its own server and database.
import type { Page } from '@playwright/test';
import { test, expect } from '../support/e2e';
import { fill, messages } from '../../shared/i18n';
import { DEFAULT_PATTERN } from '../../shared/domain/partnership';
import type { UmkmListItem } from '../../shared/contract';
import { dropdownOptions, openSelect, pickOption } from '../support/umkmUi';
import {
  attendanceOf,
  detailValue,
  fieldError,
  fieldInput,
  fieldSelect,
  namedSelect,
  pickMany,
  rowWithLink,
  searchAndPick,
  statValue,
  typeDate,
} from '../support/partnershipUi';

const m = messages;
const kp = m.komunitasPages;
const mp = m.mitraPages;
const ap = m.agreementPages;
const gp = m.kegiatanPages;
const kf = m.kemitraanFields;
const st = m.kemitraanEnums.status;

const lower = (s: string) => s.toLocaleLowerCase('id-ID');
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('id-ID') + s.slice(1);
// After a first submit antd keeps its loading icon in the button, named "loading Simpan": a substring match.
/** A menu item by its label (its accessible name starts with the icon's: "shop Mitra"). */
const menu = (page: Page, label: string) => page.getByRole('menuitem', { name: new RegExp(`(^| )${label}$`) });
const saveButton = (page: Page) => page.locator('form').getByRole('button', { name: m.pc.save });

/** Active kuliner UMKM of the demo registry, by name: the community's members in the first test. */
async function kulinerUmkm(api: { call: (c: 'umkm:list', q: object) => Promise<{ items: UmkmListItem[] }> }): Promise<UmkmListItem[]> {
  const { items } = await api.call('umkm:list', { sector: 'kuliner', status: 'aktif', pageSize: 500 });
  return items.filter((u) => u.class === 'mikro').sort((a, b) => a.businessName.localeCompare(b.businessName));
}

test.describe('with demo data', () => {
  test.use({ seedDemo: 60 });

  test('a community, a partner and a meeting lead to a signed agreement seen on the partner and the UMKM', async ({ page, api }) => {
    test.setTimeout(120_000);
    const [a, b, c] = await kulinerUmkm(api);
    expect(c, 'three active kuliner mikro UMKM in the demo data').toBeTruthy();
    const KOMUNITAS = 'Komunitas Kue Basah Gunung Bahagia';
    const MITRA = 'Hotel Gran Senyiur Balikpapan';
    const KEGIATAN = 'Temu Kemitraan Kuliner Mei 2024';

    // ---- A community with members from the registry -----------------------------------------
    await page.goto('#/komunitas');
    await expect(page.getByText(fill(kp.total, { n: 15 }), { exact: true })).toBeVisible();
    await page.getByRole('button', { name: kp.add }).click();
    await expect(page.getByRole('heading', { name: kp.addTitle })).toBeVisible();
    await saveButton(page).click();
    await expect(fieldError(page, 'name')).toHaveText(m.validation.required);
    await fieldInput(page, 'name').fill(KOMUNITAS);
    await pickOption(page, fieldSelect(page, 'kecamatan'), 'Balikpapan Selatan');
    await fieldInput(page, 'leaderName').fill('Ibu Ratna Sari');
    await fieldInput(page, 'phone').fill('0812 5544 3322');
    await saveButton(page).click();
    await expect(page).toHaveURL(/#\/komunitas\/\d+$/);
    await expect(page.getByRole('heading', { name: KOMUNITAS })).toBeVisible();
    await expect(detailValue(page, m.komunitasFields.phone)).toHaveText('0812-5544-3322');
    const members = page.getByTestId('members-card');
    await expect(members).toContainText(kp.noMembers);

    // Search the registry as the clerk types, pick three, add them at once.
    const search = namedSelect(members, kp.addMembersPlaceholder);
    for (const u of [a!, b!, c!]) await searchAndPick(page, search, u.businessName.slice(0, 12), u.businessName);
    await page.keyboard.press('Escape');
    await members.getByRole('button', { name: kp.addMembersButton }).click();
    await expect(page.getByText(fill(kp.membersAdded, { n: 3 }))).toBeVisible();
    await expect(members.locator('.ant-card-head')).toContainText(`${kp.members} (3)`);
    for (const u of [a!, b!, c!]) await expect(rowWithLink(members, u.businessName)).toBeVisible();
    // Members already in the community are not offered again.
    const dropdown = await openSelect(page, search);
    await search.getByRole('combobox').pressSequentially(a!.businessName.slice(0, 12));
    await expect(dropdownOptions(dropdown).filter({ hasText: a!.businessName })).toHaveCount(0);
    await page.keyboard.press('Escape');

    // The leader is a member; removing a member asks first.
    await rowWithLink(members, a!.businessName).getByRole('button', { name: kp.makeLeader }).click();
    await expect(rowWithLink(members, a!.businessName)).toContainText(kp.leaderTag);
    await expect(detailValue(page, m.komunitasFields.leaderName)).toHaveText(a!.ownerName);
    await rowWithLink(members, c!.businessName).getByRole('button', { name: kp.remove }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText(fill(kp.removeConfirmText, { name: c!.businessName, komunitas: KOMUNITAS }));
    await dialog.getByRole('button', { name: kp.remove }).click();
    await expect(page.getByText(kp.removed)).toBeVisible();
    await expect(members.locator('.ant-card-head')).toContainText(`${kp.members} (2)`);
    await expect(rowWithLink(members, c!.businessName)).toHaveCount(0);

    await page.getByRole('button', { name: m.common.back }).click();
    await expect(page.getByText(fill(kp.total, { n: 16 }), { exact: true })).toBeVisible();
    await expect(rowWithLink(page, KOMUNITAS)).toContainText('2');
    await page.getByRole('searchbox', { name: kp.searchPlaceholder }).fill('Kue Basah');
    await expect(page.getByText(fill(kp.total, { n: 1 }), { exact: true })).toBeVisible();

    // ---- A partner -------------------------------------------------------------------------
    await menu(page, m.partnerNav.mitra).click();
    await expect(page.getByText(fill(mp.total, { n: 20 }), { exact: true })).toBeVisible();
    await page.getByRole('button', { name: mp.add }).click();
    await fieldInput(page, 'name').fill(MITRA);
    await pickOption(page, fieldSelect(page, 'kind'), m.kemitraanEnums.mitraKind.hotel);
    await fieldInput(page, 'sector').fill('Perhotelan');
    await pickOption(page, fieldSelect(page, 'kecamatan'), 'Balikpapan Selatan');
    await fieldInput(page, 'contactName').fill('Dewi Lestari');
    await fieldInput(page, 'phone').fill('0542 733555');
    await fieldInput(page, 'email').fill('Kemitraan@GranSenyiur.contoh.id');
    await fieldInput(page, 'nib').fill('12345');
    await pickMany(page, fieldSelect(page, 'interestSectors'), [m.enums.sector.kuliner]);
    await pickMany(page, fieldSelect(page, 'offers'), [m.kemitraanEnums.support.pelatihan, m.kemitraanEnums.support.pemasaran]);
    await saveButton(page).click();
    await expect(fieldError(page, 'nib')).toHaveText(m.validation.nib);
    await fieldInput(page, 'nib').fill('');
    await saveButton(page).click();
    await expect(page).toHaveURL(/#\/mitra\/\d+$/);
    const mitraUrl = page.url();
    await expect(page.getByRole('heading', { name: MITRA })).toBeVisible();
    await expect(detailValue(page, m.mitraFields.phone)).toHaveText('(0542) 733555');
    await expect(detailValue(page, m.mitraFields.email)).toHaveText('kemitraan@gransenyiur.contoh.id');
    await expect(detailValue(page, m.mitraFields.targetClasses)).toHaveText(mp.anyClass);
    await expect(page.getByTestId('agreements-card')).toContainText(ap.empty);

    // ---- The meeting, its invitations and attendance -----------------------------------------
    await menu(page, m.partnerNav.kegiatan).click();
    await page.getByRole('button', { name: gp.add }).click();
    await fieldInput(page, 'name').fill(KEGIATAN);
    await typeDate(fieldInput(page, 'date'), '20/05/2024');
    await fieldInput(page, 'theme').fill('UMKM Berdaulat, Bangsa Berdaulat');
    await fieldInput(page, 'venue').fill('Ballroom Hotel Platinum');
    await pickMany(page, namedSelect(page, gp.chooseKomunitas), [KOMUNITAS]);
    await pickMany(page, namedSelect(page, gp.choosePartners), [MITRA]);
    await saveButton(page).click();
    await expect(page).toHaveURL(/#\/kegiatan\/\d+$/);
    const kegiatanUrl = page.url();
    await expect(page.getByRole('heading', { name: KEGIATAN })).toBeVisible();
    await expect(page.getByText('20/05/2024 · Ballroom Hotel Platinum')).toBeVisible();
    await expect(statValue(page, 'figure-umkm')).toHaveText('0');
    await expect(page.getByTestId('figure-umkm')).toContainText(fill(gp.figures.ofTotal, { n: 2 }));

    await page.getByRole('tab', { name: gp.tabs.attendance }).click();
    const group = page.getByTestId('attendance-group').filter({ hasText: KOMUNITAS });
    await expect(group.getByTestId('attendance-umkm')).toHaveCount(2);
    await expect(group.getByTestId('not-marked')).toHaveCount(2);
    await attendanceOf(page, MITRA).getByText(m.kemitraanEnums.attendance.hadir, { exact: true }).click();
    await attendanceOf(page, a!.businessName).getByText(m.kemitraanEnums.attendance.hadir, { exact: true }).click();
    await attendanceOf(page, b!.businessName).getByText(m.kemitraanEnums.attendance.tidak_hadir, { exact: true }).click();
    await expect(page.getByText(m.attendance.unsaved)).toBeVisible();
    await expect(group).toContainText(fill(m.attendance.presentCount, { present: 1, total: 2 }));
    await page.getByRole('button', { name: m.attendance.save }).click();
    await expect(page.getByText(m.attendance.saved)).toBeVisible();
    await expect(page.getByText(m.attendance.unsaved)).toHaveCount(0);
    await expect(statValue(page, 'figure-umkm')).toHaveText('1');
    await expect(statValue(page, 'figure-partners')).toHaveText('1');
    await expect(statValue(page, 'figure-komunitas')).toHaveText('1');
    // Saved: a reload shows the same marks.
    await page.reload();
    await expect(attendanceOf(page, b!.businessName).getByRole('radio', { name: m.kemitraanEnums.attendance.tidak_hadir })).toBeChecked();
    await expect(attendanceOf(page, a!.businessName).getByRole('radio', { name: m.kemitraanEnums.attendance.hadir, exact: true })).toBeChecked();

    // ---- Matchmaking: the present UMKM is suggested with its reasons; one step to a proposal -----
    await page.getByRole('tab', { name: gp.tabs.matchmaking }).click();
    await expect(namedSelect(page, m.matchmaking.choosePartner)).toContainText(MITRA);
    const suggestions = page.getByTestId('suggestions');
    const row = rowWithLink(suggestions, a!.businessName);
    await expect(row).toBeVisible();
    await expect(rowWithLink(suggestions, b!.businessName)).toHaveCount(0); // tidak hadir
    const reasons = row.getByTestId('match-reason');
    await expect(reasons).toContainText([
      capitalise(fill(m.matchReason.sector, { sector: lower(m.enums.sector.kuliner) })),
      capitalise(fill(m.matchReason.support, { support: m.kemitraanEnums.support.pelatihan, class: lower(m.enums.class.mikro) })),
    ]);
    await row.getByRole('button', { name: m.matchmaking.propose }).click();
    const proposed = page.getByTestId('proposed-alert');
    await expect(proposed).toBeVisible();
    const number = /KMT\/2024\/\d{4}/.exec((await proposed.innerText()) ?? '')?.[0];
    expect(number).toBeTruthy();
    await expect(proposed).toContainText(fill(m.matchmaking.proposed, { number: number!, partner: MITRA, umkm: a!.businessName }));
    await expect(statValue(page, 'figure-proposed')).toHaveText('1');
    await expect(statValue(page, 'figure-signed')).toHaveText('0');
    // A pair already proposed is no longer suggested.
    await expect(rowWithLink(suggestions, a!.businessName)).toHaveCount(0);

    // ---- The proposed agreement, activated with its signing date -----------------------------
    await proposed.getByRole('link', { name: fill(m.matchmaking.openAgreement, { number: number! }) }).click();
    await expect(page.getByRole('heading', { name: number! })).toBeVisible();
    await expect(detailValue(page, kf.status)).toHaveText(st.diusulkan);
    await expect(detailValue(page, kf.kegiatanId)).toHaveText(KEGIATAN);
    await expect(detailValue(page, kf.startDate)).toHaveText('20/05/2024');
    await expect(detailValue(page, kf.pattern)).toHaveText(m.kemitraanEnums.pattern[DEFAULT_PATTERN.hotel]);
    await expect(page.getByTestId('supports-table')).toContainText(m.kemitraanEnums.support.pelatihan);
    const actions = page.getByTestId('status-actions');
    await expect(actions.getByRole('button')).toHaveText([ap.statusActions.aktif, ap.statusActions.dibatalkan]);

    await actions.getByRole('button', { name: ap.statusActions.aktif }).click();
    const modal = page.getByRole('dialog');
    await expect(modal).toContainText(ap.statusTitles.aktif);
    await typeDate(modal.locator('#field-signedAt'), '24/05/2024');
    await modal.getByRole('button', { name: ap.statusActions.aktif }).click();
    await expect(page.getByText(fill(ap.statusChanged, { status: st.aktif }))).toBeVisible();
    await expect(modal).toHaveCount(0);
    await expect(detailValue(page, kf.status)).toHaveText(st.aktif);
    await expect(detailValue(page, kf.signedAt)).toHaveText('24/05/2024');
    await expect(actions.getByRole('button')).toHaveText([ap.statusActions.selesai, ap.statusActions.dibatalkan]);

    // ---- Seen on the partner's page, and on the UMKM's ---------------------------------------
    await detailValue(page, kf.mitraId).getByRole('link', { name: MITRA }).click();
    await expect(page).toHaveURL(mitraUrl);
    const agreementRow = rowWithLink(page.getByTestId('agreements-card'), number!);
    await expect(agreementRow).toContainText(a!.businessName);
    await expect(agreementRow).toContainText(st.aktif);
    const fostered = page.getByTestId('fostered-card');
    await expect(rowWithLink(fostered, a!.businessName)).toContainText(mp.direct);
    await menu(page, m.partnerNav.mitra).click();
    await page.getByRole('searchbox', { name: mp.searchPlaceholder }).fill('Gran Senyiur');
    await expect(page.getByText(fill(mp.total, { n: 1 }), { exact: true })).toBeVisible();
    const mitraRow = rowWithLink(page, MITRA);
    await expect(mitraRow.locator('td').nth(4)).toHaveText('1'); // active agreements
    await expect(mitraRow.locator('td').nth(5)).toHaveText('1'); // fostered UMKM
    await page.goto(mitraUrl);
    await rowWithLink(page.getByTestId('fostered-card'), a!.businessName).getByRole('link', { name: a!.businessName }).click();
    await expect(page.getByRole('heading', { name: a!.businessName })).toBeVisible();
    await expect(page.getByTestId('umkm-komunitas').getByRole('link', { name: KOMUNITAS })).toBeVisible();
    const umkmAgreement = rowWithLink(page.getByTestId('umkm-agreements'), number!);
    await expect(umkmAgreement).toContainText(MITRA);
    await expect(umkmAgreement).toContainText(st.aktif);

    // The meeting counts it as signed.
    await page.goto(kegiatanUrl);
    await expect(statValue(page, 'figure-signed')).toHaveText('1');
    await page.getByRole('tab', { name: new RegExp(gp.tabs.agreements) }).click();
    await expect(rowWithLink(page, number!)).toContainText(st.aktif);

    // The dashboard counts the new community, partner and active agreement.
    const stats = await api.call('stats:summary', {});
    await menu(page, m.nav.dashboard).click();
    await expect(statValue(page, 'stat-komunitas')).toHaveText(String(stats.komunitas));
    await expect(statValue(page, 'stat-mitra')).toHaveText(String(stats.mitra));
    expect(stats.komunitas).toBe(16);
    expect(stats.mitra).toBe(21);
    for (const s of ['diusulkan', 'aktif', 'selesai', 'dibatalkan'] as const) {
      await expect(statValue(page, `stat-kemitraan-${s}`)).toHaveText(String(stats.kemitraan[s]));
    }
  });

  test('the agreement form refuses bad input at the field, totals the supports, and activation checks the signing date', async ({ page, api }) => {
    const creates: string[] = [];
    page.on('request', (req) => {
      if (req.url().endsWith('/api/kemitraan%3Acreate')) creates.push(req.postData() ?? '');
    });
    const partner = (await api.call('mitra:list', { kind: 'supermarket', status: 'aktif', pageSize: 500 })).items[0]!;
    const [umkm] = await kulinerUmkm(api);

    await page.goto('#/kemitraan');
    await page.getByRole('button', { name: ap.add }).click();
    await expect(page.getByRole('heading', { name: ap.addTitle })).toBeVisible();
    await pickOption(page, fieldSelect(page, 'mitraId'), partner.name);
    // The pattern a supermarket usually takes is offered first.
    await expect(fieldSelect(page, 'pattern')).toContainText(m.kemitraanEnums.pattern[DEFAULT_PATTERN.supermarket]);

    // No party yet: refused at the party's field, whichever kind is chosen.
    await page.getByRole('radio', { name: ap.partyKomunitas }).check();
    await typeDate(fieldInput(page, 'startDate'), '01/06/2024');
    await typeDate(fieldInput(page, 'endDate'), '31/05/2024');
    await saveButton(page).click();
    await expect(fieldError(page, 'komunitasId')).toHaveText(m.kemitraanValidation.oneParty);
    await expect(fieldError(page, 'endDate')).toHaveText(m.kemitraanValidation.endBeforeStart);
    await expect(fieldError(page, 'supports.0.description')).toHaveText(fill(m.validation.tooShort, { min: 3 }));
    await expect(fieldError(page, 'startDate')).toHaveCount(0);
    await page.getByRole('radio', { name: ap.partyUmkm }).check();
    await searchAndPick(page, fieldSelect(page, 'umkmId'), umkm!.businessName.slice(0, 10), umkm!.businessName);
    await saveButton(page).click();
    await expect(fieldError(page, 'umkmId')).toHaveCount(0);
    await expect(fieldError(page, 'endDate')).toHaveText(m.kemitraanValidation.endBeforeStart);
    expect(creates).toEqual([]);

    // Two supports with values in rupiah: the total follows as they are typed.
    await fieldInput(page, 'supports.0.description').fill('Rak display produk di area kasir');
    await fieldInput(page, 'supports.0.value').pressSequentially('15000000');
    await expect(fieldInput(page, 'supports.0.value')).toHaveValue('15.000.000');
    await page.getByRole('button', { name: ap.addSupport }).click();
    await pickOption(page, fieldSelect(page, 'supports.1.kind'), m.kemitraanEnums.support.permodalan);
    await fieldInput(page, 'supports.1.description').fill('Pinjaman modal kerja tanpa bunga');
    await fieldInput(page, 'supports.1.value').pressSequentially('2500000');
    await expect(page.getByTestId('supports-total')).toHaveText(`${kf.totalValue}: Rp 17.500.000`);
    await page.getByRole('button', { name: ap.addSupport }).click();
    await page.getByRole('button', { name: fill(ap.removeSupport, { n: 3 }) }).click();
    await expect(page.locator('[data-testid^="support-"][role="group"]')).toHaveCount(2);

    await typeDate(fieldInput(page, 'endDate'), '31/05/2025');
    await expect(fieldError(page, 'endDate')).toHaveCount(0);
    await saveButton(page).click();
    await expect(page).toHaveURL(/#\/kemitraan\/\d+$/);
    expect(creates).toHaveLength(1);
    await expect(page.getByText(ap.saved)).toBeVisible();
    await expect(page.getByRole('heading', { name: /^KMT\/2024\/\d{4}$/ })).toBeVisible();
    await expect(detailValue(page, kf.status)).toHaveText(st.diusulkan);
    await expect(detailValue(page, ap.party)).toHaveText(umkm!.businessName);
    await expect(detailValue(page, kf.endDate)).toHaveText('31/05/2025');
    const supports = page.getByTestId('supports-table');
    await expect(supports).toContainText('Rp 15.000.000');
    await expect(supports).toContainText('Rp 2.500.000');
    await expect(supports.getByTestId('supports-total')).toHaveText('Rp 17.500.000');
    await expect(detailValue(page, kf.kegiatanId)).toHaveText(ap.noEvent);

    // Activation with a signing date after the end date: the server refuses it at the date.
    await page.getByTestId('status-actions').getByRole('button', { name: ap.statusActions.aktif }).click();
    const modal = page.getByRole('dialog');
    await typeDate(modal.locator('#field-signedAt'), '01/06/2025');
    await modal.getByRole('button', { name: ap.statusActions.aktif }).click();
    await expect(modal.locator('[data-field="signedAt"] .ant-form-item-explain')).toHaveText(m.kemitraanValidation.signedAfterStart);
    await expect(detailValue(page, kf.status)).toHaveText(st.diusulkan);
    await typeDate(modal.locator('#field-signedAt'), '30/05/2024');
    await modal.getByRole('button', { name: ap.statusActions.aktif }).click();
    await expect(modal).toHaveCount(0);
    await expect(detailValue(page, kf.status)).toContainText(st.aktif);
    // Active with its end date (31/05/2025) passed: due for review.
    await expect(detailValue(page, kf.status).getByTestId('due-for-review')).toHaveText(ap.dueTag);
    await expect(page.getByRole('alert').filter({ hasText: ap.dueHint })).toBeVisible();

    // Cancelling asks first and is final: no status buttons are left.
    await page.getByTestId('status-actions').getByRole('button', { name: ap.statusActions.dibatalkan }).click();
    await modal.locator('#field-reason').fill('Mitra menarik diri');
    // An active agreement closed: its outcome is asked (issue 15).
    await modal.getByRole('radio', { name: new RegExp(m.monevEnums.outcome.tidak_berlanjut) }).check();
    await modal.getByRole('button', { name: ap.statusActions.dibatalkan }).click();
    await expect(detailValue(page, kf.status)).toHaveText(st.dibatalkan);
    await expect(page.getByTestId('status-actions')).toHaveCount(0);
    await expect(page.getByText(fill(ap.finalStatus, { status: st.dibatalkan }))).toBeVisible();
    await expect(detailValue(page, kf.notes)).toContainText('Mitra menarik diri');
  });

  test('the agreement list filters by status, due for review and date range, kept in the URL', async ({ page, api }) => {
    const all = (await api.call('kemitraan:list', { pageSize: 500 })).items;
    await page.goto('#/kemitraan');
    const total = (n: number) => page.getByText(fill(ap.total, { n }), { exact: true });
    await expect(total(all.length)).toBeVisible();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');

    await pickOption(page, namedSelect(page, ap.filterStatus), st.aktif);
    await expect(page).toHaveURL(/status=aktif/);
    const aktif = all.filter((k) => k.status === 'aktif');
    await expect(total(aktif.length)).toBeVisible();
    await expect(rows.locator('[data-status]:not([data-status="aktif"])')).toHaveCount(0);

    // The box follows the URL, so it turns checked once the URL has changed.
    await page.getByRole('checkbox', { name: ap.dueOnly }).click();
    await expect(page.getByRole('checkbox', { name: ap.dueOnly })).toBeChecked();
    await expect(page).toHaveURL(/review=1/);
    const due = all.filter((k) => k.dueForReview);
    expect(due.length).toBeGreaterThan(0);
    await expect(total(due.length)).toBeVisible();
    await expect(rows.getByTestId('due-for-review')).toHaveCount(due.length);

    await page.getByRole('button', { name: m.pc.resetFilters }).click();
    await expect(total(all.length)).toBeVisible();

    // Agreements running at some time in June 2023.
    const expected = (await api.call('kemitraan:list', { from: '2023-06-01', to: '2023-06-30', pageSize: 500 })).total;
    const range = page.locator('.ant-picker-range');
    await range.locator('input').first().click();
    await range.locator('input').first().fill('01/06/2023');
    await range.locator('input').first().press('Enter');
    await range.locator('input').nth(1).fill('30/06/2023');
    await range.locator('input').nth(1).press('Enter');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/from=2023-06-01/);
    await expect(page).toHaveURL(/to=2023-06-30/);
    await expect(total(expected)).toBeVisible();
    expect(expected).toBeLessThan(all.length);

    // Back from an agreement returns to the same filtered list.
    await rows.first().getByRole('link').first().click();
    await expect(page).toHaveURL(/#\/kemitraan\/\d+$/);
    await page.goBack();
    await expect(total(expected)).toBeVisible();
    await expect(range.locator('input').first()).toHaveValue('01/06/2023');
  });
});
