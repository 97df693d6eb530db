// The public API only (/api/v1). Errors are RFC 9457 problems: ApiError keeps status and the field at fault.
const BASE = '/api/v1';
let apiKey = sessionStorage.getItem('tarikh.apiKey') || '';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.parameter = problem?.parameter;
  }
}

export function setApiKey(key) {
  apiKey = key || '';
  if (apiKey) sessionStorage.setItem('tarikh.apiKey', apiKey);
  else sessionStorage.removeItem('tarikh.apiKey');
}

export const hasApiKey = () => Boolean(apiKey);

/** Query string from an object; arrays repeat the parameter, empty values are left out. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of [].concat(value)) if (v !== undefined && v !== null && v !== '') search.append(name, v);
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

async function request(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (options.body) headers['Content-Type'] = 'application/json';
  if (apiKey && options.method && options.method !== 'GET') headers['X-API-Key'] = apiKey;
  const response = await fetch(BASE + path, { ...options, headers, signal: options.signal });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return { status: response.status, body };
}

const get = async (path, signal) => (await request(path, { signal })).body;

export const events = (filters, page, size, signal) => get(`/events${query({ ...filters, page, size })}`, signal);
export const histogram = (filters, signal) => get(`/events/histogram${query({ ...filters, interval: 'month' })}`, signal);
export const event = (id) => get(`/events/${encodeURIComponent(id)}`);
export const sources = (id, page = 0) => get(`/events/${encodeURIComponent(id)}/sources${query({ page, size: 100 })}`);
export const actors = (q, signal) => get(`/actors${query({ q, size: 10 })}`, signal);
export const article = (id) => get(`/articles/${encodeURIComponent(id)}`);
export const resolve = (text, anchor) =>
  request('/resolve', { method: 'POST', body: JSON.stringify({ text, anchor: anchor || undefined }) }).then((r) => r.body);
export const postArticle = (text, publishedAt) =>
  request('/articles', { method: 'POST', body: JSON.stringify({ text, publishedAt: publishedAt || undefined }) });
