// Bundles the desk into the folder Quarkus serves at / (argument 1; ./mvnw package passes
// target/classes/META-INF/resources). One JS and one CSS file, so the page needs no CDN and
// loads in two requests besides index.html.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'dist');
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: { 'desk': 'src/main.js', 'desk-style': 'src/desk.css' },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['es2020'],
  outdir: out,
  logLevel: 'warning',
});
cpSync('public', out, { recursive: true });
console.log(`desk bundled into ${out}`);
