/** What readJson refuses a body with, before any lib function sees it. */
export const bodyCodes = ['bad_request', 'invalid_json', 'payload_too_large', 'unsupported_media_type'] as const;
export type BodyCode = (typeof bodyCodes)[number];

/**
 * What the HTTP edge answers on its own: a body or a query it cannot read, a path that names
 * nothing, a mutating request from another origin, and route()'s answer to a bug.
 */
export type HttpCode = BodyCode | 'not_found' | 'forbidden_origin' | 'internal';

/** What the argument parsers (a chaos run's, the explorer's) refuse a command line or a page's address with: the edge's own bad request. */
export type ArgsCode = Extract<BodyCode, 'bad_request'>;
