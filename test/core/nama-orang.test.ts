import { describe, expect, it } from 'vitest';
import { namaOrang } from '../../src/core/nama-orang';
import type { Bidang, Pengaturan } from '../../src/core/types';

const bidang = [{ kode: 'POL', nama: 'Bidang Politik', kabid: { nama: 'Bambang Sutrisno, S.IP.', nip: '1', jabatan: 'Kabid', email: 'Kabid.Pol@contoh.go.id' }, stafEmails: ['staf@contoh.go.id'] }] as Bidang[];
const pengaturan = { kasubbag: { nama: 'Sri Wahyuni', nip: '2', jabatan: 'Kasubbag', email: 'kasubbag@contoh.go.id' } } as Pengaturan;

describe('namaOrang', () => {
  it('names a Kabid and the Kasubbag by the names the configuration gives, ignoring case', () => {
    expect(namaOrang({ bidang, pengaturan }, 'kabid.pol@contoh.go.id')).toBe('Bambang Sutrisno, S.IP.');
    expect(namaOrang({ bidang, pengaturan }, 'KASUBBAG@contoh.go.id')).toBe('Sri Wahyuni');
  });

  it('keeps the address of anyone it has no name for (staff, others)', () => {
    expect(namaOrang({ bidang, pengaturan }, 'staf@contoh.go.id')).toBe('staf@contoh.go.id');
  });
});
