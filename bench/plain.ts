/**
 * The plain-DOM baseline as a host would ship it: a small module (served as `bench/plain.js`)
 * that sends the request the card sent, reads the JSON, and renders it with plain DOM calls
 * (plain-dom.ts). Loaded by a `<script type="module">` like the card, so both pay for their own
 * script's fetch and evaluation.
 */
import type {Recorded} from './page.js';
import {NOW} from './now.js';
import {renderPlain} from './plain-dom.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

async function answer(request: Recorded): Promise<Json> {
  const headers: Record<string, string> = {accept: 'application/graphql-response+json, application/json'};
  if (request.contentType) headers['content-type'] = request.contentType;
  const response = await fetch(request.url, {method: request.method, headers, body: request.body});
  const json: unknown = await response.json();
  return isObject(json) && isObject(json.data) ? json.data : {};
}

/**
 * Shows the customer of `request`'s answer in `root`, replacing what was there; with `ids`, the
 * answer holds several customers (one aliased field each): each of `ids` found in it is
 * rendered, in that order (an id asked for twice is rendered twice, as the page shows it twice).
 */
async function show(root: Element, request: Recorded, ids?: readonly string[]): Promise<void> {
  const data = await answer(request);
  const now = new Date(NOW);
  if (!ids) {
    root.replaceChildren();
    renderPlain(root, isObject(data.customer) ? data.customer : null, now);
    return;
  }
  const byId = new Map<string, Json>();
  for (const value of Object.values(data)) if (isObject(value) && typeof value.id === 'string') byId.set(value.id, value);
  for (const id of ids) {
    const customer = byId.get(id);
    if (customer) renderPlain(root, customer, now);
  }
}

window.benchPlain = {show};
