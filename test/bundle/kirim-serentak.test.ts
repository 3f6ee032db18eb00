import { describe, expect, test } from 'vitest';
import { ADMIN, KABID_KWN, KABID_POL, TAB_KWN_TW1 } from './helpers';
import { ISIAN_KWN, ISIAN_POL, TAB_POL_TW1, barisArsip, isi, siklusDimulai, statusBidang, type Hasil } from './kirim-bantuan';

const SIBUK = /^Lembar kerja sedang diubah oleh proses lain/;

/** Arms `hook` to run inside the next execution once it holds the document lock (its n-th call). */
function saatMemegangKunci(emu: ReturnType<typeof siklusDimulai>, hook: () => void): { jalan: boolean } {
  const status = { jalan: false };
  const coba = (n: number): void => {
    emu.ws.beforeCall(n, () => {
      if (emu.ws.lockHolder('document') === undefined) return coba(1);
      status.jalan = true;
      hook();
    });
  };
  coba(1);
  return status;
}

describe('Kirim: concurrency (strict locking)', () => {
  test('two bidang tick Kirim at the same moment: the second fails cleanly, a retry succeeds, nothing interleaves', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    isi(emu, KABID_POL, TAB_POL_TW1, ISIAN_POL);
    const pol = { hasil: null as unknown };
    const hook = saatMemegangKunci(emu, () => {
      pol.hasil = emu.edit(KABID_POL, TAB_POL_TW1, 'D5', true);
    });
    expect(emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true)).toEqual({ ok: true, triggerErrors: [] });
    expect(hook.jalan).toBe(true);
    expect(pol.hasil).toEqual({ ok: true, triggerErrors: [] });
    expect(emu.spreadsheet.toasts().some((t) => SIBUK.test(t.message) && t.message.endsWith('hapus centangnya lalu centang lagi.'))).toBe(true);
    expect(statusBidang(emu, 'KWN')).toBe('terkirim');
    expect(statusBidang(emu, 'POL')).not.toBe('terkirim');
    expect(barisArsip(emu).slice(1).map((r) => r[1])).toEqual(['KWN', 'KWN', 'KWN', 'KWN', 'KWN']);

    // The retry: untick, tick again.
    expect(emu.edit(KABID_POL, TAB_POL_TW1, 'D5', false).ok).toBe(true);
    expect(emu.edit(KABID_POL, TAB_POL_TW1, 'D5', true).ok).toBe(true);
    expect(statusBidang(emu, 'POL')).toBe('terkirim');
    const arsip = barisArsip(emu).slice(1);
    expect(arsip.map((r) => `${r[1]}:${r[5]}`)).toEqual([
      'KWN:IK-16', 'KWN:IK-17', 'KWN:IK-18', 'KWN:IK-19', 'KWN:IK-20', 'POL:IK-09', 'POL:IK-10', 'POL:IK-11', 'POL:IK-12',
    ]);
    // "tidak ada data" is archived as such, with the reason from Penjelasan.
    expect(arsip[8]?.slice(6, 8)).toEqual([null, 'Penjelasan IK-12']);
  });

  test('an admin submitting on a bidang\'s behalf while another submission runs gets the Indonesian lock message and changes nothing', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    isi(emu, KABID_POL, TAB_POL_TW1, ISIAN_POL);
    let galat = '';
    saatMemegangKunci(emu, () => {
      try {
        emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'POL' });
      } catch (error) {
        galat = (error as Error).message;
      }
    });
    emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true);
    expect(galat).toMatch(SIBUK);
    expect(statusBidang(emu, 'POL')).toBe('sedang-diisi');
    expect(emu.edit(KABID_POL, TAB_POL_TW1, 'N8', 79).ok).toBe(true); // still open for the bidang
    expect((emu.call(ADMIN, 'kirimAtasNamaBidang', { bidang: 'POL' }) as Hasil).status).toBe('ok');
  });

  test('a submission during a gather waits its turn: the gather sees a consistent picture, the retry is archived once', () => {
    const emu = siklusDimulai();
    isi(emu, KABID_KWN, TAB_KWN_TW1, ISIAN_KWN);
    saatMemegangKunci(emu, () => {
      emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true);
    });
    const kumpul = emu.call(ADMIN, 'kumpulkanData') as { terkirim: number; berubah: string[] };
    expect(kumpul).toMatchObject({ terkirim: 0, berubah: [] });
    expect(statusBidang(emu, 'KWN')).not.toBe('terkirim');
    expect(barisArsip(emu)).toEqual([]);
    emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', false);
    emu.edit(KABID_KWN, TAB_KWN_TW1, 'D5', true);
    expect(barisArsip(emu).slice(1).map((r) => r[2])).toEqual([1, 1, 1, 1, 1]);
    expect((emu.call(ADMIN, 'kumpulkanData') as { terkirim: number }).terkirim).toBe(1);
  });
});
