import type { TestContext } from './harness.ts';

/** A JSON Schema node as the OpenAPI document carries it (TypeBox output, inline, no $ref). */
export type JsonSchema = Record<string, any>;

export interface ApiParameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface ApiRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** As the document writes it: `/api/v1/leads/{id}`. */
  path: string;
  summary: string;
  parameters: ApiParameter[];
  /** The JSON body's schema, when the route takes JSON. */
  body: JsonSchema | undefined;
  /** The content types of the body the route takes (JSON, multipart). */
  bodyTypes: string[];
  responses: Record<string, unknown>;
}

/**
 * Every operation of the OpenAPI document the app serves: the one list of routes that the
 * contract, isolation and fuzz tests walk, so a new route is covered by all of them at once.
 */
export async function apiRoutes(t: TestContext): Promise<{ doc: any; routes: ApiRoute[] }> {
  const doc = (await t.request('GET', '/api/v1/openapi.json')).body;
  const routes: ApiRoute[] = [];
  for (const [path, operations] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(operations)) {
      const content = op.requestBody?.content ?? {};
      routes.push({
        method: method.toUpperCase() as ApiRoute['method'],
        path,
        summary: op.summary,
        parameters: op.parameters ?? [],
        body: content['application/json']?.schema,
        bodyTypes: Object.keys(content),
        responses: op.responses ?? {},
      });
    }
  }
  return { doc, routes };
}
