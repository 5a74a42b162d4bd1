import type { Status } from '../data/schema';

const STATUS_LABEL: Record<Status, string> = {
  announced: 'announced, not released',
  research: 'research access',
  waitlist: 'waitlist',
  limited: 'limited access',
  public: 'public',
  retired: 'retired',
};

/** A status in words; null is a version not yet announced on the day shown. */
export function statusLabel(status: Status | null): string {
  return status ? STATUS_LABEL[status] : 'not yet announced';
}

/** The status as a badge, with the day it took effect when given ("retired 24 Sep 2026"). */
export function StatusBadge({ status, since }: { status: Status | null; since?: string }) {
  return (
    <span className={`badge badge--${status ?? 'future'}`}>
      {statusLabel(status)}
      {since && ` ${since}`}
    </span>
  );
}
