// The README's screenshot: `herald demo`'s page with the inbox open, in headless Chromium.
//   node web/browser/screenshot.mjs http://127.0.0.1:PORT/ web/screenshot.png
// (the URL `herald demo` prints; CHROMIUM defaults to /usr/bin/chromium).

import { chromium } from "playwright-core";

const [url, out] = process.argv.slice(2);
if (!url || !out) throw new Error("usage: screenshot.mjs DEMO_URL OUT.png");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 720 } });
  await page.goto(url);
  const inbox = page.locator("herald-inbox");
  await inbox.locator("[part~=bell]").click();
  await inbox.locator("[part~=item]").first().waitFor();
  await page.screenshot({ path: out });
} finally {
  await browser.close();
}
