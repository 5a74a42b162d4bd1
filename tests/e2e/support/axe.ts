import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe over the page, collecting violations only: the same rules run and the same violations come back, but axe
 * skips gathering every passing and inapplicable node (most of its time on a page of charts).
 */
export const axe = (page: Page) => new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
