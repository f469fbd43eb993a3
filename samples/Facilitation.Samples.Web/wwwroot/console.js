'use strict';
(() => {
  const { t, api, el, taken } = Live;
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
    const method = () => $('new-method').value;
    const showFields = () => {
      for (const f of document.querySelectorAll('#new-form fieldset')) {
        const mine = f.dataset.method === method();
        f.classList.toggle('hidden', !mine);
        for (const input of f.querySelectorAll('input, textarea, select')) input.disabled = !mine;
      }
      $('dots-field').classList.toggle('hidden', method() === 'worldCafe');
    };
    $('new-method').addEventListener('change', showFields);
    showFields();
    const lines = id => $(id).value.split('\n');
    $('new-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const common = { method: method(), title: $('new-title').value, minutes: +$('new-minutes').value, dots: +$('new-dots').value };
      await create(method() === 'openSpace' ? { ...common, spaces: lines('new-spaces'), slots: +$('new-slots').value }
        : method() === 'brainstorm' ? { ...common, prompt: $('new-prompt').value, technique: $('new-technique').value, anonymousRound: $('new-anonymous').checked, voting: $('new-voting').value,
          categories: lines('new-categories'), people: lines('new-people') }
        : { ...common, tables: +$('new-tables').value, seatsPerTable: +$('new-seats').value,
          questions: lines('new-questions'), rounds: +$('new-rounds').value, hosts: $('new-hosts').value });
    });
    $('create-workshop').addEventListener('click', async () => {
      try { const r = await api('POST', '/api/workshops', { template: 'seed' }); location.href = '/workshop.html?code=' + encodeURIComponent(r.code); } catch (e) { fail(e); }
    });
    $('create-seed').addEventListener('click', () => create({ template: 'seed' }));
    $('create-seed-os').addEventListener('click', () => create({ template: 'open-space' }));
    $('create-seed-bs').addEventListener('click', () => create({ template: 'brainstorm' }));
    $('schedule').addEventListener('click', async () => { if (await send('agenda')) $('scheduled').textContent = t('os.scheduled'); });
    $('news-form').addEventListener('submit', async ev => { ev.preventDefault(); const f = taken('news-text'); if (await send('news', { text: f.values[0] })) f.clear(); });
    $('cluster-form').addEventListener('submit', async ev => { ev.preventDefault(); const f = taken('cluster-heading'); if (await send('clusters', { heading: f.values[0] })) f.clear(); });
    $('place-form').addEventListener('submit', ev => { ev.preventDefault(); send('placements', { idea: $('place-idea').value, cluster: $('place-cluster').value }); });
    $('clarify-form').addEventListener('submit', async ev => { ev.preventDefault(); const f = taken('clarify-text'); if (await send('clarifications', { idea: $('clarify-idea').value, text: f.values[0] })) f.clear(); });
    $('name-form').addEventListener('submit', async ev => { ev.preventDefault(); const f = taken('name-heading'); if (await send('cluster-names', { cluster: $('name-cluster').value, heading: f.values[0] })) f.clear(); });
    $('decide-form').addEventListener('submit', ev => {
      ev.preventDefault();
      const chosen = [...document.querySelectorAll('#decide-ideas input:checked')].map(c => c.value);
      send('decision', { chosen, note: $('decide-note').value });
    });
    $('merge-issues-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = taken('merge-title');
      if (await send('issue-merges', { first: $('merge-first').value, second: $('merge-second').value, title: f.values[0] })) f.clear();
    });
    $('cluster-issues-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const issues = [...document.querySelectorAll('#cluster-issues input:checked')].map(c => c.value);
      const f = taken('cluster-name');
      if (await send('issue-clusters', { name: f.values[0], issues })) f.clear();
    });
    $('initiator-form').addEventListener('submit', ev => { ev.preventDefault(); send('initiators', { issue: $('initiator-cluster').value, participant: $('initiator-person').value }); });
    $('space-form').addEventListener('submit', async ev => { ev.preventDefault(); const f = taken('space-name'); if (await send('spaces', { name: f.values[0], capacity: +$('space-capacity').value })) f.clear(); });
    $('slot-form').addEventListener('submit', ev => { ev.preventDefault(); send('slots', { minutes: +$('slot-minutes').value }); });
    $('merge-form').addEventListener('submit', ev => { ev.preventDefault(); send('merges', { into: $('merge-into').value, from: $('merge-from').value }); });
    $('time-add').addEventListener('click', () => send('round-time', { minutes: 5 }));
    $('time-remove').addEventListener('click', () => send('round-time', { minutes: -5 }));
    $('host-form').addEventListener('submit', ev => { ev.preventDefault(); send('hosts', { table: $('host-table').value, participant: $('host-person').value }); });
    $('person-form').addEventListener('submit', async ev => { ev.preventDefault(); const f = taken('person-name'); if (await send('people', { name: f.values[0] })) f.clear(); });
    $('harvest-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = taken('harvest-text', 'harvest-owner', 'harvest-next');
      const [text, owner, next] = f.values;
      if (await send('harvest-items', { kind: $('harvest-kind').value, text, owner: owner || null, nextStep: next || null })) f.clear();
    });
    $('save').addEventListener('click', async () => {
      try { const r = await api('POST', '/api/rooms/' + code + '/save'); $('saved').textContent = t('cafe.saved') + ' ' + r.storedVersion; ok(); } catch (e) { fail(e); }
    });
    setInterval(tick, 1000);
    await loadDesk();
  }

  async function loadDesk() {
    let cafes;
    try { cafes = await api('GET', '/api/rooms'); } catch (e) {
      if (e.status === 403) { $('signin').classList.remove('hidden'); $('desk').classList.add('hidden'); return; }
      return fail(e);
    }
    $('signin').classList.add('hidden');
    $('desk').classList.remove('hidden');
    showCafes(cafes);
    listWorkshops();
    if (!code && cafes.length) code = cafes.find(c => c.phase !== 'Closed')?.code ?? cafes[0].code;
    if (code) await open(code);
  }

  async function listCafes() {
    try { showCafes(await api('GET', '/api/rooms')); } catch (e) { fail(e); }
  }

  function showCafes(cafes) {
    const list = $('cafes');
    list.replaceChildren(...cafes.map(c => el('li', {},
      el('button', { type: 'button', class: c.code === code ? '' : 'secondary', 'data-code': c.code, onclick: () => open(c.code) }, t('cafes.open')),
      ' ', el('strong', {}, c.title), ' · ', t('method.' + c.method), ' · ', c.code, ' · ', t('phase.' + c.phase), ' · ', String(c.people))));
    if (!cafes.length) list.append(el('li', { class: 'muted' }, t('cafes.none')));
  }

  async function listWorkshops() {
    try {
      const workshops = await api('GET', '/api/workshops');
      $('workshops').replaceChildren(...workshops.map(w => el('li', {},
        el('a', { href: '/workshop.html?code=' + encodeURIComponent(w.code), 'data-workshop': w.code }, w.title), ' · ', w.code, ' · ', t('wphase.' + w.phase))));
      if (!workshops.length) $('workshops').append(el('li', { class: 'muted' }, t('ws.none')));
    } catch (e) { fail(e); }
  }

  async function create(body) {
    try { const r = await api('POST', '/api/rooms', body); ok(); $('new-cafe').open = false; code = r.code; await loadDesk(); } catch (e) { fail(e); }
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
      const fresh = await api('GET', '/api/rooms/' + code);
      // Reads overlap (a step's own reload, the stream's debounced ones): one answered late must not put an older view back.
      if (Live.older(fresh, view)) return;
      view = fresh;
      readAt = Date.now();
      render();
      if (before !== null && before !== view.phase) listCafes();
    } catch (e) { fail(e); }
  }

  // The facilitator's steps, time and hosts carry the version the screen showed (If-Match): a step decided on a stale
  // screen is refused (412) and the screen reloads. Notes, people and harvest items do not depend on it.
  // While such a step is on its way, the console's buttons wait: a quick second step (two clusters in a row) is sent
  // from the screen the first one left, not refused as stale because of the facilitator's own first step. The buttons a
  // render draws meanwhile (a phone's note re-renders the screen) wait too, until the step and its reload are through.
  const guarded = path => path.startsWith('commands/') || ['round-time', 'hosts', 'agenda', 'clusters', 'cluster-names', 'merges', 'issue-merges', 'issue-clusters', 'initiators', 'spaces', 'slots', 'placements', 'duplicates', 'clarifications', 'decision'].includes(path);
  const buttons = Live.buttonsWait('#cafe');
  async function send(path, body) {
    const guard = guarded(path);
    const step = async () => {
      try { await api('POST', '/api/rooms/' + code + '/' + path, body, guard ? view.version : undefined); ok(); await refresh(); return true; } catch (e) { fail(e); return false; }
    };
    return guard ? buttons.during(step) : step();
  }

  function permitted(command) { return view && view.permitted.some(p => p.command === command); }

  function tick() {
    if (view) Live.showTimeLeft(view, readAt);
  }

  // Draws the view; while a guarded step is on its way, the buttons drawn wait with the others.
  function render() {
    draw();
    buttons.hold();
  }

  function draw() {
    if (!view) return;
    $('cafe').classList.remove('hidden');
    $('title').textContent = view.title;
    $('code').textContent = view.code;
    const link = location.origin + '/join.html?code=' + view.code;
    $('join-link').textContent = link; $('join-link').href = link;
    const qr = '/api/rooms/' + encodeURIComponent(view.code) + '/qr';
    if ($('qr').getAttribute('src') !== qr) $('qr').src = qr;
    $('phase').textContent = t('phase.' + view.phase); $('phase').dataset.phase = view.phase;
    const of = view.method === 'openSpace' ? view.slots.length : view.rounds;
    const now = view.method === 'openSpace' ? view.slot : view.round;
    $('round').textContent = (now || '–') + ' / ' + of;
    $('version').textContent = view.version;
    $('closed').classList.toggle('hidden', view.phase !== 'Closed');
    tick();

    const commands = view.permitted.filter(p => p.href.includes('/commands/'));
    $('commands').replaceChildren(...commands.map(p => el('button', { type: 'button', 'data-command': p.command, onclick: () => send('commands/' + p.command) }, t('cmd.' + p.command))));
    $('time-controls').classList.toggle('hidden', !['ChangeRoundTime', 'ChangeSlotTime', 'ExtendRound'].some(permitted));
    const cafe = view.method === 'worldCafe';
    for (const id of ['cafe-panels', 'printables-card', 'notes-card', 'harvest']) $(id).classList.toggle('hidden', !cafe);
    $('os-panel').classList.toggle('hidden', view.method !== 'openSpace');
    $('bs-panel').classList.toggle('hidden', view.method !== 'brainstorm');
    $('person-form').classList.toggle('hidden', !permitted('Join') && !permitted('RegisterParticipant'));
    $('people').replaceChildren(...(view.people || []).map(p => el('li', { 'data-person': p.id },
      p.name, ' · ', p.present ? t('cafe.here') : t('cafe.gone'), p.joined ? ' · ' + t('cafe.joinedByPhone') : '',
      p.present && (permitted('Leave') || permitted('Depart')) ? el('button', { type: 'button', class: 'secondary', onclick: () => send('leave', { participant: p.id }) }, t('cafe.leave')) : null,
      p.joined ? el('button', { type: 'button', class: 'secondary', 'data-action': 'release', onclick: () => send('release', { participant: p.id }) }, t('cafe.release')) : null)));
    if (view.method === 'openSpace') return renderOpenSpace();
    if (view.method === 'brainstorm') return renderBrainstorm();

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

    for (const a of document.querySelectorAll('#printables a')) a.href = '/api/rooms/' + view.code + '/print/' + a.dataset.print + '?culture=' + Live.lang;
  }

  function issueCard(i) {
    return el('div', { class: 'issue', 'data-issue': i.id, 'data-category': i.category || '' },
      el('strong', {}, i.title),
      el('div', { class: 'who' }, i.category ? t('resource.' + i.category) + ' · ' : '', i.convener.name,
        ' · ', t('os.signedUp'), ' ', String(i.interested.length), i.dots ? ' · ' + t('os.dots') + ' ' + i.dots : '',
        i.here.length ? ' · ' + t('os.here') + ' ' + i.here.map(p => p.name).join(', ') : ''));
  }

  function renderOpenSpace() {
    $('schedule').classList.toggle('hidden', !permitted('AdoptAgenda'));
    const table = el('table', { class: 'wall-grid' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('os.slot')), view.spaces.map(sp => el('th', { scope: 'col' }, sp.name)))),
      el('tbody', {}, view.slots.map(sl => el('tr', { class: view.slot === sl.number ? 'current' : '' },
        el('th', { scope: 'row' }, String(sl.number) + ' · ' + new Date(sl.start).toLocaleTimeString(Live.lang, { hour: '2-digit', minute: '2-digit' })),
        view.spaces.map(sp => el('td', { 'data-slot': sl.number, 'data-space': sp.id },
          view.issues.filter(i => i.cell && i.cell.slot === sl.number && i.cell.space === sp.id).map(issueCard)))))));
    $('wall').replaceChildren(table);
    const issues = view.issues.map(i => [i.id, i.title]);
    $('merge-issues-form').classList.toggle('hidden', !permitted('MergeIssues') || issues.length < 2);
    if (permitted('MergeIssues')) { fill($('merge-first'), issues); fill($('merge-second'), issues); }
    // Convergence: the issues no cluster holds yet, to tick (ticks kept across renders), and the clusters with their initiators.
    const clustered = new Set((view.clusters || []).flatMap(c => c.issues));
    $('cluster-issues-form').classList.toggle('hidden', !permitted('ClusterIssues'));
    if (permitted('ClusterIssues')) {
      const ticked = new Set([...document.querySelectorAll('#cluster-issues input:checked')].map(c => c.value));
      $('cluster-issues').replaceChildren(...view.issues.filter(i => !clustered.has(i.id)).map(i => el('li', {}, el('label', { class: 'inline' },
        el('input', { type: 'checkbox', value: i.id, checked: ticked.has(i.id) }), ' ', i.title))));
    }
    $('initiator-form').classList.toggle('hidden', !permitted('AppointInitiator') || !(view.clusters || []).length);
    if (permitted('AppointInitiator')) {
      fill($('initiator-cluster'), view.clusters.map(c => [c.id, c.name]));
      fill($('initiator-person'), (view.people || []).map(p => [p.id, p.name]));
    }
    $('os-clusters').replaceChildren(...(view.clusters || []).map(c => el('li', { class: 'note cluster', 'data-cluster': c.id }, el('strong', {}, c.name),
      el('ul', {}, c.issues.map(id => el('li', {}, (view.issues.find(i => i.id === id) || {}).title || id))),
      el('div', { class: 'who' }, t('os.initiatorPerson') + ': ' + (c.initiator ? c.initiator.name : '—')))));
    $('space-form').classList.toggle('hidden', !permitted('AddSpace'));
    $('slot-form').classList.toggle('hidden', !permitted('AddSlot'));
    $('unplaced').replaceChildren(...view.issues.filter(i => !i.cell).map(i => el('li', {}, issueCard(i))));
    carriedIn();
    $('os-action-list').replaceChildren(...(view.actions || []).map(a => Live.actionItem(a, view)));
    $('news-form').classList.toggle('hidden', !permitted('ShareNews'));
    $('os-news-list').replaceChildren(...(view.news || []).map(Live.newsItem));
    // The sessions' reports, one per issue (the latest revision), in the order the issues were posted.
    $('os-reports').replaceChildren(...(view.reports.length ? view.reports.map(r => el('div', { class: 'note report', 'data-issue': r.issue },
      el('strong', {}, r.title),
      el('div', {}, r.text),
      Live.reportLists(r),
      el('div', { class: 'who' }, t('os.reportBy') + ' ' + (r.by ? r.by.name : t('facilitator')) + ' · ' + t('os.revision') + ' ' + r.revision)))
      : [el('p', { class: 'muted' }, t('os.noReports'))]));
  }

  // What the workshop carried into this Open Space (a café's themes): the facilitator posts each as an issue under its own id, with
  // a convener (the theme's author when it had one); a posted one stays listed, marked as posted. The convener chosen is kept
  // across re-renders (the room's news re-renders the page at any moment).
  const conveners = {};
  function carriedIn() {
    const items = view.carried || [];
    $('carried-in').classList.toggle('hidden', items.length === 0);
    $('carried-list').replaceChildren(...items.map(c => {
      const li = el('li', { 'data-carried': c.id, 'data-posted': String(c.posted) }, el('span', {}, c.category ? category(c.category) + ' · ' : '', c.text), ' ');
      if (c.posted) li.append(el('span', { class: 'ok' }, t('os.posted')));
      else if (permitted('PostIssue')) {
        const who = el('select', { class: 'carried-convener', 'aria-label': t('os.convener'), onchange: e => { conveners[c.id] = e.target.value; } },
          ...(view.people || []).filter(p => p.present).map(p => el('option', { value: p.id }, p.name)));
        if (conveners[c.id] || c.convener) who.value = conveners[c.id] || c.convener;
        li.append(who, el('button', { type: 'button', class: 'secondary', 'data-action': 'post-carried', onclick: () => send('issues', { carried: c.id, convener: who.value }) }, t('os.postCarried')));
      }
      return li;
    }));
  }

  function ideaCard(i) {
    return el('div', { class: 'note idea', 'data-id': i.id, 'data-anonymous': i.author ? null : 'true' },
      el('div', {}, i.text),
      el('div', { class: 'who' }, 'R' + i.round, i.category ? ' · ' + category(i.category) : '', ' · ', i.author ? i.author.name : t('anonymous'),
        i.duplicateOf ? ' · ' + t('bs.duplicate') : ''),
      i.clarifications.length ? el('ul', { class: 'clarifications' }, i.clarifications.map(c => el('li', {}, c))) : null);
  }

  // Refills a select, keeping what the facilitator chose when it is still there (a render must not undo a choice being made).
  function fill(select, options) {
    const chosen = select.value;
    select.replaceChildren(...options.map(([value, label]) => el('option', { value }, label)));
    if (options.some(([value]) => value === chosen)) select.value = chosen;
  }

  function category(c) { return t('resource.' + c) === 'resource.' + c ? c : t('resource.' + c); }

  function renderBrainstorm() {
    const c = view.current;
    $('bs-round').textContent = (view.prompt || '') + (c ? ' · ' + t('technique.' + c.technique) + (c.pass ? ' · ' + t('bs.pass') + ' ' + c.pass : '')
      + (c.step ? ' · ' + t('step.' + c.step) : '') + (c.turnOf ? ' · ' + t('bs.turnOf') + ' ' + c.turnOf.name : '') + (c.anonymous ? ' · ' + t('bs.anonymousRound') : '') : '');
    $('bs-ideas').replaceChildren(...view.ideas.slice().reverse().map(ideaCard));
    $('cluster-form').classList.toggle('hidden', !permitted('AddCluster'));
    $('place-form').classList.toggle('hidden', !permitted('PlaceIdea') || !view.clusters.length);
    const ideas = view.ideas.map(i => [i.id, i.text]), clusters = view.clusters.map(k => [k.id, k.heading || k.id]);
    if (permitted('PlaceIdea')) { fill($('place-idea'), ideas); fill($('place-cluster'), clusters); }
    $('clarify-form').classList.toggle('hidden', !permitted('ClarifyIdea') || !ideas.length);
    if (permitted('ClarifyIdea')) fill($('clarify-idea'), ideas);
    $('name-form').classList.toggle('hidden', !permitted('NameCluster') || !clusters.length);
    if (permitted('NameCluster')) fill($('name-cluster'), clusters);
    $('merge-form').classList.toggle('hidden', !permitted('MergeClusters') || clusters.length < 2);
    if (permitted('MergeClusters')) { fill($('merge-from'), clusters); fill($('merge-into'), clusters); }
    $('bs-clusters').replaceChildren(...view.clusters.map(k => el('div', { class: 'table', 'data-cluster': k.id }, el('h3', {}, k.heading || k.id),
      el('ul', {}, k.ideas.map(id => el('li', {}, (view.ideas.find(i => i.id === id) || {}).text || id))))));
    // The decision form lists the ballot's ideas in the count's order, keeping what the facilitator ticked across renders.
    const deciding = permitted('Decide');
    $('decide-form').classList.toggle('hidden', !deciding);
    if (deciding) {
      const ticked = new Set([...document.querySelectorAll('#decide-ideas input:checked')].map(c => c.value));
      const order = (view.ranking || []).map(r => r.idea).concat(view.ballot.filter(id => !(view.ranking || []).some(r => r.idea === id)));
      $('decide-ideas').replaceChildren(...order.map(id => el('li', {}, el('label', { class: 'inline' },
        el('input', { type: 'checkbox', value: id, checked: ticked.has(id) }), ' ', (view.ideas.find(i => i.id === id) || {}).text || id))));
    }
    Live.showDecision(view, $('bs-decision'), $('bs-decision-chosen'), $('bs-decision-note'));
    $('bs-ranking').replaceChildren(...(view.ranking || []).map(r => el('li', {}, ((view.ideas.find(i => i.id === r.idea) || {}).text || r.idea) + ' — ' + r.points)));
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
