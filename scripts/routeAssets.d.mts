/** Types of scripts/routeAssets.mjs (plain ESM, so that .size-limit.js can load it without a compiler). */
export interface FirstScreenRoute {
  name: string;
  path: string;
  module: string;
}
export interface RouteFiles {
  js: string[];
  css: string[];
}
export type Manifest = Record<string, { file: string; css?: string[]; imports?: string[] }>;

export const FIRST_SCREEN_ROUTES: FirstScreenRoute[];
export const MOCK_API_MODULE: string;
export const START_MODULES: string[];
export function readManifest(dist: string): Manifest;
export function pageFile(dist: string, path: string): string;
export function carriesFirstData(dist: string, path: string): boolean;
export function routeAssets(manifest: Manifest, module: string, options?: { withMockApi?: boolean }): RouteFiles;
export function routeFiles(dist: string, manifest: Manifest, route: FirstScreenRoute): RouteFiles;
export function gzipBytes(dist: string, files: readonly string[]): number;
export function firstVisitCost(
  dist: string,
): (FirstScreenRoute & RouteFiles & { html: string; jsBytes: number; cssBytes: number; htmlBytes: number })[];
