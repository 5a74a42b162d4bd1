/**
 * npm run gen:openapi: writes the OpenAPI document of the data API to public/openapi.json, the copy that the
 * README links to. The contract tests fail when that copy differs from what the code serves.
 */
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../src/api/openapi';

const OPENAPI_FILE = 'public/openapi.json';
writeFileSync(OPENAPI_FILE, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`wrote ${OPENAPI_FILE}`);
