// The server entry. Every name exported here becomes a top-level function in build/Code.js,
// callable from menus, triggers and google.script.run (scripts/build.mjs).
export { onOpen, onInstall, openSidebar, menuSiapkanLembarKerja, menuMulaiSiklus, menuBuatRekap } from './menu';
export { menuBuatDrafLkj, menuBuatNotaDinas, menuBuatSuratPeringatan, tanyaYaTidak } from './menu';
export { getPanelState, mulaiSiklus, siapkanSiklus, siapkanLembarKerja, buatTabRekap, buatRekapDenganDraf } from './api';
export { buatDokumenLkj, buatDokumenLkjDenganDraf, buatNotaDinas, buatSuratPeringatan } from './api';
export { menuDiagnostik } from './diagnostik';
export { menuUjiKabidMulai, menuUjiKabidLaporan, menuUjiKabidHapus } from './uji-kabid';
export { menuUjiKabidLangkah } from './uji-kabid-langkah';
export { onEditLapkin, kirimAtasNamaBidang, periksaIsian } from './kirim';
export { kembalikanUntukPerbaikan } from './kembalikan';
export { simpanTriwulanSebelumnya } from './triwulan-sebelumnya';
export { menuSimpanTriwulanSebelumnya } from './menu';
export { kirimPengingat } from './pengingat';
export { kumpulkanData } from './kumpulkan';
export { tutupTahun } from './tutup-tahun';
export { menuTutupTahun } from './menu';
export { tandaiLangkahSop, perbaruiStatusSop } from './sop';
export { kosongkanTabIndikator } from './indikator-pk';
export { getMulaiDiSini } from './mulai-di-sini';
