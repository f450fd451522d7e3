// @vitest-environment jsdom
// A page with 5,000 quotes: the popup renders a few hundred at a time, with "show more".
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { ReportQuote } from '../../src/shared/messages';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: (key: string) => key }, tabs: {}, runtime: {} } }));
const { QuoteList } = await import('../../src/popup/QuoteList');
const { LIST_STEP } = await import('../../src/popup/show-more');

const quotes: ReportQuote[] = Array.from({ length: 5000 }, (_, index) => ({
  index,
  kind: index % 2 ? 'direct' : 'indirect',
  text: `تصريح رقم ${index} عن الوضع الميداني`,
  speaker: index % 3 ? { id: null, name: 'المتحدث' } : null,
}));

describe('long lists in the popup', () => {
  it('renders the first quotes and more on demand', () => {
    const root = document.createElement('div');
    act(() => render(<QuoteList quotes={quotes} onReveal={() => undefined} />, root));
    expect(root.querySelectorAll('[data-role="quote"]')).toHaveLength(LIST_STEP);
    act(() => (root.querySelector('[data-role="show-more"]') as HTMLButtonElement).click());
    expect(root.querySelectorAll('[data-role="quote"]')).toHaveLength(2 * LIST_STEP);
    act(() => render(<QuoteList quotes={quotes.slice(0, 10)} onReveal={() => undefined} />, root));
    expect(root.querySelector('[data-role="show-more"]')).toBeNull();
  });
});
