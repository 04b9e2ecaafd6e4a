import { apiDocument } from '@/lib/http/openapi/document';
import { json } from '@/lib/http/responses';
import { route } from '@/lib/http/route';

/** This API as an OpenAPI 3.1 document, generated from the routes' own schemas. */
export const GET = route(() => json(apiDocument()));
