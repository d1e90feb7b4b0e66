// Saves the HTML every page is served with (not the page after scripts ran: the checker judges the markup), signed
// in through the sign-in page as each demo account, in English, and the patient's in Spanish too. Called by
// bench/nu-check.sh.
//   node bench/nu-pages.mjs <base URL> <output directory>
import { chromium } from 'playwright-core';
import fs from 'node:fs';

const [base, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const anonymous = ['/login.xhtml', '/forgot.xhtml', '/reset.xhtml?token=x', '/unsubscribe.xhtml?token=x'];
const patient = ['/patient/index.xhtml', '/patient/programme.xhtml', '/patient/record.xhtml', '/patient/history.xhtml',
  '/patient/warning.xhtml', '/patient/access.xhtml', '/patient/reminders.xhtml', '/patient/messages.xhtml',
  '/account/password.xhtml', '/account/email.xhtml'];
const clinician = ['/clinician/index.xhtml', '/clinician/warnings/index.xhtml', '/clinician/messages/index.xhtml',
  '/clinician/exercises/index.xhtml', '/clinician/exercises/edit.xhtml?id=1', '/clinician/exercises/edit.xhtml',
  '/clinician/templates/index.xhtml', '/clinician/templates/edit.xhtml?id=1'];
const admin = ['/admin/index.xhtml', '/admin/accounts/index.xhtml', '/admin/accounts/create.xhtml',
  '/admin/audit/index.xhtml', '/admin/warnings/index.xhtml', '/admin/outbox/index.xhtml'];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });

async function save(context, prefix, path) {
  const reply = await context.request.get(base + path);
  fs.writeFileSync(`${out}/${prefix}${path.replace(/[/?=.;]/g, '_')}.html`, await reply.text());
}

async function as(user, language, paths, more) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': language } });
  if (user) {
    const page = await context.newPage();
    await page.goto(`${base}/login.xhtml`);
    await page.fill('#form\\:username', user);
    await page.fill('#form\\:password', `${user}-demo-password`);
    await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login.xhtml')), page.click('#form\\:submit')]);
    if (more) {
      paths = paths.concat(await more(page));
    }
  }
  for (const path of paths) {
    await save(context, `${language.slice(0, 2)}-${user || 'anonymous'}`, path);
  }
  await context.close();
}

await as(null, 'en', anonymous);
await as(null, 'es', anonymous);
await as('patient', 'en', patient);
await as('patient', 'es', patient);
await as('clinician', 'en', clinician, async (page) => {
  await page.goto(`${base}/clinician/index.xhtml`);
  const detail = await page.getAttribute('a[href*="detail.xhtml"]', 'href');
  const id = detail.replace(/.*id=(\d+).*/, '$1');
  return [`/clinician/patients/detail.xhtml?id=${id}`, `/clinician/patients/progress.xhtml?id=${id}`,
    `/clinician/patients/outcomes.xhtml?id=${id}`, `/clinician/patients/plan.xhtml?id=${id}`,
    `/clinician/patients/programme.xhtml?patient=${id}`,
    `/clinician/messages/conversation.xhtml?patient=${id}`];
});
await as('admin', 'en', admin);
await browser.close();
