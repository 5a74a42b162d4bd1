import { setupServer } from 'msw/node';
import { realDataset } from './dataset';
import { createHandlers } from './handlers';

export const server = setupServer(...createHandlers(realDataset));
