import { describe, expect, it } from 'vitest';
import { createHtmlService } from '../../node/emulator/html';
import { FakeUi } from '../../node/emulator/ui';
import { Workspace } from '../../node/emulator/workspace';

const admin = { email: 'kasubbag@contoh.go.id' };

function setup() {
  const ws = new Workspace({ owner: admin.email });
  const ui = new FakeUi(ws);
  const files: Record<string, string> = { Sidebar: '<p>Halo</p>' };
  const html = createHtmlService(ws, (name) => {
    if (!(name in files)) throw new Error('ENOENT');
    return files[name];
  });
  return { ws, ui, html };
}

describe('Ui menus', () => {
  it('records a custom menu with items, separators and submenus once added to the UI', () => {
    const { ws, ui } = setup();
    ws.run(admin, () => {
      const sub = ui.createMenu('Laporan').addItem('Buat LKj', 'buatLkj');
      ui.createMenu('Lapkin').addItem('Buka panel', 'bukaPanel').addSeparator().addSubMenu(sub).addToUi();
    });
    expect(ui.menus).toEqual([
      {
        title: 'Lapkin',
        addon: false,
        items: [
          { kind: 'item', caption: 'Buka panel', functionName: 'bukaPanel' },
          { kind: 'separator' },
          { kind: 'submenu', title: 'Laporan', items: [{ kind: 'item', caption: 'Buat LKj', functionName: 'buatLkj' }] },
        ],
      },
    ]);
    expect(ws.callCounts()['SpreadsheetApp.Menu.addToUi']).toBe(1);
  });

  it('marks the add-on menu and shows nothing until addToUi', () => {
    const { ws, ui } = setup();
    ws.run(admin, () => {
      const menu = ui.createAddonMenu().addItem('Mulai', 'mulai');
      expect(ui.menus).toEqual([]);
      menu.addToUi();
    });
    expect(ui.menus[0]).toMatchObject({ title: 'add-on', addon: true });
  });
});

describe('Ui sidebar and dialogs', () => {
  it('shows the HTML read from Sidebar.html with its title', () => {
    const { ws, ui, html } = setup();
    ws.run(admin, () => ui.showSidebar(html.createHtmlOutputFromFile('Sidebar').setTitle('Lapkin')));
    expect(ui.sidebars).toEqual([{ html: '<p>Halo</p>', title: 'Lapkin', width: 0, height: 0 }]);
  });

  it('throws for an HTML file that does not exist', () => {
    const { ws, html } = setup();
    // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
    expect(() => ws.run(admin, () => html.createHtmlOutputFromFile('Tidak'))).toThrow('No HTML file named Tidak was found.');
  });

  it('records modal dialogs with their title', () => {
    const { ws, ui, html } = setup();
    ws.run(admin, () => ui.showModalDialog(html.createHtmlOutput('<b>x</b>').setWidth(400), 'Pratinjau'));
    expect(ui.dialogs).toEqual([{ html: '<b>x</b>', title: 'Pratinjau', width: 400, height: 0, modal: true }]);
  });
});

describe('Ui alert and prompt', () => {
  // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
  it('answers from the queue, and with CLOSE when nothing is queued', () => {
    const { ws, ui } = setup();
    ui.queueResponse({ button: 'YES' });
    const [first, second] = ws.run(admin, () => [
      ui.alert('Kunci', 'Kunci siklus Q1?', ui.ButtonSet.YES_NO),
      ui.alert('Selesai'),
    ]);
    expect(first).toBe(ui.Button.YES);
    expect(second).toBe(ui.Button.CLOSE);
    expect(String(first)).toBe('YES');
    expect(ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.button])).toEqual([
      ['Kunci', 'Kunci siklus Q1?', 'YES_NO', 'YES'],
      ['', 'Selesai', 'OK', 'CLOSE'],
    ]);
  });

  it('gives the typed text and button of a prompt', () => {
    const { ws, ui } = setup();
    ui.queueResponse({ button: 'OK', text: 'Bidang Perencanaan' });
    const response = ws.run(admin, () => ui.prompt('Nama bidang?', ui.ButtonSet.OK_CANCEL));
    ws.run(admin, () => {
      expect(response.getResponseText()).toBe('Bidang Perencanaan');
      expect(response.getSelectedButton()).toBe(ui.Button.OK);
    });
  });

  it('refuses a scripted button the dialog does not offer', () => {
    const { ws, ui } = setup();
    ui.queueResponse({ button: 'YES' });
    expect(() => ws.run(admin, () => ui.alert('OK saja'))).toThrow(/offers OK, not YES/);
  });
});
