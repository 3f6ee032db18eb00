// The server entry. Every name exported here becomes a top-level function in build/Code.js,
// callable from menus, triggers and google.script.run (scripts/build.mjs).
export { onOpen, onInstall, openSidebar, menuSiapkanLembarKerja, menuMulaiSiklus } from './menu';
export { getPanelState, mulaiSiklus, siapkanLembarKerja } from './api';
export { menuDiagnostik } from './diagnostik';
