import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MockModeBanner } from '../../src/app/MockModeBanner';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the demo-mode banner', () => {
  it('says in plain words what the mock API and the dataset are doing', () => {
    render(<MockModeBanner chaos="error" dataset="synthetic-100k" />);
    const banner = screen.getByRole('complementary', { name: 'Demo mode' });
    expect(banner).toHaveTextContent('the built-in mock API fails every request');
    expect(banner).toHaveTextContent('showing 100,000 made-up events (a synthetic test dataset), not the real data');
    expect(banner).not.toHaveTextContent(/is error|synthetic synthetic/);
  });

  it('"Turn it off" and "Back to the real data" keep the view’s filters', () => {
    window.history.replaceState(null, '', '/timeline?mock=error&dataset=synthetic-10k');
    render(<MockModeBanner chaos="error" dataset="synthetic-10k" />);
    // The view changes after the banner is drawn: the links follow it.
    window.history.replaceState(null, '', '/timeline?company=meta&q=veo&mock=error&dataset=synthetic-10k#x');
    const off = screen.getByRole('link', { name: 'Turn it off' });
    fireEvent.focus(off);
    expect(off.getAttribute('href')).toBe('/timeline?company=meta&q=veo&mock=off&dataset=synthetic-10k#x');
    const real = screen.getByRole('link', { name: 'Back to the real data' });
    fireEvent.click(real);
    expect(real.getAttribute('href')).toBe('/timeline?company=meta&q=veo&mock=error&dataset=real#x');
  });
});
