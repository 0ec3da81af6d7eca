import { useEffect, useState } from 'react';

function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Time left, counted from a fixed end, so a reload keeps the same deadline. */
export function Countdown({ until, initial }: { until: number; initial: number | null }) {
  const [left, setLeft] = useState(initial ?? until - Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLeft(Math.max(0, until - Date.now())), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return <span data-testid="time-left">{clock(left)} left</span>;
}
