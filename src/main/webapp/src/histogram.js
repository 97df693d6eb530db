// Events per month as bars; brushing (pointer drag, or arrow keys + Enter) picks a date range.
import { currentLang, t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 60;

/** Every month from the first bucket to the last, empty ones included, so the axis is linear. */
export function months(buckets) {
  if (!buckets.length) return [];
  const counts = new Map(buckets.map((b) => [b.period.slice(0, 7), b.count]));
  const [first, last] = [buckets[0].period, buckets[buckets.length - 1].period];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  const out = [];
  while (y < ly || (y === ly && m <= lm)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

const lastDay = (month) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export class Histogram {
  constructor(container, onBrush) {
    this.container = container;
    this.onBrush = onBrush;
    this.bars = [];
    this.selection = null; // [i, j] indexes of months
    container.addEventListener('keydown', (e) => this.key(e));
  }

  show(buckets, from, to) {
    this.bars = months(buckets);
    this.selection = null;
    if (from && to) {
      const i = this.bars.findIndex((b) => b.month === from.slice(0, 7));
      const j = this.bars.findIndex((b) => b.month === to.slice(0, 7));
      if (i >= 0 && j >= 0) this.selection = [i, j];
    }
    this.draw();
  }

  draw() {
    const max = Math.max(1, ...this.bars.map((b) => b.count));
    const n = Math.max(1, this.bars.length);
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${n} ${HEIGHT}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('aria-hidden', 'true');
    // Time runs the way the timeline runs: right to left in Arabic.
    if (currentLang() === 'ar') svg.setAttribute('transform', 'scale(-1 1)');
    const [a, b] = this.range();
    this.bars.forEach((bar, i) => {
      const rect = document.createElementNS(SVG, 'rect');
      const height = bar.count ? Math.max(2, (bar.count / max) * HEIGHT) : 0;
      Object.entries({ x: i + 0.1, width: 0.8, y: HEIGHT - height, height }).forEach(([k, v]) => rect.setAttribute(k, v));
      if (this.selection && i >= a && i <= b) rect.classList.add('selected');
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${bar.month}: ${bar.count}`;
      rect.append(title);
      svg.append(rect);
    });
    this.container.replaceChildren(svg);
    Object.entries({ 'aria-valuemin': 0, 'aria-valuemax': Math.max(0, this.bars.length - 1), 'aria-valuenow': Math.max(0, b) })
      .forEach(([k, v]) => this.container.setAttribute(k, v));
    this.container.setAttribute('aria-valuetext', this.selection
      ? t('histogramValue', { from: this.bars[a].month, to: this.bars[b].month }) : t('histogramAll'));
    this.container.hidden = this.bars.length === 0;
    this.brush(svg);
  }

  range() {
    if (!this.selection) return [-1, -1];
    const [i, j] = this.selection;
    return [Math.min(i, j), Math.max(i, j)];
  }

  indexAt(svg, clientX) {
    const box = svg.getBoundingClientRect();
    let x = (clientX - box.left) / box.width;
    if (currentLang() === 'ar') x = 1 - x;
    return Math.min(this.bars.length - 1, Math.max(0, Math.floor(x * this.bars.length)));
  }

  brush(svg) {
    svg.addEventListener('pointerdown', (e) => {
      svg.setPointerCapture(e.pointerId);
      const start = this.indexAt(svg, e.clientX);
      this.selection = [start, start];
      const move = (m) => { this.selection = [start, this.indexAt(svg, m.clientX)]; this.mark(svg); };
      svg.addEventListener('pointermove', move);
      svg.addEventListener('pointerup', () => { svg.removeEventListener('pointermove', move); this.apply(); }, { once: true });
      this.mark(svg);
    });
  }

  mark(svg) {
    const [a, b] = this.range();
    [...svg.children].forEach((rect, i) => rect.classList.toggle('selected', i >= a && i <= b));
  }

  apply() {
    const [a, b] = this.range();
    if (a < 0) this.onBrush('', '');
    else this.onBrush(`${this.bars[a].month}-01`, lastDay(this.bars[b].month));
  }

  /** Arrows move one month (Shift extends), Enter applies, Escape clears the range. */
  key(e) {
    if (!this.bars.length) return;
    const forward = currentLang() === 'ar' ? 'ArrowLeft' : 'ArrowRight';
    const backward = currentLang() === 'ar' ? 'ArrowRight' : 'ArrowLeft';
    if (e.key === forward || e.key === backward) {
      const step = e.key === forward ? 1 : -1;
      const [i, j] = this.selection ?? [this.bars.length - 1, this.bars.length - 1];
      const clamp = (v) => Math.min(this.bars.length - 1, Math.max(0, v));
      this.selection = e.shiftKey ? [i, clamp(j + step)] : [clamp(j + step), clamp(j + step)];
      this.draw();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      this.apply();
      e.preventDefault();
    } else if (e.key === 'Escape') {
      this.selection = null;
      this.apply();
    }
  }
}
