'use strict';
(() => {
  const { t, api, el } = Live;
  const $ = id => document.getElementById(id);
  let code = (new URLSearchParams(location.search).get('code') || '').toUpperCase();
  let view = null;
  let readAt = 0;
  let source = null;
  let refreshing = null;
  let connected = false;
  const showLive = () => { $('live').textContent = connected ? '● ' + t('cafe.live') : t('cafe.offline'); };

  function fail(e) {
    $('error').textContent = e.status === 412 ? t('error.reload') : (e.message || String(e));
    if (e.status === 412) refresh();
  }
  const ok = () => { $('error').textContent = ''; };

  async function start() {
    await Live.loadLanguage(Live.lang);
    Live.languageSwitch(() => { render(); if (source) showLive(); });
    $('join-code').value = code;
    $('join-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      code = $('join-code').value.trim().toUpperCase();
      try {
        await api('POST', '/api/cafes/' + encodeURIComponent(code) + '/join', { name: $('join-name').value });
        history.replaceState(null, '', '?code=' + encodeURIComponent(code));
        ok();
        await refresh();
      } catch (e) { fail(e); }
    });
    $('note-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      if (await send('notes', { text: $('note-text').value, anonymous: $('note-anonymous').checked })) {
        $('note-text').value = ''; $('note-anonymous').checked = false; $('note-sent').textContent = t('me.sent');
      }
    });
    $('brief-form').addEventListener('submit', async ev => { ev.preventDefault(); if (await send('briefings', { text: $('brief-text').value })) $('brief-text').value = ''; });
    $('harvest-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      if (await send('harvest-items', { kind: $('harvest-kind').value, text: $('harvest-text').value })) $('harvest-text').value = '';
    });
    $('leave').addEventListener('click', () => send('leave', {}));
    setInterval(tick, 1000);
    if (code) await refresh(); else $('join').classList.remove('hidden');
  }

  async function refresh() {
    try {
      view = await api('GET', '/api/cafes/' + encodeURIComponent(code));
      readAt = Date.now();
      render();
      if (view.role === 'participant' && !source) {
        source = Live.follow(code, () => { clearTimeout(refreshing); refreshing = setTimeout(refresh, 80); }, live => { connected = live; showLive(); });
      }
    } catch (e) { $('join').classList.remove('hidden'); fail(e); }
  }

  async function send(path, body) {
    // Notes, briefings and harvest items do not depend on what the screen showed, so they carry no If-Match:
    // six people writing at once must not refuse each other.
    try { await api('POST', '/api/cafes/' + encodeURIComponent(code) + '/' + path, body); ok(); await refresh(); return true; } catch (e) { fail(e); return false; }
  }

  const permitted = command => view && view.permitted.some(p => p.command === command);

  function tick() {
    if (view) Live.showTimeLeft(view, readAt);
  }

  function render() {
    if (!view) return;
    document.title = view.title;
    $('title').textContent = view.title;
    const joined = view.role === 'participant' && view.me;
    $('join').classList.toggle('hidden', !!joined);
    $('me').classList.toggle('hidden', !joined);
    if (!joined) return;
    const me = view.me;
    $('my-name').textContent = me.name;
    $('phase').textContent = t('phase.' + view.phase);
    $('phase').dataset.phase = view.phase;
    const shown = view.seatingRound ? me.route.find(r => r.round === view.seatingRound) : null;
    const seated = shown && shown.table;
    $('seat').classList.toggle('hidden', !seated);
    $('no-seat').classList.toggle('hidden', !!seated);
    if (!shown && me.route.length === 0) $('no-seat').textContent = t('me.noSeat');
    else if (shown && !seated) $('no-seat').textContent = t('me.away');
    if (seated) {
      $('my-table').textContent = shown.tableName; $('my-table').dataset.table = shown.table;
      $('my-question').textContent = shown.question;
      $('my-host').textContent = shown.host ? shown.host.name : '–';
      $('you-host').classList.toggle('hidden', !shown.youHost);
    }
    tick();
    const next = me.route.find(r => r.next);
    $('next').classList.toggle('hidden', !next || !view.round);
    if (next) { $('next-table').textContent = next.tableName ?? t('me.away'); $('next-question').textContent = next.question ?? ''; }

    $('write').classList.toggle('hidden', !permitted('AddNote') || !seated);
    $('brief').classList.toggle('hidden', !permitted('AddBriefing') || !(seated && shown.youHost));
    $('harvest').classList.toggle('hidden', !permitted('AddHarvestItem'));
    $('cloth').replaceChildren(...view.contributions.slice().reverse().map(c => el('div', { class: 'note' }, el('div', {}, c.text),
      el('div', { class: 'who' }, t('kind.' + c.kind), c.round ? ' · R' + c.round : '', ' · ', c.author ?? t('anonymous')))));
    $('route').replaceChildren(...me.route.map(r => el('li', { class: r.current ? 'current' : r.next ? 'next' : '' },
      r.tableName ? r.tableName + ' — ' + r.question + (r.youHost ? ' ★' : '') : t('me.away'))));
    $('leave').classList.toggle('hidden', !me.present || !permitted('Leave'));
    $('left').classList.toggle('hidden', me.present);
  }

  start();
})();
