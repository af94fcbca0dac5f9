/** Site paths, in one place so pages, feeds and the API agree. */

export const incidentPath = (id: string): string => `/incidents/${id}/`;
export const runbookPath = (id: string): string => `/runbooks/${id}/`;
export const servicePath = (name: string): string => `/services/${encodeURIComponent(name)}/`;
/** An alert's redirect page; names may hold ":" and "." (src/schemas/url-names.ts), so the name is encoded. */
export const alertPath = (name: string): string => `/alerts/${encodeURIComponent(name)}/`;
export const FOLLOW_UPS_PATH = '/action-items/';
export const tagPath = (name: string): string => `/tags/${encodeURIComponent(name)}/`;

/** An absolute URL for `path` on `site`. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site ?? 'http://localhost:4321').toString();
}
