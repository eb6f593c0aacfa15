import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the edge e2e keeps its build and its local D1 database: outside the worktree, one
 * folder per port so parallel runs on one machine stay apart. The server script fills it and
 * the spec reads the database back through `npm run feedback:report`.
 */
export const edgePort = Number(process.env.TEST_PORT ?? 8788);
export const edgeWork = join(tmpdir(), `okpay-edge-e2e-${edgePort}`);
export const edgeDist = join(edgeWork, 'dist');
export const edgeState = join(edgeWork, 'state');

/** An article the fixture moves: its old address must answer 301 on the edge. */
export const movedArticle = { file: 'en/payments/request-refund.mdx', old: 'get-money-back', from: '/en/payments/get-money-back/', to: '/en/payments/request-refund/' };
