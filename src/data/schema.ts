/**
 * The one definition of the dataset's shape. The mock API validates mock-data/ with it at start-up,
 * a unit test validates every file, and the API client parses every response with it.
 */
export * from './schema/basics';
export * from './schema/specs';
export * from './schema/versions';
export * from './schema/events';
export * from './schema/dataset';
