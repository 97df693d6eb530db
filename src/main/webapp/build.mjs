// Bundles the desk into the folder Quarkus serves at / (argument 1; ./mvnw package passes
// target/classes/META-INF/resources). One JS and one CSS file named by their content hash, so the
// long cache Quarkus gives static files is safe; index.html, which names them, is served no-cache.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'dist');
mkdirSync(out, { recursive: true });
// Bundles of earlier builds would otherwise pile up in the jar.
for (const file of readdirSync(out)) if (/^desk(-style)?-\w+\.(js|css)(\.map)?$/.test(file)) rmSync(resolve(out, file));
const result = await esbuild.build({
  entryPoints: { desk: 'src/main.js', 'desk-style': 'src/desk.css' },
  entryNames: '[name]-[hash]',
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['es2020'],
  outdir: out,
  metafile: true,
  logLevel: 'warning',
});
const names = {};
for (const [file, meta] of Object.entries(result.metafile.outputs)) {
  if (meta.entryPoint) names[meta.entryPoint.endsWith('.css') ? 'desk-style.css' : 'desk.js'] = basename(file);
}
let html = readFileSync('public/index.html', 'utf8');
for (const [plain, hashed] of Object.entries(names)) html = html.replace(`"${plain}"`, `"${hashed}"`);
writeFileSync(resolve(out, 'index.html'), html);
console.log(`desk bundled into ${out}: ${Object.values(names).join(', ')}`);
