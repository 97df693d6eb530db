// The interface in Arabic (right to left) and English; the strings are data (messages.json).
import messages from './messages.json';

export const LANGS = ['ar', 'en'];
let lang = 'ar';

export function setLang(value) {
  lang = LANGS.includes(value) ? value : 'ar';
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  document.title = `Tarikh · ${t('appTitle')}`;
}

export const currentLang = () => lang;

/** A message with {name} placeholders filled; the key itself when it is missing, so a gap shows. */
export function t(key, values = {}) {
  const text = messages[lang][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

export const typeLabel = (type) => messages[lang].types[type] ?? type;

/** A LocalizedText ({ar, en}) in the chosen language, falling back to the other. */
export const local = (text) => (text ? text[lang] || text.ar || text.en || '' : '');

/** A DateInfo's display text in the chosen language. */
export const dateText = (date) => (date ? local(date.display) || date.value : t('undated'));
