// Shared by the browser tests: Debian's chromium through playwright-core, and an index page
// opened with its errors collected.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

// A new page on `url`, ready (index.js or model.js done), with page errors and dialogs recorded.
export async function open(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => { errors.push('dialog: ' + dialog.message()); dialog.dismiss(); });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors };
}

export const visibleTitles = (page) => page.$$eval('.card:not([hidden]) .title', (nodes) =>
  nodes.filter((n) => n.offsetParent !== null).map((n) => n.textContent));

// "1,234 of 10,000 models" -> [1234, 10000]; "10,000 models" -> [10000, 10000].
export async function shownCount(page) {
  const numbers = [...(await page.textContent('#count')).matchAll(/\d[\d,.\u202f\u00a0]*/g)]
    .map((match) => Number(match[0].replace(/\D/g, '')));
  return numbers.length === 1 ? [numbers[0], numbers[0]] : numbers;
}
