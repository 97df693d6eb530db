// The chronology on a vis-timeline: intervals for multi-day dates, vague dates drawn as vague,
// scheduled, cancelled and claimed items distinct, grouped by type or by actor.
import { DataSet, Timeline } from 'vis-timeline/standalone';
import { currentLang, dateText, local, t, typeLabel } from './i18n.js';

/** Precisions coarser than a week are drawn as vague (faded, open-ended) bars. */
const VAGUE = new Set(['MONTH', 'QUARTER', 'YEAR', 'DECADE']);
const DAY = 86400000;

export function itemClasses(event) {
  const classes = [`type-${event.type.toLowerCase()}`, `status-${event.status.toLowerCase()}`];
  if (VAGUE.has(event.date.precision) || event.date.modifier === 'APPROX') classes.push('vague');
  // One side's claim or denial, as the sources report it (issue 9's statuses), drawn apart from facts.
  if (event.status === 'CLAIMED' || event.status === 'DENIED') classes.push('claimed');
  return classes.join(' ');
}

const textSpan = (text) => Object.assign(document.createElement('span'), { textContent: text });
const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function itemsOf(event, group) {
  const { start, end } = event.date;
  const range = start !== end;
  const base = {
    // vis-timeline reads strings as HTML: the title goes in as text, the tooltip escaped.
    content: textSpan(local(event.title)),
    title: escape(`${dateText(event.date)} · ${typeLabel(event.type)} · ${t(event.status)}`),
    start: new Date(`${start}T00:00:00Z`),
    // The interval is inclusive of its last day: the bar runs to the end of that day.
    end: range ? new Date(Date.parse(`${end}T00:00:00Z`) + DAY) : undefined,
    type: range ? 'range' : 'point',
    className: itemClasses(event),
  };
  if (group === 'actor') {
    const ids = event.actors.length ? event.actors.map((a) => a.id) : ['-'];
    return ids.map((actor) => ({ ...base, id: `${event.id}\u0000${actor}`, group: actor }));
  }
  return [{ ...base, id: `${event.id}\u0000`, group: event.type }];
}

function groupsOf(events, group) {
  const seen = new Map();
  for (const event of events) {
    if (group === 'actor') {
      if (!event.actors.length) seen.set('-', t('noGroup'));
      for (const actor of event.actors) seen.set(actor.id, local(actor.name));
    } else {
      seen.set(event.type, typeLabel(event.type));
    }
  }
  return [...seen].map(([id, content]) => ({ id, content: textSpan(content) }));
}

export class Chronology {
  constructor(container, onSelect) {
    this.container = container;
    this.onSelect = onSelect;
    this.items = new DataSet();
    this.groups = new DataSet();
    this.timeline = null;
    this.rtl = null;
  }

  /** Draws the dated events (undated ones have no place on a time axis: the list shows them). */
  show(events, group) {
    const dated = events.filter((e) => e.date && e.date.start && e.date.end);
    const rtl = currentLang() === 'ar';
    if (!this.timeline || this.rtl !== rtl) this.create(rtl);
    this.groups.clear();
    this.items.clear();
    this.groups.add(groupsOf(dated, group));
    this.items.add(dated.flatMap((e) => itemsOf(e, group)));
    this.container.hidden = dated.length === 0;
    if (dated.length) {
      // The window from the dates alone (fit() also weighs the labels' widths, which pushed dates out of view).
      const starts = dated.map((e) => Date.parse(e.date.start));
      const ends = dated.map((e) => Date.parse(e.date.end) + DAY);
      const [min, max] = [Math.min(...starts), Math.max(...ends)];
      const pad = Math.max(30 * DAY, (max - min) * 0.08);
      this.timeline.setWindow(min - pad, max + pad, { animation: false });
    }
  }

  select(eventId) {
    if (!this.timeline) return;
    this.timeline.setSelection(this.items.getIds().filter((id) => id.split('\u0000')[0] === eventId));
  }

  create(rtl) {
    this.timeline?.destroy();
    this.rtl = rtl;
    this.timeline = new Timeline(this.container, this.items, this.groups, {
      rtl,
      stack: true,
      zoomMin: 7 * DAY,
      orientation: 'top',
      margin: { item: 4 },
      maxHeight: 480,
      tooltip: { followMouse: true },
      showCurrentTime: false,
    });
    this.timeline.on('select', ({ items }) => {
      if (items.length) this.onSelect(String(items[0]).split('\u0000')[0]);
    });
  }
}
