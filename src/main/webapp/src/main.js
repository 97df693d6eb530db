// The chronology desk: the URL holds the view; filters → /api/v1/events (+ histogram) → list and timeline.
import * as api from './api.js';
import { h } from './dom.js';
import { Histogram } from './histogram.js';
import { currentLang, dateText, local, setLang, t, typeLabel } from './i18n.js';
import { renderArticle, renderEvent } from './panel.js';
import * as url from './state.js';
import { Chronology, itemClasses } from './timeline.js';
import { initWrite } from './write.js';

// One page drawn at a time (More loads the next): the drawing cost stays that of 100 items on any store.
const PAGE_SIZE = 100;
const TYPES = ['PHONE_CALL', 'MEETING', 'TALKS', 'PRESS_CONFERENCE', 'STATEMENT', 'AGREEMENT', 'CEASEFIRE', 'MILITARY_ACTION', 'PROPOSAL', 'OTHER'];
const STATUSES = ['OCCURRED', 'SCHEDULED', 'CLAIMED', 'DENIED', 'CANCELLED'];

const $ = (selector) => document.querySelector(selector);
const form = $('#filters');
const panel = $('#panel');
let state = url.read();
let loaded = { key: null, events: [], total: 0, page: 0 };
let pending = null;

// Marks for the browser test and anyone profiling: Performance API entries of each redraw.
const mark = (name) => performance.mark(name);

const chronology = new Chronology($('#timeline'), (id) => navigate({ event: id, article: '' }));
const histogram = new Histogram($('#histogram'), (from, to) => navigate({ from, to }));

function fillVocabularies() {
  const options = (select, values, label) => select.replaceChildren(
    h('option', { value: '' }, t('any')), ...values.map((v) => h('option', { value: v }, label(v))));
  options(form.elements.type, TYPES, typeLabel);
  options(form.elements.status, STATUSES, (s) => t(s));
}

function syncForm() {
  for (const key of [...url.FILTERS, 'group']) form.elements[key].value = state[key];
  $('#lang').value = currentLang();
}

function navigate(change, options) {
  state = { ...state, ...change };
  url.write(state, options);
  render();
}

async function loadEvents(append) {
  const filters = url.filtersOf(state);
  const key = JSON.stringify(filters);
  if (!append && loaded.key === key) return false;
  pending?.abort();
  pending = new AbortController();
  const signal = pending.signal;
  const page = append ? loaded.page + 1 : 0;
  const [result, buckets] = await Promise.all([
    api.events(filters, page, PAGE_SIZE, signal),
    append ? null : api.histogram({ ...filters, from: '', to: '' }, signal),
  ]);
  loaded = { key, page, total: result.total, events: append ? [...loaded.events, ...result.items] : result.items };
  if (buckets) histogram.show(buckets, state.from, state.to);
  return true;
}

function showList() {
  const list = $('#event-list');
  list.replaceChildren(...loaded.events.map((e) => h('li', { class: itemClasses(e.date ? e : { ...e, date: {} }) },
    h('button', { type: 'button', class: 'event', 'data-id': e.id, 'aria-current': state.event === e.id ? 'true' : null,
      onclick: () => navigate({ event: e.id, article: '' }) },
      h('span', { class: 'when' }, dateText(e.date)), ' ',
      h('span', { class: 'title', dir: 'auto' }, local(e.title)), ' ',
      h('span', { class: 'badge' }, typeLabel(e.type)),
      e.status !== 'OCCURRED' ? h('span', { class: `badge status-${e.status.toLowerCase()}` }, t(e.status)) : null))));
  $('#count').textContent = loaded.total ? t('count', { shown: loaded.events.length, total: loaded.total }) : t('none');
  $('#more').hidden = loaded.events.length >= loaded.total;
}

let shownPanel = null;
async function showPanel() {
  const content = panel.querySelector('.content');
  if (!state.event && !state.article) {
    panel.hidden = true;
    shownPanel = null;
    return;
  }
  // Drawn again (and focused) only when it shows something else: regrouping keeps focus where it is.
  const key = `${state.event}|${state.article}|${currentLang()}`;
  if (key === shownPanel && !panel.hidden) return;
  shownPanel = key;
  panel.hidden = false;
  content.replaceChildren(h('p', {}, t('loading')));
  const open = { event: (id) => navigate({ event: id, article: '' }), article: (id) => navigate({ article: id, event: '' }) };
  if (state.article) await renderArticle(content, state.article, open.event);
  else await renderEvent(content, state.event, open.article);
  chronology.select(state.event);
  panel.focus();
}

function showError(error) {
  if (error?.name === 'AbortError') return;
  const box = $('#error');
  box.hidden = false;
  box.textContent = `${t('error')}: ${error.message}`;
  const field = error.parameter && form.elements[error.parameter];
  if (field) { field.setAttribute('aria-invalid', 'true'); field.focus(); }
  console.warn(error);
}

let lastLang = null;
let lastGroup = null;
let renders = 0;
async function render() {
  // data-ready: false while a view is drawn (the browser tests wait for it to turn true); only the
  // latest of overlapping renders sets it back.
  const run = ++renders;
  document.body.dataset.ready = 'false';
  mark('desk:render-start');
  $('#error').hidden = true;
  form.querySelectorAll('[aria-invalid]').forEach((f) => f.removeAttribute('aria-invalid'));
  const langChanged = lastLang !== (state.lang || 'ar');
  if (langChanged) { setLang(state.lang || 'ar'); fillVocabularies(); lastLang = currentLang(); }
  syncForm();
  for (const view of ['chronology', 'write']) {
    $(`#${view}`).hidden = state.view !== view;
    document.querySelector(`[data-view="${view}"]`).setAttribute('aria-current', state.view === view ? 'page' : 'false');
  }
  try {
    if (state.view === 'chronology') {
      const changed = await loadEvents(false);
      mark('desk:data');
      if (changed || langChanged || lastGroup !== state.group) {
        showList();
        chronology.show(loaded.events, state.group);
        if (!changed) histogram.draw();
        lastGroup = state.group;
      }
    }
    mark('desk:render-end');
    performance.measure('desk:render', 'desk:render-start', 'desk:render-end');
    if (state.view === 'chronology') performance.measure('desk:draw', 'desk:data', 'desk:render-end'); // the page's own share
    // From navigation start to the first chronology drawn: when the page is usable.
    if (!performance.getEntriesByName('desk:interactive').length) performance.measure('desk:interactive', { start: 0, end: performance.now() });
    await showPanel();
  } catch (error) {
    shownPanel = null;
    showError(error);
  }
  if (run === renders) document.body.dataset.ready = 'true';
}

let suggesting = null;
async function actorSuggestions() {
  const q = form.elements.actor.value.trim();
  if (q.length < 2) return;
  suggesting?.abort();
  suggesting = new AbortController();
  try {
    const page = await api.actors(q, suggesting.signal);
    $('#actor-options').replaceChildren(...page.items.flatMap((a) =>
      [h('option', { value: local(a.name) }, `${a.name.ar} · ${a.name.en}`)]));
  } catch (error) { /* suggestions are a convenience: the filter itself reports errors */ }
}

const formValues = () => Object.fromEntries([...url.FILTERS, 'group'].map((key) => [key, form.elements[key].value.trim()]));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  navigate({ ...formValues(), event: '', article: '' });
});
form.addEventListener('reset', (e) => {
  e.preventDefault();
  navigate(Object.fromEntries(url.FILTERS.map((k) => [k, ''])));
});
// Regrouping redraws at once, with whatever else the form holds (the URL must describe what is shown).
form.elements.group.addEventListener('change', () => navigate(formValues()));
form.elements.actor.addEventListener('input', actorSuggestions);
$('#lang').addEventListener('change', (e) => navigate({ lang: e.target.value === 'ar' ? '' : e.target.value }));
for (const button of document.querySelectorAll('[data-view]')) {
  button.addEventListener('click', () => navigate({ view: button.dataset.view }));
}
$('#more').addEventListener('click', async () => {
  try { await loadEvents(true); showList(); chronology.show(loaded.events, state.group); } catch (error) { showError(error); }
});
panel.querySelector('.close').addEventListener('click', () => navigate({ event: '', article: '' }));
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !panel.hidden) navigate({ event: '', article: '' });
});
window.addEventListener('popstate', () => { state = url.read(); render(); });

initWrite({ openArticle: (id) => navigate({ view: 'chronology', article: id, event: '' }) });
render();
