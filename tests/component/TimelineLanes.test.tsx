import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LaneDot } from '../../src/features/timeline/LaneDot';
import { MarkLinksContext } from '../../src/ui/charts/MarkLink';

const dot = (
  <svg>
    <LaneDot
      cx={40}
      cy={20}
      size={120}
      width={12}
      payload={{ x: 0, y: 1, month: '2025-06', count: 3, kinds: '3 releases' }}
      color="#0072b2"
      lane="Meta"
      hrefFor={(month) => `/timeline?company=meta&from=${month}-01&to=${month}-30`}
    />
  </svg>
);

describe('a swim lane’s dot', () => {
  it('on the page, is a link named for its company, month and count, to those events', () => {
    render(<MarkLinksContext.Provider value={true}>{dot}</MarkLinksContext.Provider>);
    const link = screen.getByRole('link', { name: 'Meta, June 2025: 3 events — show them' });
    expect(link).toHaveAttribute('href', '/timeline?company=meta&from=2025-06-01&to=2025-06-30');
    expect(link.querySelector('.recharts-symbols')).toHaveAttribute('fill', '#0072b2');
  });

  it('in an export, is the dot alone', () => {
    const { container } = render(dot);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(container.querySelector('.recharts-symbols')).toHaveAttribute('fill', '#0072b2');
  });
});
