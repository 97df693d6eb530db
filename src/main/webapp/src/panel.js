// The side panel: an event with why its date is what it is and every source's quote (trust at a
// glance), or an article with its temporal expressions highlighted and its events.
import * as api from './api.js';
import { h, highlighted } from './dom.js';
import { dateText, local, t, typeLabel } from './i18n.js';

/** At most this many distinct articles are fetched for their publication date; the rest link to the article. */
const ARTICLES_PER_PANEL = 20;

function dateLine(date) {
  if (!date) return h('p', { class: 'date' }, t('undated'));
  return h('p', { class: 'date' },
    h('strong', {}, dateText(date)), ' ',
    h('span', { class: 'precision' }, `${t('precision')}: ${t(date.precision)}${date.modifier ? ` (${date.modifier})` : ''}`),
    h('bdi', { class: 'value', dir: 'ltr' }, ` ${date.value}`));
}

/** The quote with the source's date expression marked (its offsets are in the article, as the quote's are). */
export function quoteOf(source) {
  const expr = source.expression;
  const spans = [];
  if (expr) {
    let start = expr.start - source.start;
    if (source.quote.slice(start, start + expr.text.length) !== expr.text) start = source.quote.indexOf(expr.text);
    if (start >= 0) spans.push({ start, end: start + expr.text.length, expr });
  }
  return h('blockquote', { dir: 'rtl', lang: 'ar' }, highlighted(source.quote, spans, (span, text) =>
    h('mark', { class: `expr timex-${(span.expr.type || 'date').toLowerCase()}`, title: explanation(span.expr) }, text)));
}

const explanation = (expr) => [expr.date?.value, expr.explanation].filter(Boolean).join(' — ');

function why(event, dating) {
  const items = [];
  if (dating) {
    items.push(h('li', {}, `${t('basis')}: ${t(dating.dateBasis)}`));
    if (dating.expression) {
      items.push(h('li', {}, h('q', { lang: 'ar', dir: 'rtl' }, dating.expression.text), ' → ',
        h('bdi', {}, dating.expression.date?.value ?? ''), ' ',
        dating.expression.explanation ? h('bdi', { dir: 'ltr', class: 'explanation' }, `(${dating.expression.explanation})`) : null));
    }
  }
  if (event.referenceEventId) items.push(h('li', {}, t('referenceEvent', { id: event.referenceEventId })));
  return items.length ? [h('h3', {}, t('why')), h('ul', { class: 'why' }, items)] : [];
}

function publication(article) {
  const p = article.publishedAt;
  const how = p.source === 'INFERRED'
    ? t('inferred', { c: p.confidence.toFixed(2) }) : t('given');
  return h('div', { class: 'publication' },
    h('p', {}, `${t('publication')}: `, h('bdi', {}, p.date ?? t('undated')), ` — ${how}`),
    p.evidence?.length ? h('details', {}, h('summary', {}, t('evidence')), h('ul', {}, p.evidence.map((line) => h('li', { dir: 'auto' }, line)))) : null);
}

/** Sources that date the event differently from the event itself. */
export function conflicts(event, sources) {
  if (!event.date) return [];
  return sources.filter((s) => s.date && s.date.value !== event.date.value && s.dateBasis !== 'PUBLICATION_DATE');
}

export async function renderEvent(container, id, openArticle) {
  const event = await api.event(id);
  const all = (await api.sources(event.id)).items;
  const articleIds = [...new Set(all.map((s) => s.articleId))];
  const articles = new Map(await Promise.all(articleIds.slice(0, ARTICLES_PER_PANEL)
    .map(async (a) => [a, await api.article(a).catch(() => null)])));
  const dating = all.find((s) => s.roles.includes('DATING')) ?? event.sources.find((s) => s.roles.includes('DATING'));
  const disagree = conflicts(event, all);
  container.replaceChildren(
    h('h2', { id: 'panel-title', dir: 'auto' }, local(event.title)),
    h('p', { class: 'meta' }, h('span', { class: `badge status-${event.status.toLowerCase()}` }, t(event.status)), ' ', typeLabel(event.type)),
    dateLine(event.date),
    ...why(event, dating),
    event.actors.length ? h('p', {}, `${t('actors')}: `, event.actors.map((a) => local(a.name)).join('، ')) : null,
    event.places.length ? h('p', {}, `${t('places')}: `, event.places.map((p) => local(p.name)).join('، ')) : null,
    disagree.length ? h('section', { class: 'conflicts' }, h('h3', {}, t('conflicts')),
      h('ul', {}, disagree.map((s) => h('li', {}, t('conflictLine', { article: s.articleId, date: dateText(s.date) }))))) : null,
    h('h3', {}, t('sources', { n: event.sourceCount })),
    h('ol', { class: 'sources' }, all.map((s) => {
      const article = articles.get(s.articleId);
      return h('li', { class: 'source' },
        quoteOf(s),
        h('p', { class: 'meta' },
          s.roles.map((r) => h('span', { class: 'badge' }, t(r))), ' ',
          s.date ? h('span', {}, `${dateText(s.date)} · `) : null,
          s.reportedOn ? t('reportedOn', { date: s.reportedOn }) : null, ' ',
          h('button', { type: 'button', class: 'link', onclick: () => openArticle(s.articleId) }, `${t('openArticle')} (${article?.title || s.articleId})`)),
        article ? publication(article) : null);
    })));
}

export async function renderArticle(container, id, openEvent) {
  const article = await api.article(id);
  const spans = article.expressions.filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end));
  const events = await Promise.all(article.eventIds.slice(0, 100).map((e) => api.event(e).catch(() => null)));
  container.replaceChildren(
    h('h2', { id: 'panel-title', dir: 'auto' }, article.title || article.id),
    publication(article),
    h('h3', {}, t('article')),
    h('div', { class: 'article-text', dir: 'rtl', lang: article.language || 'ar' },
      highlighted(article.text, spans, (span, text) => h('mark', {
        class: `expr timex-${(span.type || 'date').toLowerCase()}`, tabindex: 0, title: explanation(span),
        'aria-label': `${text}: ${explanation(span)}`,
      }, text))),
    h('h3', {}, t('articleEvents')),
    h('ul', { class: 'article-events' }, events.filter(Boolean).map((e) => h('li', {},
      h('button', { type: 'button', class: 'link', onclick: () => openEvent(e.id) }, local(e.title)), ' — ', dateText(e.date)))));
}
