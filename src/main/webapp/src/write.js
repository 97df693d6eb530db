// The write side: try /resolve on a sentence, and post an article (with X-API-Key when the server asks for one).
import * as api from './api.js';
import { h, highlighted } from './dom.js';
import { t } from './i18n.js';

function expressions(text, list) {
  return [
    h('p', { class: 'article-text', dir: 'rtl', lang: 'ar' }, highlighted(text, list, (e, s) =>
      h('mark', { class: `expr timex-${e.type.toLowerCase()}`, title: `${e.date?.value ?? ''} — ${e.explanation ?? ''}` }, s))),
    h('ul', {}, list.map((e) => h('li', {}, h('q', { lang: 'ar' }, e.text), ' → ', h('bdi', {}, e.date?.value ?? ''), ` (${e.explanation ?? e.rule})`))),
  ];
}

function failure(out, error) {
  out.replaceChildren(h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${error.message}`));
}

export function initWrite({ openArticle }) {
  const resolveForm = document.querySelector('#resolve-form');
  resolveForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const out = resolveForm.querySelector('.out');
    const text = resolveForm.elements.text.value;
    try {
      const result = await api.resolve(text, resolveForm.elements.anchor.value);
      out.replaceChildren(
        h('p', {}, `${t('anchor')}: `, h('bdi', {}, result.anchor?.date ?? t('undated')), ` (${result.anchor?.source ?? ''})`),
        ...expressions(text, result.expressions));
    } catch (error) { failure(out, error); }
  });

  const articleForm = document.querySelector('#article-form');
  const keyField = articleForm.elements.apiKey;
  articleForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const out = articleForm.querySelector('.out');
    if (keyField.value) api.setApiKey(keyField.value);
    try {
      const { status, body } = await api.postArticle(articleForm.elements.text.value, articleForm.elements.publishedAt.value);
      out.replaceChildren(h('p', {}, status === 201 ? t('created') : t('existing')));
      openArticle(body.id);
    } catch (error) {
      if (error.status === 401 || error.status === 403) {
        api.setApiKey('');
        out.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('keyNeeded'), ` (${error.message})`));
        keyField.focus();
      } else {
        failure(out, error);
      }
    }
  });
}
