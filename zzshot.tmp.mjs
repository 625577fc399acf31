import { chromium } from '@playwright/test';
const [,, url, out, width = '1280', height = '1400'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
await page.screenshot({ path: out });
await browser.close();
