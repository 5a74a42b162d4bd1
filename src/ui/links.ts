/**
 * Where a chart's marks lead: a version's section on its system page, or the timeline filtered to a system (and
 * opened at one event). Plain URLs, built from ids, so that any chart can link without knowing the routes' code.
 */
const q = (value: string) => encodeURIComponent(value);

/** The system page, opened at one version's section: `/systems/veo?version=veo-3`. */
export const versionHref = (systemId: string, versionId: string): string =>
  `/systems/${q(systemId)}?version=${q(versionId)}`;

/** The timeline filtered to one system, optionally opened at one event: `/timeline?system=veo&event=e12`. */
export const timelineHref = (systemId: string, eventId?: string): string =>
  `/timeline?system=${q(systemId)}${eventId ? `&event=${q(eventId)}` : ''}`;
