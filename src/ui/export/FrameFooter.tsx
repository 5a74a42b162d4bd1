import { useQuery } from '@tanstack/react-query';
import { useRouter, useRouterState, type AnyRouter } from '@tanstack/react-router';
import { metaQuery } from '../../data/queries';
import { footerText } from './footer';

function RoutedFooter({ router }: { router: AnyRouter }) {
  const href = useRouterState({ router, select: (s) => s.location.href });
  return <FooterLine url={`${window.location.origin}${href}`} />;
}

function FooterLine({ url }: { url: string }) {
  const meta = useQuery(metaQuery());
  return (
    <p className="chart-frame__footer" data-frame-footer>
      {footerText(url, new Date(), meta.data)}
    </p>
  );
}

/**
 * "Genscope · dataset v2.0.0 of 26 Nov 2026 · <the view's URL> · 27 Nov 2026": part of the frame on screen, so
 * that a PNG of the frame carries it. The URL follows the router (outside one, as in some tests, the page's
 * address).
 */
export function FrameFooter() {
  const router = useRouter({ warn: false }) as AnyRouter | undefined;
  return router ? <RoutedFooter router={router} /> : <FooterLine url={window.location.href} />;
}
