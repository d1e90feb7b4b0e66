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

// Lighthouse keeps cookies between runs (it clears the cache and other storage), and extra Cookie headers are not
// dependable (GoogleChrome/lighthouse#13547): so the demo patient signs in through the sign-in page in the very
// Chrome Lighthouse then drives, as its docs on authenticated pages advise. The sign-in page is measured first,
// before anyone signs in.
const pages = [
  ['sign-in', '/login.xhtml'],
  ['today', '/patient/index.xhtml'],
  ['record', '/patient/record.xhtml'],
  ['history', '/patient/history.xhtml'],
];
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox'] });
async function signIn() {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await browser.contexts()[0].newPage();
  await page.goto(`${base}/login.xhtml`);
  await page.fill('#form\\:username', 'patient');
  await page.fill('#form\\:password', 'patient-demo-password');
  await Promise.all([page.waitForURL(/\/patient\//), page.click('#form\\:submit')]);
  await page.close();
}
const rows = [];
for (const [name, path] of pages) {
  if (name === 'today') {
    await signIn();
  }
  const result = await lighthouse(`${base}${path}`, {
    port: chrome.port, output: 'json', onlyCategories: ['performance', 'accessibility'],
  });
  const lhr = result.lhr;
  if (!lhr.finalDisplayedUrl.endsWith(path)) {
    throw new Error(`${path} ended at ${lhr.finalDisplayedUrl}: not signed in?`);
  }
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
