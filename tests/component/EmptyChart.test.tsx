import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/renderApp';

const TITLES = [
  'Maximum clip length',
  'Maximum output resolution',
  'Capability matrix',
  'API price per second of video',
  'Release chronology',
];

// A day before any version was out: every chart on Compare is empty.
describe('An empty chart', { timeout: 30_000 }, () => {
  it('says plainly that there is nothing to draw on that day, with no empty sources line or description', async () => {
    renderApp('/compare?asOf=2023-01-01');
    for (const title of TITLES) {
      const frame = await screen.findByRole('figure', { name: title });
      // Shown in place of the chart, and said by the frame's description.
      expect(
        within(frame).getAllByText(/^Nothing to draw: no version of this selection was out by 1 Jan 2023\.$/),
      ).toHaveLength(2);
      expect(frame).not.toHaveTextContent(/Sources:\s*\./);
      expect(frame).not.toHaveTextContent(/Sources:/);
      const description = document.getElementById(frame.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
      expect(description, title).not.toMatch(/\.\s*\.$/);
      expect(description, title).toMatch(/Nothing to draw/);
    }
  });
});
