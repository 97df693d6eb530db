// Everything the view shows lives in the URL, so a view can be shared and bookmarked.
export const FILTERS = ['actor', 'place', 'type', 'status', 'from', 'to', 'q'];
const KEYS = [...FILTERS, 'group', 'lang', 'event', 'article', 'view'];

export function read() {
  const params = new URLSearchParams(location.search);
  const state = {};
  for (const key of KEYS) state[key] = params.get(key) || '';
  state.group ||= 'type';
  state.view ||= 'chronology';
  return state;
}

export function write(state, { replace = false } = {}) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    const isDefault = (key === 'group' && value === 'type') || (key === 'view' && value === 'chronology');
    if (value && !isDefault) params.set(key, value);
  }
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[replace ? 'replaceState' : 'pushState'](null, '', url);
}

export const filtersOf = (state) => Object.fromEntries(FILTERS.map((key) => [key, state[key]]));
