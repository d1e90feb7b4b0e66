// Lighthouse (mobile: its default emulated phone, slow 4G and a 4x slower CPU) on the patient's pages, signed in:
// the performance score, first and largest contentful paint, total blocking time, and the bytes and requests of a
// first visit (an empty cache). Called by bench/lighthouse.sh, which starts the portal and installs Lighthouse.
//   node bench/lighthouse.mjs <base URL> <output directory>
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const [base, out] = process.argv.slice(2);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Sign in as the demo patient once, through the sign-in page, and reuse the session cookie for every page.
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const page = await (await browser.newContext()).newPage();
await page.goto(`${base}/login.xhtml`);
await page.fill('#form\\:username', 'patient');
await page.fill('#form\\:password', 'patient-demo-password');
await Promise.all([page.waitForURL(/\/patient\//), page.click('#form\\:submit')]);
const session = (await page.context().cookies()).find(c => c.name === 'JSESSIONID').value;
await browser.close();

const pages = [
  ['sign-in', '/login.xhtml', false],
  ['today', '/patient/index.xhtml', true],
  ['record', '/patient/record.xhtml', true],
  ['history', '/patient/history.xhtml', true],
];
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox'] });
const rows = [];
for (const [name, path, signedIn] of pages) {
  const result = await lighthouse(`${base}${path}`, {
    port: chrome.port, output: 'json', onlyCategories: ['performance', 'accessibility'],
    extraHeaders: signedIn ? { Cookie: `JSESSIONID=${session}` } : undefined,
    disableStorageReset: false,
  });
  const lhr = result.lhr;
  fs.writeFileSync(`${out}/lighthouse-${name}.json`, result.report);
  const a = lhr.audits;
  rows.push({
    page: name,
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    fcp_s: +(a['first-contentful-paint'].numericValue / 1000).toFixed(1),
    lcp_s: +(a['largest-contentful-paint'].numericValue / 1000).toFixed(1),
    tbt_ms: Math.round(a['total-blocking-time'].numericValue),
    bytes: Math.round(a['total-byte-weight'].numericValue),
    requests: a['network-requests'].details.items.length,
  });
}
await chrome.kill();
console.log('| page | performance | accessibility | first paint | largest paint | blocking | bytes | requests |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(`| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.fcp_s} s | ${r.lcp_s} s | ${r.tbt_ms} ms | ${r.bytes.toLocaleString('en')} | ${r.requests} |`);
}
