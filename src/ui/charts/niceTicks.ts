/**
 * Round axis ticks from 0 to at least `max`: a step of 1, 2, 2.5 or 5 times a power of ten, giving 2–6
 * intervals, chosen to overshoot `max` least (then the fewest ticks).
 */
export function niceTicks(max: number): number[] {
  // Below a millionth the powers of ten underflow (5e-324 has none): such values get the unit axis.
  if (!(max >= 1e-6)) return [0, 1];
  const power = 10 ** Math.floor(Math.log10(max));
  let best: { step: number; top: number; count: number } | null = null;
  for (const scale of [power / 100, power / 10, power]) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * scale;
      const count = Math.ceil(max / step - 1e-9);
      if (count < 2 || count > 6) continue;
      const top = count * step;
      if (!best || top < best.top - 1e-12 || (Math.abs(top - best.top) < 1e-12 && count < best.count))
        best = { step, top, count };
    }
  }
  const { step, count } = best ?? { step: max, count: 1 };
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
