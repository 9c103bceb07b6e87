/**
 * Screenshots of Copydesk in code-server, for a person to look at (not a
 * test): the packaged `.vsix` in a fresh profile, a document with findings,
 * then the hover, the quick-fix menu, the language status item, the Problems
 * panel, the rule page's preview, the output channel and the per-rule
 * settings, each saved as a PNG.
 *
 *   npm run build && node out/test/vscode/look.js [output folder, default /tmp/copydesk-look]
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createWorkspace, packageExtension, ROOT, writeUserSettings } from './harness';
import { CHROMIUM, CHROMIUM_ARGS, ENTRY, ensureCodeServer, freePort, killTree, waitForOutput } from './run-code-server';

const out = process.argv[2] ?? join(tmpdir(), 'copydesk-look');

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(out, `${name}.png`);
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
}

async function command(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`, { state: 'visible' });
  await page.keyboard.press('Enter');
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  ensureCodeServer();
  const tmp = mkdtempSync(join(tmpdir(), 'copydesk-look-'));
  const workspace = createWorkspace(join(tmp, 'workspace'));
  const userData = join(tmp, 'user-data');
  const extensions = join(tmp, 'extensions');
  writeUserSettings(userData);
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    const common = ['--extensions-dir', extensions, '--user-data-dir', userData];
    const installed = spawnSync(process.execPath, [ENTRY, ...common, '--install-extension', packageExtension()], {
      encoding: 'utf8',
    });
    if (installed.status !== 0) throw new Error(`installing the .vsix failed:\n${installed.stdout}${installed.stderr}`);
    const port = await freePort();
    server = spawn(
      process.execPath,
      [
        ENTRY,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        ...common,
        workspace,
      ],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await waitForOutput(server, 'HTTP server listening', 60_000, 'code-server to listen');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });

    // The document: one warning (a repeated word) and two hints.
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type('counts.txt');
    await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="counts.txt"]', { state: 'visible' });
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 60_000 });
    await page.waitForSelector('.monaco-editor .squiggly-hint', { timeout: 30_000 });
    await shoot(page, '1-editor');

    // The hover over the repeated "the" (line 3, column 51).
    await goTo(page, 3, 51);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await page.waitForSelector('.monaco-hover .hover-contents', { state: 'visible' });
    // The server's part of the hover arrives after the marker's.
    await page.waitForSelector('.monaco-hover .markdown-hover', { state: 'visible', timeout: 10_000 }).catch(() => undefined);
    await shoot(page, '2-hover');
    // The hover's rule link opens the page's preview too.
    const hoverLink = page.locator('.monaco-hover a[data-href^="command:copydesk.showRuleDoc"]');
    if ((await hoverLink.count()) > 0) {
      await hoverLink.first().click();
      await page.waitForSelector('.tab[aria-label*="Preview lexical-illusion.md"]', { timeout: 30_000 });
      await shoot(page, '2b-hover-link');
      await command(page, 'View: Close All Editors');
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('counts.txt');
      await page.waitForSelector('.quick-input-list .monaco-list-row[aria-label*="counts.txt"]', { state: 'visible' });
      await page.keyboard.press('Enter');
      await goTo(page, 3, 51);
    } else {
      console.log('the hover has no rule link');
      await page.keyboard.press('Escape');
    }

    // The quick-fix menu at the same place.
    await page.keyboard.press('Control+.');
    await page.waitForSelector('.action-widget', { state: 'visible' });
    await shoot(page, '3-quick-fix');
    await page.keyboard.press('Escape');

    // The language status item: hover the {} in the status bar.
    await page.hover('[id="status.languageStatus"]');
    await page.waitForSelector('.workbench-hover-container .hover-language-status, .monaco-hover .hover-language-status', {
      state: 'visible',
      timeout: 10_000,
    });
    await shoot(page, '4-status');
    await page.mouse.move(600, 300);

    // The Problems panel.
    await page.keyboard.press('Control+Shift+M');
    await page.waitForSelector('.markers-panel .monaco-list-row', { state: 'visible' });
    await shoot(page, '5-problems');

    // The rule link in the Problems panel opens the rule page's preview.
    await page.click('.markers-panel .monaco-list-row a.monaco-link');
    await page.waitForSelector('.tab[aria-label*="Preview lexical-illusion.md"]', { timeout: 30_000 });
    await page
      .frameLocator('iframe.webview.ready')
      .frameLocator('iframe#active-frame')
      .locator('h1')
      .waitFor({ timeout: 30_000 });
    await shoot(page, '6-rule-preview');

    await command(page, 'Copydesk: Show Output');
    await page.waitForSelector('.output-view, .panel .monaco-editor', { state: 'visible' });
    await shoot(page, '7-output');

    await page.keyboard.press('Control+,');
    await page.waitForSelector('.settings-editor .suggest-input-container', { state: 'visible' });
    await page.keyboard.type('copydesk.rule');
    await page.waitForSelector('.settings-editor .setting-item-label:has-text("Boilerplate")', { state: 'visible' });
    await shoot(page, '8-settings');

    // The HTML page another editor's browser would show.
    const html = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await html.goto(pathToFileURL(join(ROOT, 'dist', 'docs', 'rules', 'lexical-illusion.html')).href);
    await shoot(html, '9-html-page');
  } finally {
    await browser?.close().catch(() => undefined);
    killTree(server);
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
