import type { EventType } from '../../data/schema';

const LABELS: Record<EventType, string> = {
  release: 'Release',
  announcement: 'Announcement',
  retirement: 'Retirement',
  partnership: 'Partnership',
  investment: 'Investment',
  acquisition: 'Acquisition',
  hire: 'Hire',
  lawsuit: 'Lawsuit',
  'legal-letter': 'Legal letter',
  research: 'Research',
  pricing: 'Pricing',
  policy: 'Policy',
  report: 'Press report',
};

export function typeLabel(type: EventType): string {
  return LABELS[type];
}
