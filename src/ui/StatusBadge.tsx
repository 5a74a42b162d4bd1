import type { Status } from '../data/schema';

const LABEL: Record<Status, string> = {
  research: 'research only',
  waitlist: 'waitlist',
  limited: 'limited access',
  public: 'public',
  retired: 'retired',
};

export function StatusBadge({ status }: { status: Status }) {
  return <span className={`badge badge--${status}`}>{LABEL[status]}</span>;
}
