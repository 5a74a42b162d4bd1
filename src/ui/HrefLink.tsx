import type { MouseEvent, ReactNode } from 'react';
import { useRouter, type AnyRouter } from '@tanstack/react-router';

/** Follows a link inside the app without reloading the page (a modified click keeps the browser's meaning). */
export function useFollow(href: string) {
  const router = useRouter({ warn: false }) as AnyRouter | undefined;
  return (e: MouseEvent) => {
    if (!router || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void router.navigate({ href });
  };
}

/** A link to a URL of the app given as text (`/timeline?system=veo&event=e12`), followed inside the app. */
export function HrefLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  const follow = useFollow(href);
  return (
    <a href={href} className={className} onClick={follow}>
      {children}
    </a>
  );
}
