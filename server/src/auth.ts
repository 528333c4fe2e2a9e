/**
 * Who may read. The server asks an `authenticate` hook about every request before it runs any
 * SQL: an agent may read, `null` gets a 401. A deployment writes its own hook (its session
 * cookie, its identity provider's bearer tokens); two are provided.
 */

import {createHash} from 'node:crypto';

/** The person reading, as the hook vouches for them. */
export interface Agent {
  /** Stable id, written to the audit trail. */
  readonly id: string;
  /** Rights, e.g. `confidential` (may read confidential tickets' subjects), `reports`. */
  readonly roles: readonly string[];
  /** The name other agents see on this agent's notes (default: the id). */
  readonly displayName?: string;
}

/** Says who sent `request`, or `null` when nobody the deployment trusts did. */
export type Authenticate = (request: Request) => Agent | null | Promise<Agent | null>;

/** The role that lets an agent read the subject of a confidential ticket. */
export const CONFIDENTIAL_ROLE = 'confidential';

/** The role that lets an agent read `dismissalReport` (everyone may in demo mode). */
export const REPORTS_ROLE = 'reports';

/**
 * The demo's hook: everyone is let in as agent `demo`, without the confidential role. Never for
 * real customers: the server refuses it when `NODE_ENV=production`.
 */
export const allowEveryone: Authenticate = () => ({id: 'demo', roles: [], displayName: 'Demo agent'});

/** An entry of a tokens file: the agent, with an optional display `name`. */
export interface TokenEntry {
  readonly id: string;
  readonly roles: readonly string[];
  readonly name?: string;
}

/**
 * Bearer tokens from a fixed table (`Authorization: Bearer <token>`), e.g. for a service that
 * calls on behalf of its agents. Tokens are compared whole; anything else is `null`.
 */
export function bearerTokens(tokens: Readonly<Record<string, Agent | TokenEntry>>): Authenticate {
  // Looked up by their SHA-256, so that how long a lookup takes says nothing about a token's text.
  const digest = (token: string) => createHash('sha256').update(token).digest('base64');
  const agentOf = (entry: Agent | TokenEntry): Agent => {
    const name = 'name' in entry ? entry.name : 'displayName' in entry ? entry.displayName : undefined;
    return {id: entry.id, roles: entry.roles, ...(typeof name === 'string' && name.trim() ? {displayName: name.trim()} : {})};
  };
  const table = new Map(Object.entries(tokens).map(([token, entry]) => [digest(token), agentOf(entry)]));
  return (request) => {
    const match = /^Bearer ([\x21-\x7e]+)$/.exec(request.headers.get('authorization') ?? '');
    return (match && table.get(digest(match[1]!))) ?? null;
  };
}
