// The gallery driven in Debian's chromium through playwright-core: search, sorts, filters, dark
// mode, the lightbox keys and video previews, on the offline demo archive.
//   CDM_ARCHIVE=<archive folder> PLAYWRIGHT_CORE=<path to playwright-core> node --test gallery.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { launch, open, visibleTitles, shownCount } from './support.mjs';

const archive = process.env.CDM_ARCHIVE;
const indexUrl = pathToFileURL(path.join(archive, 'index.html')).href;
const modelUrl = pathToFileURL(path.join(archive, 'lighthouse_style_xl_v1', 'lighthouse_style_xl_v1.html')).href;

let browser;
let context;

before(async () => {
  browser = await launch();
  context = await browser.newContext();
});
after(async () => { await browser?.close(); });

const openIndex = () => open(context, indexUrl);

test('the index lists every archived model, grouped by type', async () => {
  const { page, errors } = await openIndex();
  // The truncated file is no model: not a card, not counted, named in the overview.
  assert.equal(await page.locator('.card').count(), 6);
  const groups = await page.$$eval('.group:not([hidden]) h2', (nodes) => nodes.map((n) => n.textContent));
  assert.deepEqual(groups, ['LoRA (5)', 'Missing from Civitai (1)']);
  assert.deepEqual(await shownCount(page), [6, 6]);
  assert.match(await page.textContent('#overview .unreadable'), /half_downloaded\.safetensors/);
  // The fake Civitai's download addresses are not Civitai's usual ones: models.js carries them.
  const downloads = await page.$$eval('.card .links a', (links) =>
    links.filter((a) => a.textContent === 'Download').map((a) => a.href));
  assert.ok(downloads.length >= 4 && downloads.every((href) => /^http:\/\/127\.0\.0\.1:\d+\/api\/download\/models\/\d+$/.test(href)),
    downloads.join(' '));
  assert.deepEqual(errors, []);
});

test('search matches names, files, tags, creators, trigger words; comma terms must all match', async () => {
  const { page } = await openIndex();
  await page.fill('#search', 'lighthouse_style');
  assert.equal((await visibleTitles(page)).length, 2);
  await page.fill('#search', 'lighthouse_style, v7002');
  assert.deepEqual(await visibleTitles(page), ['Model 4000 – v7002']);
  assert.deepEqual(await shownCount(page), [1, 6]);
  await page.fill('#search', 'neon city'); // the missing LoRA, found by its training tags
  assert.equal((await visibleTitles(page)).length, 1);
  await page.fill('#search', 'no such model anywhere');
  assert.equal(await page.isVisible('#empty'), true);
  await page.fill('#search', '');
  assert.equal((await visibleTitles(page)).length, 6);
});

test('all ten sort orders work and the choice is remembered', async () => {
  const { page } = await openIndex();
  const values = await page.$$eval('#sort option', (options) => options.map((o) => o.value));
  assert.equal(values.length, 10);
  for (const value of values) {
    await page.selectOption('#sort', value);
    const titles = (await visibleTitles(page)).slice(0, 5); // the LoRA group
    const sorted = [...titles].sort((a, b) => a.localeCompare(b));
    if (value === 'name-asc') assert.deepEqual(titles, sorted);
    if (value === 'name-desc') assert.deepEqual(titles, [...sorted].reverse());
    assert.equal(titles.length, 5);
  }
  await page.selectOption('#sort', 'name-desc');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.inputValue('#sort'), 'name-desc');
  await page.selectOption('#sort', 'downloads-desc');
});

test('filters by type, base model and new versions', async () => {
  const { page } = await openIndex();
  await page.selectOption('#type', 'LoRA');
  assert.equal((await visibleTitles(page)).length, 5);
  await page.selectOption('#type', '');
  await page.selectOption('#base', 'SDXL 1.0');
  assert.equal((await visibleTitles(page)).length, 5);
  await page.selectOption('#base', '');
  await page.check('#updates');
  assert.deepEqual(await visibleTitles(page), ['Model 4000 – v7001']);
});

test('dark mode toggles and is remembered; covers and blur toggle', async () => {
  const { page } = await openIndex();
  await page.click('#theme');
  const theme = await page.getAttribute('html', 'data-theme');
  assert.ok(theme === 'dark' || theme === 'light');
  assert.equal(await page.getAttribute('#theme', 'aria-pressed'), String(theme === 'dark'));
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.getAttribute('html', 'data-theme'), theme);
  await page.uncheck('#covers');
  assert.equal(await page.evaluate(() => document.body.classList.contains('no-covers')), true);
  await page.check('#covers');
});

test('the lightbox shows generation data and follows the keys', async () => {
  const { page, errors } = await open(context, modelUrl);
  assert.equal(await page.locator('.previews video').count(), 1); // the video preview
  assert.equal(await page.getByRole('button', { name: 'Preview 2 (video)' }).count(), 1);
  await page.click('.thumb[data-index="0"]');
  assert.equal(await page.isVisible('#lightbox'), true);
  assert.equal(await page.getAttribute('#lightbox', 'data-index'), '0');
  assert.match(await page.textContent('#lightbox aside'), /Prompt/);
  // The copy button is readable on the dark lightbox whatever the page's theme.
  const [fg, bg] = await page.$eval('#lightbox .chip', (chip) => [getComputedStyle(chip).color, getComputedStyle(chip).backgroundColor]);
  const luminance = (rgb) => { const [r, g, b] = rgb.match(/\d+/g).map(Number); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  assert.ok(Math.abs(luminance(fg) - luminance(bg)) > 100, `copy button ${fg} on ${bg}`);
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#lightbox', 'data-index'), '1');
  assert.equal(await page.locator('#lightbox video').count(), 1);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.getAttribute('#lightbox', 'data-index'), '0');
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#lightbox'), false);
  assert.deepEqual(errors, []);
});

test('at phone width the header stays compact and its folded controls work', async () => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const { page, errors } = await open(phone, indexUrl);
  const headerHeight = async () => (await page.locator('header').boundingBox()).height;
  assert.ok(await headerHeight() <= 844 * 0.25, `header ${await headerHeight()} px high`);
  assert.equal(await page.isVisible('#search'), true);
  assert.equal(await page.isVisible('#sort'), false);
  const toggle = page.getByRole('button', { name: 'Filters' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await toggle.getAttribute('aria-controls'), 'controls');

  // By keyboard: the toggle opens the controls, they filter, Escape folds them again.
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.isVisible('#sort'), true);
  assert.equal(await page.getByRole('group', { name: 'Sort, filters and display' }).isVisible(), true);
  await page.getByLabel('Type').selectOption('LoRA');
  assert.deepEqual(await shownCount(page), [5, 6]);
  await page.getByLabel('Type').focus();
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#sort'), false);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'filters-toggle');
  assert.equal(await page.textContent('#filters-toggle'), 'Filters (1)'); // folded, still says so
  assert.ok(await headerHeight() <= 844 * 0.25);

  // By touch: open, untick covers, close.
  await page.tap('#filters-toggle');
  await page.getByLabel('Covers').uncheck();
  assert.equal(await page.evaluate(() => document.body.classList.contains('no-covers')), true);
  await page.getByLabel('Covers').check();
  await page.tap('#filters-toggle');
  assert.equal(await page.isVisible('#covers'), false);
  assert.deepEqual(errors, []);
  await phone.close();
});
