'use strict';
(() => {
  const { t, api, el } = Live;
  const $ = id => document.getElementById(id);
  let code = new URLSearchParams(location.search).get('code');
  let view = null;
  let readAt = 0;
  let source = null;
  let refreshing = null;
  let connected = false;
  const showLive = () => { $('live').textContent = connected ? '● ' + t('cafe.live') : t('cafe.offline'); };

  function fail(e) {
    $('error').textContent = e.message || String(e);
    if (e.status === 412) { $('error').textContent = t('error.reload') + ' (' + e.message + ')'; refresh(); }
  }
  const ok = () => { $('error').textContent = ''; };

  async function start() {
    await Live.loadLanguage(Live.lang);
    Live.languageSwitch(() => { render(); if (source) showLive(); });
    $('signin-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      try { await api('POST', '/api/facilitator/login', { value: $('secret').value }); $('secret').value = ''; ok(); await loadDesk(); } catch (e) { fail(e); }
    });
    $('new-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      await create({
        title: $('new-title').value, tables: +$('new-tables').value, seatsPerTable: +$('new-seats').value,
        questions: $('new-questions').value.split('\n'), rounds: +$('new-rounds').value, minutes: +$('new-minutes').value, hosts: $('new-hosts').value,
      });
    });
    $('create-seed').addEventListener('click', () => create({ template: 'seed' }));
    $('time-add').addEventListener('click', () => send('round-time', { minutes: 5 }));
    $('time-remove').addEventListener('click', () => send('round-time', { minutes: -5 }));
    $('host-form').addEventListener('submit', ev => { ev.preventDefault(); send('hosts', { table: $('host-table').value, participant: $('host-person').value }); });
    $('person-form').addEventListener('submit', async ev => { ev.preventDefault(); if (await send('people', { name: $('person-name').value })) $('person-name').value = ''; });
    $('harvest-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const body = { kind: $('harvest-kind').value, text: $('harvest-text').value, owner: $('harvest-owner').value || null, nextStep: $('harvest-next').value || null };
      if (await send('harvest-items', body)) { $('harvest-text').value = ''; $('harvest-owner').value = ''; $('harvest-next').value = ''; }
    });
    $('save').addEventListener('click', async () => {
      try { const r = await api('POST', '/api/cafes/' + code + '/save'); $('saved').textContent = t('cafe.saved') + ' ' + r.storedVersion; ok(); } catch (e) { fail(e); }
    });
    setInterval(tick, 1000);
    await loadDesk();
  }

  async function loadDesk() {
    let cafes;
    try { cafes = await api('GET', '/api/cafes'); } catch (e) {
      if (e.status === 403) { $('signin').classList.remove('hidden'); $('desk').classList.add('hidden'); return; }
      return fail(e);
    }
    $('signin').classList.add('hidden');
    $('desk').classList.remove('hidden');
    showCafes(cafes);
    if (!code && cafes.length) code = cafes.find(c => c.phase !== 'Closed')?.code ?? cafes[0].code;
    if (code) await open(code);
  }

  async function listCafes() {
    try { showCafes(await api('GET', '/api/cafes')); } catch (e) { fail(e); }
  }

  function showCafes(cafes) {
    const list = $('cafes');
    list.replaceChildren(...cafes.map(c => el('li', {},
      el('button', { type: 'button', class: c.code === code ? '' : 'secondary', 'data-code': c.code, onclick: () => open(c.code) }, t('cafes.open')),
      ' ', el('strong', {}, c.title), ' · ', c.code, ' · ', t('phase.' + c.phase), ' · ', String(c.people))));
    if (!cafes.length) list.append(el('li', { class: 'muted' }, t('cafes.none')));
  }

  async function create(body) {
    try { const r = await api('POST', '/api/cafes', body); ok(); $('new-cafe').open = false; code = r.code; await loadDesk(); } catch (e) { fail(e); }
  }

  async function open(c) {
    code = c;
    history.replaceState(null, '', '?code=' + encodeURIComponent(code));
    if (source) source.close();
    await refresh();
    listCafes();
    source = Live.follow(code, onEvent, live => { connected = live; showLive(); });
  }

  function onEvent(e) {
    if (e.type) $('log').prepend(el('div', {}, '#' + e.version + ' ' + e.type + (e.event && e.event.actor ? ' · ' + e.event.actor : '')));
    // A debounced reload: a burst of events costs one read.
    clearTimeout(refreshing);
    refreshing = setTimeout(refresh, 80);
  }

  async function refresh() {
    try {
      const before = view && view.code === code ? view.phase : null;
      view = await api('GET', '/api/cafes/' + code);
      readAt = Date.now();
      render();
      if (before !== null && before !== view.phase) listCafes();
    } catch (e) { fail(e); }
  }

  // The facilitator's steps, time and hosts carry the version the screen showed (If-Match): a step decided on a stale
  // screen is refused (412) and the screen reloads. Notes, people and harvest items do not depend on it.
  const guarded = path => path.startsWith('commands/') || path === 'round-time' || path === 'hosts';
  async function send(path, body) {
    try { await api('POST', '/api/cafes/' + code + '/' + path, body, guarded(path) ? view.version : undefined); ok(); await refresh(); return true; } catch (e) { fail(e); return false; }
  }

  function permitted(command) { return view && view.permitted.some(p => p.command === command); }

  function tick() {
    if (view) Live.showTimeLeft(view, readAt);
  }

  function render() {
    if (!view) return;
    $('cafe').classList.remove('hidden');
    $('title').textContent = view.title;
    $('code').textContent = view.code;
    const link = location.origin + '/join.html?code=' + view.code;
    $('join-link').textContent = link; $('join-link').href = link;
    $('phase').textContent = t('phase.' + view.phase); $('phase').dataset.phase = view.phase;
    $('round').textContent = view.round ? view.round + ' / ' + view.rounds : '– / ' + view.rounds;
    $('version').textContent = view.version;
    $('closed').classList.toggle('hidden', view.phase !== 'Closed');
    tick();

    const commands = view.permitted.filter(p => p.href.includes('/commands/'));
    $('commands').replaceChildren(...commands.map(p => el('button', { type: 'button', 'data-command': p.command, onclick: () => send('commands/' + p.command) }, t('cmd.' + p.command))));
    $('time-controls').classList.toggle('hidden', !permitted('ChangeRoundTime'));

    $('seating-round').textContent = view.seatingRound ? '(' + t('cafe.seatingRound') + ' ' + view.seatingRound + ')' : '';
    $('no-seating').classList.toggle('hidden', view.tables.length > 0);
    $('tables').replaceChildren(...view.tables.map(tb => el('div', { class: 'table', 'data-table': tb.id },
      el('h3', {}, tb.name), el('div', { class: 'question' }, tb.question),
      el('ul', {}, tb.members.map(m => el('li', { class: tb.host && tb.host.id === m.id ? 'host' : '', 'data-person': m.id }, m.name))))));

    $('host-form').classList.toggle('hidden', !permitted('ChooseHost'));
    if (permitted('ChooseHost')) {
      $('host-table').replaceChildren(...view.tables.map(tb => el('option', { value: tb.id }, tb.name)));
      $('host-person').replaceChildren(...view.people.filter(p => p.present).map(p => el('option', { value: p.id }, p.name)));
    }
    $('person-form').classList.toggle('hidden', !permitted('Join'));
    $('people').replaceChildren(...(view.people || []).map(p => el('li', { 'data-person': p.id },
      p.name, ' · ', p.present ? t('cafe.here') : t('cafe.gone'), p.joined ? ' · ' + t('cafe.joinedByPhone') : '',
      p.present && permitted('Leave') ? el('button', { type: 'button', class: 'secondary', onclick: () => send('leave', { participant: p.id }) }, t('cafe.leave')) : null)));

    const notes = view.contributions.filter(c => c.kind === 'Note' || c.kind === 'Briefing');
    $('notes').replaceChildren(...notes.slice(-8).reverse().map(note));

    // The harvest: every note by question and table, then the town hall's items.
    const byQuestion = new Map();
    for (const c of notes) {
      const key = c.question || '';
      if (!byQuestion.has(key)) byQuestion.set(key, []);
      byQuestion.get(key).push(c);
    }
    const items = view.contributions.filter(c => c.kind !== 'Note' && c.kind !== 'Briefing');
    const groups = [...byQuestion].map(([q, list]) => el('div', {}, el('h3', {}, q), list.map(note)));
    if (items.length) groups.push(el('div', {}, el('h3', {}, t('phase.Harvest')), items.map(note)));
    $('harvest-list').replaceChildren(...groups);
    $('harvest-form').classList.toggle('hidden', !permitted('AddHarvestItem'));

    for (const a of document.querySelectorAll('#printables a')) a.href = '/api/cafes/' + view.code + '/print/' + a.dataset.print + '?culture=' + Live.lang;
  }

  function note(c) {
    const who = c.author ?? (c.isAnonymous && c.kind === 'Note' ? t('anonymous') : t('facilitator'));
    return el('div', { class: 'note harvest-note', 'data-id': c.id, 'data-anonymous': c.author ? null : 'true' },
      el('div', {}, c.text),
      el('div', { class: 'who' }, t('kind.' + c.kind), c.table ? ' · ' + c.table : '', c.round ? ' · R' + c.round : '', ' · ', who,
        c.owner ? ' · ' + c.owner : '', c.nextStep ? ' → ' + c.nextStep : ''));
  }

  start();
})();
