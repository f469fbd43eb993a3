// Shared by the console and the phone page: the language switch, the API helper and the live stream.
'use strict';

const Live = (() => {
  const supported = ['en', 'zh-CN'];
  let strings = {};
  let lang = localStorage.getItem('lang') || (navigator.language && navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
  if (!supported.includes(lang)) lang = 'en';

  const t = key => strings[key] ?? key;

  // The server reads the language from ASP.NET Core's culture cookie (printables opened by a link follow it too)
  // and from Accept-Language on every API call, so the library's messages come in the page's language.
  function remember(l) {
    localStorage.setItem('lang', l);
    document.cookie = '.AspNetCore.Culture=' + encodeURIComponent('c=' + l + '|uic=' + l) + '; path=/; samesite=strict; max-age=31536000';
  }

  async function loadLanguage(l) {
    lang = supported.includes(l) ? l : 'en';
    remember(lang);
    const reply = await fetch('/i18n/' + lang + '.json');
    strings = await reply.json();
    document.documentElement.lang = lang;
    for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
    for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = t(e.dataset.i18nPlaceholder);
    for (const e of document.querySelectorAll('[data-i18n-alt]')) e.alt = t(e.dataset.i18nAlt);
    const select = document.getElementById('lang');
    if (select) select.value = lang;
  }

  function languageSwitch(onChange) {
    const select = document.getElementById('lang');
    select.addEventListener('change', async () => { await loadLanguage(select.value); onChange(); });
  }

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
    }
  }

  // Every write carries X-Requested-With: fetch (the server refuses writes without it: a cross-site form cannot add it)
  // and the version the page last read in If-Match, so a command sent from a stale screen is refused (412), not applied.
  // A write that gets no answer (the network dropped) or a server failure (500, 502, 503, 504: a server or the silo behind it
  // stopping) is sent twice more at most, after 0.3 s and 1 s, with the same Idempotency-Key: the library applies a command id
  // once, so a write that did go through the first time is answered with its first result, not applied again.
  const retried = [500, 502, 503, 504];
  const pause = ms => new Promise(resolve => setTimeout(resolve, ms));
  async function api(method, path, body, version) {
    const headers = { 'Accept': 'application/json', 'Accept-Language': lang };
    const write = method !== 'GET';
    if (write) {
      headers['X-Requested-With'] = 'fetch';
      headers['Idempotency-Key'] = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (version !== undefined && version !== null) headers['If-Match'] = '"' + version + '"';
    const send = () => fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
    let reply;
    for (const wait of write ? [300, 1000, null] : [null]) {
      try {
        reply = await send();
        if (wait === null || !retried.includes(reply.status)) break;
      } catch (e) {
        if (wait === null) throw e;
      }
      await pause(wait);
    }
    const text = await reply.text();
    const data = text ? JSON.parse(text) : null;
    if (!reply.ok) throw new ApiError(reply.status, data);
    return data;
  }

  // Follows a room's events; the browser resumes with Last-Event-ID by itself after a drop. The first event (hello) names
  // every event type the room's method raises, so one function follows a café, an Open Space and a brainstorm.
  function follow(code, onEvent, onStatus) {
    const source = new EventSource('/api/rooms/' + encodeURIComponent(code) + '/events');
    source.onopen = () => onStatus(true);
    source.onerror = () => onStatus(false);
    const handler = m => { try { onEvent(JSON.parse(m.data), m.lastEventId); } catch (e) { console.error(e); } };
    const listening = new Set(['hello']);
    source.addEventListener('hello', m => {
      handler(m);
      for (const type of JSON.parse(m.data).types || []) {
        if (!listening.has(type)) { listening.add(type); source.addEventListener(type, handler); }
      }
    });
    return source;
  }

  function clock(seconds) {
    if (seconds === null || seconds === undefined) return '–';
    const s = Math.max(0, Math.round(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  // Shows the time left in the element with id time-left: counted down since the view was read (unless paused), red in the last minute.
  function showTimeLeft(view, readAt) {
    const left = view.remainingSeconds === null ? null : view.paused ? view.remainingSeconds : view.remainingSeconds - (Date.now() - readAt) / 1000;
    const box = document.getElementById('time-left');
    box.textContent = clock(left) + (view.paused ? ' (' + t('cafe.paused') + ')' : '');
    box.classList.toggle('soon', left !== null && left <= 60);
  }

  // Builds an element with text only (never HTML from data), so nothing a participant types can become markup.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }

  // What a form sends, read from its fields (by id) as it is sent, and clear(): once the write went through, it empties each of
  // those fields that still holds what was sent. What was typed meanwhile (the next cluster's heading, typed while the first
  // was on its way) stays, to be sent next.
  function taken(...ids) {
    const values = ids.map(id => document.getElementById(id).value);
    return { values, clear: () => ids.forEach((id, n) => { const e = document.getElementById(id); if (e.value === values[n]) e.value = ''; }) };
  }

  // Holds a page's buttons (those inside the element the selector names) while a step is on its way, and through hold() those
  // a redraw brings meanwhile (a language switch, the stream's news), so a quick second step is sent from the screen the first
  // one left, not refused as stale (412) because of one's own first step.
  function buttonsWait(selector) {
    let steps = 0;
    const held = new Set();
    const hold = () => {
      if (steps) for (const b of document.querySelectorAll(selector + ' button:not([disabled])')) { b.disabled = true; held.add(b); }
    };
    const during = async step => {
      steps++;
      hold();
      try { return await step(); } finally {
        if (--steps === 0) { for (const b of held) b.disabled = false; held.clear(); }
      }
    };
    return { hold, during };
  }

  // True when a view just read is older than the one shown (same room or workshop, lower version): reads that overlap may
  // answer out of order, and the later answer must not undo the newer one.
  const older = (fresh, shown) => !!shown && fresh.code === shown.code && fresh.version < shown.version;

  // A report's recommendations and next steps, each as a labelled list (classes recommendations, next-steps), leaving out an empty one.
  const listOf = (items, cls, label) => items && items.length ? el('div', { class: cls }, el('div', { class: 'who' }, label), el('ul', { 'aria-label': label }, items.map(n => el('li', {}, n)))) : null;
  const reportLists = r => [listOf(r.recommendations, 'recommendations', t('os.recommendations')), listOf(r.nextSteps, 'next-steps', t('os.nextSteps'))];

  // An Open Space action item (phone and console): what, whose, the first step, the next meeting and the session it comes from.
  const actionItem = (a, view) => el('li', { class: 'note action-item', 'data-action-item': a.id, 'data-mine': a.mine ? 'true' : null },
    el('strong', {}, a.title),
    el('div', { class: 'who' }, a.owner.name, ' · ', t('os.actionNext'), ': ', a.nextStep,
      a.nextMeeting ? ' · ' + t('os.actionMeeting') + ' ' + a.nextMeeting : '',
      a.issue ? ' · ' + ((view.issues.find(i => i.id === a.issue) || {}).title || ((view.clusters || []).find(c => c.id === a.issue) || {}).name || a.issue) : ''));

  // A piece of Open Space news, with who shared it (the facilitator when no one is named) and when.
  const newsItem = n => el('li', { class: 'note news-item' }, el('div', {}, n.text),
    el('div', { class: 'who' }, (n.by ? n.by.name : t('facilitator')) + ' · ' + new Date(n.at).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' })));

  // A brainstorm's decision into a card (console and phone): shown once there is one, the chosen ideas by their text and the note.
  function showDecision(view, card, list, note) {
    card.classList.toggle('hidden', !view.decision);
    if (!view.decision) return;
    list.replaceChildren(...view.decision.chosen.map(id => el('li', {}, (view.ideas.find(i => i.id === id) || {}).text || id)));
    note.textContent = view.decision.note || '';
  }

  return { t, api, follow, taken, buttonsWait, older, clock, showTimeLeft, el, reportLists, actionItem, newsItem, showDecision, loadLanguage, languageSwitch, get lang() { return lang; }, ApiError };
})();
