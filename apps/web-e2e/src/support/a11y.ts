import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/**
 * Runs axe-core on the current page and returns the serious and critical violations. The page's context must
 * be created with `bypassCSP: true`: axe is injected as a script, which Spoor's CSP rightly refuses otherwise.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await settledDialogs(page);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`)
          .slice(0, 3)
          .join(', ')})`,
    );
}

/**
 * axe measures colours as rendered: a Mantine dialog or drawer still fading in or out reads as too little contrast
 * (seen twice in CI, right after a dialog's form was saved). Waits past the transition (Mantine's default is
 * 200 ms) until every dialog left is fully opaque or gone.
 */
async function settledDialogs(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.waitForFunction(
    () =>
      [
        ...document.querySelectorAll(
          '.mantine-Modal-content, .mantine-Modal-overlay, .mantine-Drawer-content, .mantine-Drawer-overlay',
        ),
      ].every((element) => getComputedStyle(element).opacity === '1'),
    undefined,
    { timeout: 5_000 },
  );
}
