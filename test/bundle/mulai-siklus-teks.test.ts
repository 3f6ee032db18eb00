import { describe, expect, test } from 'vitest';
import { INDIKATOR_CONTOH } from '../../node/fixtures/opd-contoh';
import { ADMIN, TAB_KWN_TW1, barisKode, emulatorTerisi, selKolom } from './helpers';

// setValues parses a string starting with "=" as a formula unless the cell is plain text
// (domain.md §7); the tab writes values and formulas in one call, so this guards the text columns.
describe('Mulai siklus: what admins typed stays text', () => {
  test('an indicator named "=IMPORTRANGE(…)" and a sasaran "+62…" appear literally, the capaian stays live', () => {
    const impor = '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/x","A1:B2")';
    const indikator = INDIKATOR_CONTOH.map((r) => (r[0] === 'IK-16' ? [r[0], '+62 sasaran', impor, ...r.slice(3)] : [...r]));
    const emu = emulatorTerisi({ indikator });
    expect((emu.call(ADMIN, 'mulaiSiklus', { periode: 'TW1', batasWaktu: '2099-04-15' }) as { status: string }).status).toBe('ok');
    const tab = emu.spreadsheet.describeSheet(TAB_KWN_TW1);
    const r = barisKode(tab, 'IK-16');
    expect(selKolom(tab, 'Indikator kinerja', r)?.value).toBe(impor);
    expect(selKolom(tab, 'Sasaran strategis', r)?.value).toBe('+62 sasaran');
    expect(selKolom(tab, 'Capaian (%)', r)?.value).toBe('belum diisi');
  });
});
