import { useId, useState } from 'react';
import { isDay } from '../../data/dates';
import type { ListOrder } from './timelineSearch';

/**
 * How to move through the list: newest or oldest first (in the link; the far end of 100,000 events is one
 * click away), and a jump to the first event on or after a date.
 */
export function ListControls({
  order,
  onOrder,
  onJump,
  message,
}: {
  order: ListOrder;
  onOrder: (order: ListOrder) => void;
  onJump: (day: string) => void;
  /** What the last jump found, read out. */
  message: string;
}) {
  const dayId = useId();
  const statusId = useId();
  const [day, setDay] = useState('');
  return (
    <div className="list-controls">
      <div className="list-controls__order" role="group" aria-label="Order">
        {(['newest', 'oldest'] as const).map((o) => (
          <button key={o} type="button" className="chip" aria-pressed={order === o} onClick={() => onOrder(o)}>
            {o === 'newest' ? 'Newest first' : 'Oldest first'}
          </button>
        ))}
      </div>
      <form
        className="list-controls__jump"
        aria-label="Jump to a date"
        onSubmit={(e) => {
          e.preventDefault();
          if (isDay(day)) onJump(day);
        }}
      >
        <label htmlFor={dayId}>Jump to date</label>
        <input
          id={dayId}
          type="date"
          value={day}
          aria-describedby={statusId}
          onChange={(e) => setDay(e.target.value)}
        />
        <button type="submit" className="button" disabled={!isDay(day)}>
          Go
        </button>
        <span id={statusId} className="muted list-controls__status" role="status">
          {message}
        </span>
      </form>
    </div>
  );
}
