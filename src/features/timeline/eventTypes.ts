import type { EventType } from '../../data/schema';

const LABELS: Record<EventType, string> = {
  release: 'Release',
  announcement: 'Announcement',
  partnership: 'Partnership',
  investment: 'Investment',
  acquisition: 'Acquisition',
  hire: 'Hire',
  lawsuit: 'Lawsuit',
  research: 'Research',
  pricing: 'Pricing',
  policy: 'Policy',
};

export function typeLabel(type: EventType): string {
  return LABELS[type];
}
