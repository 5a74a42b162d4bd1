/** React's useId() contains characters that break `url(#…)` references; keep letters, digits, - and _. */
export function svgSafeId(reactId: string, suffix: string): string {
  return `${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}-${suffix}`;
}
