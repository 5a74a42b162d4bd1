import { useRouter, useRouterState, type AnyRouter } from '@tanstack/react-router';
import { footerText } from './footer';

function RoutedFooter({ router }: { router: AnyRouter }) {
  const href = useRouterState({ router, select: (s) => s.location.href });
  return <FooterLine url={`${window.location.origin}${href}`} />;
}

function FooterLine({ url }: { url: string }) {
  return (
    <p className="chart-frame__footer" data-frame-footer>
      {footerText(url, new Date())}
    </p>
  );
}

/**
 * "Genscope · <the view's URL> · 26 Nov 2026": part of the frame on screen, so that a PNG of the frame carries
 * it. The URL follows the router (outside one, as in some tests, the page's address).
 */
export function FrameFooter() {
  const router = useRouter({ warn: false }) as AnyRouter | undefined;
  return router ? <RoutedFooter router={router} /> : <FooterLine url={window.location.href} />;
}
