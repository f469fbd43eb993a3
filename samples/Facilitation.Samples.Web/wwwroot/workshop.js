'use strict';
// The workshop view: the programme (days, blocks, status), the workshop's steps, check-in and departure per person, and a
// link to the running method block's room. It reloads after each step and every few seconds (the workshop has no event stream).
(() => {
  const { t, api, el } = Live;
  const $ = id => document.getElementById(id);
  const code = new URLSearchParams(location.search).get('code');
  let view = null;

  const fail = e => { $('error').textContent = e.message || String(e); if (e.status === 412) refresh(); };
  const ok = () => { $('error').textContent = ''; };
  const permitted = c => view && view.permitted.includes(c);
  const time = s => new Date(s).toLocaleTimeString(Live.lang, { hour: '2-digit', minute: '2-digit' });
  const label = (prefix, value) => t(prefix + value) === prefix + value ? value : t(prefix + value);

  async function refresh() {
    try {
      view = await api('GET', '/api/workshops/' + encodeURIComponent(code));
      $('signin-needed').classList.add('hidden');
      $('workshop').classList.remove('hidden');
      render();
    } catch (e) {
      if (e.status === 403 || e.status === 401) { $('signin-needed').classList.remove('hidden'); $('workshop').classList.add('hidden'); return; }
      fail(e);
    }
  }

  // Steps carry the version the screen showed (If-Match): a step decided on a stale screen is refused (412) and the screen reloads.
  async function send(path, body) {
    try { view = await api('POST', '/api/workshops/' + encodeURIComponent(code) + '/' + path, body, view.version); ok(); render(); } catch (e) { fail(e); }
  }

  function render() {
    if (!view) return;
    $('w-title').textContent = view.title;
    $('w-code').textContent = view.code;
    $('w-phase').textContent = label('wphase.', view.phase);
    $('w-phase').dataset.phase = view.phase;
    $('w-day').textContent = view.day ?? '–';
    $('w-version').textContent = view.version;
    $('w-present').textContent = view.people.filter(p => p.present).length + ' / ' + view.people.length;
    $('w-commands').replaceChildren(...['OpenDay', 'CloseDay', 'Close'].filter(permitted).map(c =>
      el('button', { type: 'button', 'data-command': c, onclick: () => send('commands/' + c, {}) }, label('wcommand.', c))));
    $('programme').replaceChildren(...view.days.map(day => el('div', {},
      el('h3', {}, t('ws.day') + ' ' + day.number + (day.title ? ' · ' + day.title : '')),
      el('ul', { class: 'plain programme' }, day.blocks.map(block)))));
    $('w-people').replaceChildren(...view.people.map(p => el('li', { 'data-person': p.id, 'data-present': String(p.present) },
      p.name, ' · ', el('span', { class: p.present ? 'ok' : 'muted' }, p.present ? t('ws.here') : t('ws.away')),
      !p.present && permitted('CheckIn') ? el('button', { type: 'button', class: 'secondary', 'data-action': 'check-in', onclick: () => send('check-ins', { participant: p.id }) }, t('ws.checkIn')) : null,
      p.present && permitted('Depart') ? el('button', { type: 'button', class: 'secondary', 'data-action': 'depart', onclick: () => send('departures', { participant: p.id }) }, t('ws.depart')) : null)));
  }

  function block(b) {
    const isNext = b.id === view.next;
    const isRunning = b.id === view.running;
    return el('li', { 'data-block': b.id, 'data-status': b.status, class: 'block' + (isRunning ? ' running' : '') },
      el('span', { class: 'muted' }, time(b.start) + '–' + time(b.end)), ' ',
      el('strong', {}, b.title), ' · ', label('kind.', b.kind), ' · ',
      el('span', { class: 'block-status' }, label('bstatus.', b.status)),
      isNext ? el('button', { type: 'button', 'data-action': 'start', onclick: () => send('commands/StartBlock', { block: b.id }) }, t('ws.start')) : null,
      isNext ? el('button', { type: 'button', class: 'secondary', 'data-action': 'skip', onclick: () => { const reason = prompt(t('ws.skipWhy')); if (reason) send('commands/SkipBlock', { block: b.id, reason }); } }, t('ws.skip')) : null,
      isRunning && permitted('CloseBlock') ? el('button', { type: 'button', 'data-action': 'close', onclick: () => send('commands/CloseBlock', { block: b.id }) }, t('ws.closeBlock')) : null,
      b.room ? el('span', {}, ' ', el('a', { class: 'open-room', href: '/console.html?code=' + encodeURIComponent(b.room), target: '_blank', rel: 'noopener' }, t('ws.openRoom')),
        ' · ', t('cafe.code'), ' ', el('span', { class: 'room-code' }, b.room)) : null);
  }

  (async () => {
    await Live.loadLanguage(Live.lang);
    Live.languageSwitch(render);
    if (!code) { $('error').textContent = t('ws.noCode'); return; }
    await refresh();
    setInterval(refresh, 4000);
  })();
})();
