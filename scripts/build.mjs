// Builds what clasp pushes: build/Code.js (the server bundle, ending with a top-level function
// declaration for every entry point), build/Sidebar.html (self-contained) and appsscript.json.
//
//   node scripts/build.mjs [--outdir DIR] [--addon]
//
// --addon builds for add-on deployment (the menu goes under Extensions via createAddonMenu);
// the default is a script bound to one spreadsheet (createMenu).
import { build } from 'esbuild';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';

const args = process.argv.slice(2);
const outdir = args.includes('--outdir') ? args[args.indexOf('--outdir') + 1] : 'build';
const deployment = args.includes('--addon') ? 'addon' : 'bound';
const GLOBAL = 'Lapkin';
const serverEntry = 'src/server/index.ts';

await mkdir(outdir, { recursive: true });

// 1. Which names does the server entry export? Each becomes a top-level function.
const analysis = await build({
  entryPoints: [serverEntry],
  bundle: true,
  format: 'esm',
  write: false,
  metafile: true,
  outdir: 'unused',
  logLevel: 'silent',
});
const exportsOf = Object.values(analysis.metafile.outputs).find((o) => o.entryPoint === serverEntry);
const entryPoints = [...exportsOf.exports].sort();

// 2. The bundle itself: one IIFE that sets a single global to a plain object of the entry points
// (a globalName would add module-interop helpers and a getter per name to a file parsed on every
// execution), then the declarations. The whole file stays strict code, as src/ is compiled.
const names = entryPoints.join(', ');
const server = await build({
  stdin: {
    contents: `'use strict';\nimport { ${names} } from './${serverEntry}';\nglobalThis.${GLOBAL} = { ${names} };\n`,
    resolveDir: '.',
    sourcefile: 'lapkin-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  // Apps Script's V8 runtime runs ES2020 syntax (optional chaining, ??) as is.
  target: 'es2020',
  platform: 'neutral',
  write: false,
  // Apps Script parses the whole file on every execution: keep it small (the bench checks < 150 KB).
  minify: true,
  // UTF-8 as is: "–", "▸", "…" in messages take 3 bytes, not a 6-byte \u escape.
  charset: 'utf8',
  legalComments: 'none',
  define: { __LAPKIN_DEPLOYMENT__: JSON.stringify(deployment) },
});
const declarations = entryPoints
  .map((name) => `function ${name}(){return ${GLOBAL}.${name}(...arguments)}`)
  .join('\n');
await writeFile(
  join(outdir, 'Code.js'),
  `// Built by scripts/build.mjs from src/ — do not edit.\n${server.outputFiles[0].text}\n${declarations}\n`,
);

// 3. The sidebar: its script and style inlined into one HTML file.
const ui = await build({
  entryPoints: ['src/ui/sidebar.ts'],
  bundle: true,
  format: 'iife',
  target: 'es2019',
  platform: 'browser',
  write: false,
  minify: true,
  legalComments: 'none',
  // The Panduan's Pemecahan masalah chapter, for the panel's error help (src/ui/bantuan.ts).
  loader: { '.md': 'text' },
});
const js = ui.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
const css = await readFile('src/ui/sidebar.css', 'utf8');
const html = (await readFile('src/ui/sidebar.html', 'utf8'))
  .replace('/* inline:css */', () => css)
  .replace('/* inline:js */', () => js);
await writeFile(join(outdir, 'Sidebar.html'), html);

await copyFile('appsscript.json', join(outdir, 'appsscript.json'));
console.log(`built ${outdir}/Code.js (${deployment}; ${entryPoints.length} entry points), Sidebar.html, appsscript.json`);
