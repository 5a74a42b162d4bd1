import { createContext, useContext, type ReactNode } from 'react';
import { useFollow } from '../HrefLink';

/**
 * True where a chart is drawn on the page (ChartFrame provides it). An export renders the same chart again in a
 * React root of its own, without it: there the marks are plain drawings, with no link and no focus ring.
 */
export const MarkLinksContext = createContext(false);

interface Props {
  href: string;
  /** What the link opens, said in full: "Veo 3: 8 s — open version". */
  label: string;
  children: ReactNode;
}

interface SvgProps extends Props {
  ring: ReactNode;
  /** The chart's id for the mark: focusing it shows that mark's tooltip (useFocusTip). */
  tipId?: string;
  /**
   * False for a second way to the same place, such as a bar's axis label beside the bar: it answers a click and
   * is listed by screen readers, but Tab stops once per mark, at the mark itself.
   */
  tabStop?: boolean;
}

function LiveSvgLink({ href, label, ring, children, tipId, tabStop = true }: SvgProps) {
  const follow = useFollow(href);
  return (
    <a
      href={href}
      role="link"
      tabIndex={tabStop ? 0 : -1}
      aria-label={label}
      className="mark-link"
      data-tip={tipId}
      onClick={follow}
    >
      {ring}
      {children}
    </a>
  );
}

/**
 * A mark of an SVG chart as a link: reachable by Tab, opened by Enter or a click, with a visible focus ring
 * (`ring`, drawn only when focused). Outside a page's chart frame (in an export) it is the mark alone.
 */
export function SvgMarkLink(props: SvgProps) {
  return useContext(MarkLinksContext) ? <LiveSvgLink {...props} /> : <>{props.children}</>;
}

function LiveHtmlLink({ href, label, children }: Props) {
  const follow = useFollow(href);
  return (
    <a href={href} aria-label={label} className="mark-link mark-link--html" onClick={follow}>
      {children}
    </a>
  );
}

/** The same for a chart drawn in HTML (the capability matrix's rows). */
export function HtmlMarkLink(props: Props) {
  return useContext(MarkLinksContext) ? <LiveHtmlLink {...props} /> : <>{props.children}</>;
}
