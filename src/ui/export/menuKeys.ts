import type { KeyboardEvent } from 'react';

/** Arrow keys, Home and End move between a menu's items; Escape and Tab close it. */
export function handleMenuKeys(event: KeyboardEvent, menu: HTMLElement | null, close: (returnFocus: boolean) => void) {
  const items = [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([disabled])') ?? [])];
  const index = items.indexOf(document.activeElement as HTMLElement);
  const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      focus(index + 1);
      break;
    case 'ArrowUp':
      event.preventDefault();
      focus(index - 1);
      break;
    case 'Home':
      event.preventDefault();
      focus(0);
      break;
    case 'End':
      event.preventDefault();
      focus(items.length - 1);
      break;
    case 'Escape':
      event.preventDefault();
      close(true);
      break;
    case 'Tab':
      close(false);
      break;
  }
}
