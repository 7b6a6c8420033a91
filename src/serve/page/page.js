// serve's page: draws every slide from the placed layout the server sends
// (boxes in inches, text already broken into the lines the layout measured)
// and follows the server's Server-Sent Events, patching only the slides
// that changed so that the reader keeps their place.
'use strict';

const PX_PER_IN = 96;
const $ = (id) => document.getElementById(id);
const main = $('slides');
let shown = null; // the deck on the page
let version = -1;
let fontFamily = '';
let fontSrc = '';

function make(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function place(el, box) {
  el.style.left = `${box.x * PX_PER_IN}px`;
  el.style.top = `${box.y * PX_PER_IN}px`;
  el.style.width = `${box.w * PX_PER_IN}px`;
  el.style.height = `${box.h * PX_PER_IN}px`;
}

// Where Chinese meets Latin letters or digits, viewers set a little space (PowerPoint's
// and LibreOffice's East Asian typography); the layout measured a quarter em for each
// (layout/measure.ts AUTOSPACE_EM), and so the page sets it, as a margin: the text
// itself stays as written, for selecting and searching.
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9]/;
const spaced = (a, b) => (HAN.test(a) && LATIN.test(b)) || (LATIN.test(a) && HAN.test(b));

function drawLine(text) {
  const line = make('span', 'line');
  let run = '';
  let prev = '';
  for (const ch of text) {
    if (prev && spaced(prev, ch)) {
      line.append(run ? (line.childNodes.length ? make('span', 'gap', run) : run) : '');
      run = '';
    }
    run += ch;
    prev = ch;
  }
  line.append(line.childNodes.length ? make('span', 'gap', run) : run);
  return line;
}

const JUSTIFY = { top: 'flex-start', middle: 'center', bottom: 'flex-end' };

function drawElement(e) {
  let el;
  if (e.kind === 'picture') {
    el = make('img', 'el picture');
    el.src = e.src;
    el.alt = e.alt;
    el.draggable = false;
  } else if (e.kind === 'rect') {
    el = make('div', 'el rect');
    el.style.background = `#${e.fill}`;
    if (e.rounded) el.style.borderRadius = '50%';
  } else {
    el = make('div', 'el text');
    const s = e.style;
    el.style.fontSize = `${s.size}pt`;
    el.style.lineHeight = `${s.lineHeight}pt`;
    el.style.color = `#${s.color}`;
    el.style.fontWeight = s.bold ? '700' : '400';
    el.style.textAlign = s.align || 'left';
    el.style.justifyContent = JUSTIFY[s.valign || 'top'];
    e.paragraphs.forEach((lines, i) => {
      const p = make('p', s.bullet ? 'bullet' : '');
      // The indent the layout measured bullets with (layout/fit.ts BULLET_INDENT).
      if (s.bullet) p.style.paddingLeft = `${s.size * 1.2}pt`;
      if (s.paraSpace && i < e.paragraphs.length - 1) p.style.marginBottom = `${s.paraSpace}pt`;
      for (const line of lines) p.append(drawLine(line));
      el.append(p);
    });
  }
  el.dataset.name = e.name;
  place(el, e.box);
  return el;
}

function drawCanvas(deck, slide) {
  const canvas = make('div', 'canvas');
  canvas.style.width = `${deck.widthIn * PX_PER_IN}px`;
  canvas.style.height = `${deck.heightIn * PX_PER_IN}px`;
  canvas.style.background = `#${slide.background}`;
  canvas.style.fontFamily = [deck.font.family, ...deck.font.fallback].map((f) => `"${f}"`).join(', ') + ', sans-serif';
  for (const e of slide.elements) canvas.append(drawElement(e));
  return canvas;
}

function drawNotes(notes, slide) {
  notes.replaceChildren(...slide.notes.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => make('p', '', p.trim())));
}

function drawSlide(deck, slide) {
  const article = make('article', 'slide');
  article.id = `slide-${slide.number}`;
  const head = make('h2', 'slide-head');
  head.append(make('span', 'number', String(slide.number)), make('span', 'title', slide.title), make('span', 'badge', 'changed'));
  const frame = make('div', 'frame');
  frame.tabIndex = 0;
  frame.setAttribute('role', 'button');
  frame.addEventListener('click', () => zoom(slide.number));
  frame.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      zoom(slide.number);
    }
  });
  const notes = make('div', 'notes');
  notes.setAttribute('aria-label', 'speaker notes');
  article.append(head, frame, notes);
  fillSlide(article, deck, slide);
  return article;
}

function fillSlide(article, deck, slide) {
  article.dataset.key = slide.key;
  article.querySelector('.title').textContent = slide.title;
  const frame = article.querySelector('.frame');
  frame.setAttribute('aria-label', `slide ${slide.number}: ${slide.title}; enlarge`);
  frame.style.aspectRatio = `${deck.widthIn} / ${deck.heightIn}`;
  frame.replaceChildren(drawCanvas(deck, slide));
  drawNotes(article.querySelector('.notes'), slide);
}

function loadFont(deck) {
  if (deck.font.src === fontSrc && deck.font.family === fontFamily) return;
  fontSrc = deck.font.src;
  fontFamily = deck.font.family;
  const face = new FontFace(deck.font.family, `url("${deck.font.src}")`);
  document.fonts.add(face);
  face.load().catch(() => setStatus('the template font could not be loaded; a system font stands in', true));
}

/** The slide nearest the top of the window and where it is, to keep it there while slides are redrawn. */
function anchor() {
  const top = document.querySelector('.bar').getBoundingClientRect().bottom;
  for (const a of main.children) {
    const r = a.getBoundingClientRect();
    if (r.bottom > top) return { el: a, y: r.top };
  }
  return null;
}

function showDeck(deck, changed) {
  loadFont(deck);
  const at = anchor();
  const before = at && at.el.id;
  const keep = new Map([...main.querySelectorAll('article.slide')].map((a) => [a.id, a]));
  main.querySelector('.empty')?.remove();
  const fresh = new Set(changed);
  deck.slides.forEach((slide, i) => {
    let article = keep.get(`slide-${slide.number}`);
    if (!article) article = drawSlide(deck, slide);
    else if (article.dataset.key !== slide.key) fillSlide(article, deck, slide);
    keep.delete(article.id);
    article.classList.toggle('changed', fresh.has(slide.number));
    if (main.children[i] !== article) main.insertBefore(article, main.children[i] || null);
  });
  for (const gone of keep.values()) gone.remove();
  if (before) {
    const still = document.getElementById(before);
    if (still) window.scrollBy(0, still.getBoundingClientRect().top - at.y);
  }
  shown = deck;
  rescale();
  document.documentElement.lang = deck.lang;
  const title = $('deck-title');
  title.textContent = deck.title;
  document.title = `${deck.title} · briefing`;
  const link = $('download');
  link.href = `${deck.pptx.href}?v=${version}`;
  link.download = deck.pptx.name;
  link.textContent = `Download ${deck.pptx.name}`;
  link.hidden = false;
  if ($('zoom').open) zoom(Number($('zoom').dataset.number));
}

function showProblems(problems, output) {
  const box = $('problems');
  box.hidden = problems.length === 0;
  main.classList.toggle('stale', problems.length > 0 && shown !== null && !output);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  $('problems-title').textContent = output ? `The slides below are this save, but the .pptx could not be written: ${count}` : `This edit cannot be built: ${count}`;
  $('problems-note').textContent = output
    ? 'The .pptx in the output folder is still the previous deck. Close it where it is open (PowerPoint locks it), then save the data file again.'
    : 'The slides below are the last good build. Save a fix and this goes away.';
  $('problem-list').replaceChildren(
    ...problems.map((p) => {
      const li = make('li');
      li.append(make('code', '', p.text));
      return li;
    }),
  );
}

/** The last good build's warnings, as the command line prints them: the deck is built, but they deserve a look. */
function showWarnings(warnings) {
  const box = $('warnings');
  box.hidden = warnings.length === 0;
  $('warnings-title').textContent = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  $('warning-list').replaceChildren(
    ...warnings.map((w) => {
      const li = make('li');
      li.append(make('code', '', w.text));
      return li;
    }),
  );
}

function setStatus(text, offline = false, changed = []) {
  const status = $('status');
  status.classList.toggle('offline', offline);
  status.replaceChildren(text);
  if (changed.length) {
    status.append(` · changed: `);
    changed.forEach((n, i) => {
      const a = make('a', '', String(n));
      a.href = `#slide-${n}`;
      status.append(...(i ? [', ', a] : [a]));
    });
  }
}

function onState(state) {
  if (state.version <= version) return;
  version = state.version;
  const time = new Date(state.at).toLocaleTimeString();
  if (state.deck) showDeck(state.deck, state.changed);
  else if (!main.children.length) main.append(make('p', 'empty', 'No deck yet: the data file has problems.'));
  const output = state.problemsOf === 'output';
  showProblems(state.problems, output);
  showWarnings(state.problems.length ? [] : state.warnings ?? []);
  if (state.problems.length) setStatus(`${time} · ${output ? '.pptx not written' : 'not rebuilt'}`, true, output ? state.changed : []);
  else setStatus(`${time} · ${state.deck.slides.length} slides`, false, state.changed);
  document.documentElement.dataset.version = String(version);
}

/** Every slide drawn at 96 px per inch, scaled to the column's width. */
function rescale() {
  if (!shown) return;
  const frame = main.querySelector('.frame');
  if (!frame) return;
  main.style.setProperty('--scale', String(frame.clientWidth / (shown.widthIn * PX_PER_IN)));
  for (const c of main.querySelectorAll('.canvas')) c.style.transform = `scale(${frame.clientWidth / (shown.widthIn * PX_PER_IN)})`;
}

function zoom(number) {
  const slide = shown && shown.slides.find((s) => s.number === number);
  const dialog = $('zoom');
  if (!slide) return dialog.open && dialog.close();
  const scale = Math.min((window.innerWidth * 0.94) / (shown.widthIn * PX_PER_IN), (window.innerHeight * 0.86) / (shown.heightIn * PX_PER_IN));
  const frame = $('zoom-frame');
  frame.style.width = `${shown.widthIn * PX_PER_IN * scale}px`;
  frame.style.height = `${shown.heightIn * PX_PER_IN * scale}px`;
  const canvas = drawCanvas(shown, slide);
  canvas.style.transform = `scale(${scale})`;
  frame.replaceChildren(canvas);
  $('zoom-caption').textContent = `${slide.number} / ${shown.slides.length} · ${slide.title} · ← → to move, Esc to close`;
  dialog.dataset.number = String(number);
  if (!dialog.open) dialog.showModal();
}

$('zoom').addEventListener('click', () => $('zoom').close());
document.addEventListener('keydown', (ev) => {
  const dialog = $('zoom');
  if (!dialog.open || !shown) return;
  const n = Number(dialog.dataset.number);
  if (ev.key === 'ArrowRight' || ev.key === 'PageDown') zoom(Math.min(n + 1, shown.slides.length));
  if (ev.key === 'ArrowLeft' || ev.key === 'PageUp') zoom(Math.max(n - 1, 1));
});
new ResizeObserver(rescale).observe(main);

const events = new EventSource('/events');
events.onmessage = (m) => onState(JSON.parse(m.data));
events.onerror = () => setStatus('disconnected: is briefing serve still running? (retrying)', true);
