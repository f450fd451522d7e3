import * as esbuild from 'esbuild';
import { pathToFileURL } from 'node:url';
import { newsPage } from '/work/main/bench/news-page.mjs';
const dirs = process.argv.slice(2);
const fns = [];
for (const [k, d] of dirs.entries()) { const out = `/tmp/ab-${k}-${Date.now()}.mjs`; await esbuild.build({ entryPoints: [d + '/src/core/analyze.ts'], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error' }); fns.push((await import(pathToFileURL(out).href)).analyze); }
const page = newsPage('/work/shared');
for (let i = 0; i < 25; i++) for (const f of fns) f(page, { stopEarly: false });
const t = fns.map(() => []);
for (let r = 0; r < 60; r++) fns.forEach((f, k) => { const c0 = process.cpuUsage(); const w0 = performance.now(); f(page, { stopEarly: false }); const c = process.cpuUsage(c0); t[k].push([(c.user + c.system) / 1000, performance.now() - w0]); });
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const q = (xs, f) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length * f)]; };
dirs.forEach((d, k) => console.log(d.padEnd(20), 'cpu med', med(t[k].map(x => x[0])).toFixed(1), 'wall med', med(t[k].map(x => x[1])).toFixed(1), 'wall p10', q(t[k].map(x => x[1]), 0.1).toFixed(1)));
