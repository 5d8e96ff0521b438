import { API_BASE_PATH, RESOURCES, type ApiResource } from '../api/resources';
import { must } from '../must';

/**
 * Matches a request path against the resources' documented paths, so that the local sandbox
 * answers exactly the URLs the real API answers and nothing else. The LEP resource, reserved to
 * banks, is not simulated.
 */
export type AccessModeId = 'spi' | 'france-connect';

export interface RouteMatch {
  resource: ApiResource;
  mode: AccessModeId;
  /** Path parameters, percent-decoded ("spi", "annrev"). */
  params: Readonly<Record<string, string>>;
}

interface CompiledRoute {
  resource: ApiResource;
  mode: AccessModeId;
  regex: RegExp;
  names: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(resource: ApiResource, mode: AccessModeId, template: string): CompiledRoute {
  const names: string[] = [];
  const pattern = template
    .split('/')
    .map((segment) => {
      const placeholder = /^\{(\w+)\}$/.exec(segment);
      if (!placeholder) return escape(segment);
      names.push(must(placeholder[1], 'the name of a placeholder'));
      return '([^/]*)';
    })
    .join('/');
  return { resource, mode, regex: new RegExp(`^${escape(API_BASE_PATH)}${pattern}$`), names };
}

export const SIMULATED_RESOURCES: readonly ApiResource[] = RESOURCES.filter((r) => r.id !== 'lep');

const ROUTES: readonly CompiledRoute[] = SIMULATED_RESOURCES.flatMap((r) => [
  compile(r, 'spi', r.spiPath),
  // Stryker disable next-line ArrayDeclaration: out of reach, only the LEP resource, not simulated, has no FranceConnect path.
  ...(r.franceConnectPath ? [compile(r, 'france-connect', r.franceConnectPath)] : []),
]);

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function matchRoute(pathname: string): RouteMatch | null {
  for (const route of ROUTES) {
    const match = route.regex.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    // Stryker disable next-line StringLiteral: out of reach, each placeholder's group `([^/]*)` always takes part in a match, at worst empty.
    route.names.forEach((name, i) => (params[name] = decode(match[i + 1] ?? '')));
    return { resource: route.resource, mode: route.mode, params };
  }
  return null;
}

/**
 * Percent-encoded, whatever was pasted: encodeURIComponent throws on half of a surrogate pair
 * (an emoji cut in two), which is sent as U+FFFD instead, as a browser sends it in a URL.
 */
function encodeSegment(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/**
 * "." and ".." cannot travel as a path segment: every URL parser (the browser's, the relay's, the
 * gateway's) removes them, "%2E" included, so the call would reach another address. The request
 * builder refuses them before sending.
 */
export function isDotSegment(value: string): boolean {
  return value === '.' || value === '..';
}

/**
 * The path of a call, placeholders filled and percent-encoded (what the client sends). Every
 * simulated resource has both paths; only LEP, which is not offered, has no FranceConnect one.
 */
export function resourcePath(resource: ApiResource, mode: AccessModeId, params: { spi: string; annrev: string }): string {
  const template = mode === 'spi' ? resource.spiPath : resource.franceConnectPath;
  if (template === null) throw new Error(`${resource.id} has no FranceConnect path`);
  // A replacement function: "$&" or "$'" typed in a field are text, not replacement patterns.
  return API_BASE_PATH + template.replace('{spi}', () => encodeSegment(params.spi)).replace('{annrev}', () => encodeSegment(params.annrev));
}
