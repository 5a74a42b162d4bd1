import type { Status } from '../data/schema';

export const STATUS_LABEL: Record<Status, string> = {
  research: 'research only',
  waitlist: 'waitlist',
  limited: 'limited access',
  public: 'public',
  retired: 'retired',
};

export function StatusBadge({ status }: { status: Status }) {
  return <span className={`badge badge--${status}`}>{STATUS_LABEL[status]}</span>;
}
