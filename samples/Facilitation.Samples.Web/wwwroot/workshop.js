'use strict';
// The workshop view: the programme (days, blocks, status), the workshop's steps, check-in and departure per person, and a
// link to the running method block's room, the resource inventory (人 文 地 产 景) and the book link. It shows each step's reply, and
// follows the workshop's news (/events): another screen's step reads the view again, keeping the newer view when reads answer out of order.
(() => {
  const { t, api, el, taken } = Live;
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
      const fresh = await api('GET', '/api/workshops/' + encodeURIComponent(code));
      // A read answered after a step's own reply may be older than what the screen shows: keep the newer view, or the
      // next step would carry a stale version (If-Match) and be refused with 412.
      if (Live.older(fresh, view)) return;
      view = fresh;
      $('signin-needed').classList.add('hidden');
      $('workshop').classList.remove('hidden');
      render();
    } catch (e) {
      if (e.status === 403 || e.status === 401) { $('signin-needed').classList.remove('hidden'); $('workshop').classList.add('hidden'); return; }
      fail(e);
    }
  }

  // Steps carry the version the screen showed (If-Match): a step decided on a stale screen is refused (412) and the screen reloads.
  // While a step is on its way the page's buttons wait (those a redraw brings meanwhile too), so the next step is sent from
  // the screen the first one left. Its reply is kept unless the stream's read has meanwhile shown a newer view (another
  // screen's step after it).
  const buttons = Live.buttonsWait('#workshop');
  // Says whether the step went through, as the console's and the phone's send do.
  function send(path, body) {
    return buttons.during(async () => {
      try {
        const fresh = await api('POST', '/api/workshops/' + encodeURIComponent(code) + '/' + path, body, view.version);
        if (!Live.older(fresh, view)) view = fresh;
        ok(); render();
        return true;
      } catch (e) { fail(e); return false; }
    });
  }

  // Draws the view; while a step is on its way, the buttons drawn wait with the others.
  function render() {
    draw();
    buttons.hold();
  }

  function draw() {
    if (!view) return;
    $('w-title').textContent = view.title;
    $('w-code').textContent = view.code;
    $('book-link').href = '/api/workshops/' + encodeURIComponent(view.code) + '/book';
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
    inventory();
    actionPlan();
    $('w-people').replaceChildren(...view.people.map(p => el('li', { 'data-person': p.id, 'data-present': String(p.present) },
      p.name, ' · ', el('span', { class: p.present ? 'ok' : 'muted' }, p.present ? t('ws.here') : t('ws.away')),
      !p.present && permitted('CheckIn') ? el('button', { type: 'button', class: 'secondary', 'data-action': 'check-in', onclick: () => send('check-ins', { participant: p.id }) }, t('ws.checkIn')) : null,
      p.present && permitted('Depart') ? el('button', { type: 'button', class: 'secondary', 'data-action': 'depart', onclick: () => send('departures', { participant: p.id }) }, t('ws.depart')) : null)));
  }

  // The five resources per village (人 文 地 产 景): a village × category table; the form lists one while the inventory block runs.
  function inventory() {
    const { categories, entries } = view.inventory;
    const name = c => c.localName ? c.localName + ' ' + (Live.lang === 'en' ? c.name : '') : c.name;
    const select = $('resource-category');
    if (select.options.length !== categories.length || select.dataset.lang !== Live.lang) {
      const chosen = select.value;
      select.replaceChildren(...categories.map(c => el('option', { value: c.key }, name(c).trim())));
      if (chosen) select.value = chosen;
      select.dataset.lang = Live.lang;
    }
    $('resource-form').classList.toggle('hidden', !permitted('ListResource'));
    $('inventory-empty').classList.toggle('hidden', entries.length > 0);
    $('inventory').classList.toggle('hidden', entries.length === 0);
    $('inventory-head').replaceChildren(el('th', {}, t('ws.village')), ...categories.map(c => el('th', { 'data-category': c.key }, name(c).trim())));
    const villages = [...new Set(entries.map(e => e.village))];
    $('inventory-rows').replaceChildren(...villages.map(v => el('tr', { 'data-village': v }, el('th', {}, v),
      ...categories.map(c => el('td', { 'data-category': c.key }, entries.filter(e => e.village === v && e.category === c.key).map(e => e.text).join('；'))))));
  }

  // The action plan: each item with its owner, village, next step and date; the form adds one while the workshop takes them.
  function actionPlan() {
    const items = view.actionPlan;
    $('action-form').classList.toggle('hidden', !permitted('AddToActionPlan'));
    $('plan-empty').classList.toggle('hidden', items.length > 0);
    $('plan').replaceChildren(...items.map(a => el('li', { 'data-action-item': a.id, 'data-status': a.status },
      el('span', { class: 'action-text' }, el('strong', {}, a.title), ' · ', [a.owner, a.village, a.nextStep, a.due].filter(x => x).join(' · ')), ' ',
      status(a))));
  }

  // Where an item stands (open, under way, done, dropped): a choice that sends the change at once; read-only once the workshop is closed.
  function status(a) {
    const select = el('select', { class: 'action-status', 'aria-label': t('ws.status'), onchange: e => send('actions/' + encodeURIComponent(a.id), { status: e.target.value }) },
      ...['Open', 'InProgress', 'Done', 'Dropped'].map(s => el('option', { value: s }, t('astatus.' + s))));
    select.value = a.status;
    select.disabled = !permitted('UpdateAction');
    return select;
  }

  $('action-form').addEventListener('submit', async e => {
    e.preventDefault();
    const f = taken('action-title', 'action-owner', 'action-village', 'action-next', 'action-due');
    const [title, owner, village, nextStep, due] = f.values;
    if (await send('actions', { title, owner, village, nextStep, due })) f.clear();
  });

  $('resource-form').addEventListener('submit', async e => {
    e.preventDefault();
    const f = taken('resource-text');
    if (await send('resources', { village: $('resource-village').value, category: $('resource-category').value, text: f.values[0] })) f.clear();
  });

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
      b.held && permitted('AddToActionPlan') && ['worldCafe', 'openSpace', 'brainstorm'].includes(b.kind) ? el('button', { type: 'button', class: 'secondary', 'data-action': 'to-plan', onclick: () => send('actions/from/' + encodeURIComponent(b.id), {}) }, t('ws.toPlan')) : null,
      carries(b) ? el('button', { type: 'button', class: 'secondary', 'data-action': 'carry', onclick: () => offer(b) }, t('ws.carry')) : null,
      b.room ? el('span', {}, ' ', el('a', { class: 'open-room', href: '/console.html?code=' + encodeURIComponent(b.room), target: '_blank', rel: 'noopener' }, t('ws.openRoom')),
        ' · ', t('cafe.code'), ' ', el('span', { class: 'room-code' }, b.room)) : null,
      b.carried.length ? el('ul', { class: 'plain carried' }, b.carried.map(c => el('li', { 'data-carried': c.id }, '↪ ', c.category ? label('resource.', c.category) + ' · ' : '', c.text))) : null,
      offers[b.id] ? offerForm(b, offers[b.id]) : null);
  }

  // Carrying results into a block still to come (an Open Space or a brainstorm): the held blocks' offers, each ticked; the
  // facilitator unticks what should stay behind and carries the rest. The Open Space's console then posts them as issues.
  // What was unticked is kept per block across renders: another screen's step re-renders the page and must not tick it again.
  const offers = {};
  const unticked = {};
  const carries = b => (b.kind === 'openSpace' || b.kind === 'brainstorm') && b.status === 'Planned' && permitted('CarryItems');
  async function offer(b) {
    try {
      const found = await api('GET', '/api/workshops/' + encodeURIComponent(code) + '/carry?to=' + encodeURIComponent(b.id));
      offers[b.id] = found.offers;
      unticked[b.id] = new Set();
      ok();
      if (!found.offers.length) $('error').textContent = t('ws.nothingToCarry');
      render();
    } catch (e) { fail(e); }
  }
  function offerForm(b, list) {
    if (!list.length) return null;
    const boxes = [];
    const off = unticked[b.id];
    const sources = list.map(o => el('fieldset', { class: 'plain', 'data-from': o.from }, el('legend', {}, t('ws.carryFrom') + ' ' + (o.title || o.from)),
      o.items.map(i => {
        const key = o.from + ' ' + i.source;
        const box = el('input', { type: 'checkbox', value: i.source, checked: !off.has(key), onchange: e => { if (e.target.checked) off.delete(key); else off.add(key); } });
        boxes.push([o.from, box]);
        return el('label', { class: 'offer' }, box, ' ', i.category ? label('resource.', i.category) + ' · ' : '', i.text);
      })));
    const carry = async () => {
      for (const o of list) {
        const items = boxes.filter(([from, box]) => from === o.from && box.checked).map(([, box]) => box.value);
        if (items.length && !(await send('carry', { from: o.from, to: b.id, items }))) return;
      }
      delete offers[b.id];
      render();
    };
    return el('div', { class: 'offers', 'data-offers-for': b.id }, sources,
      el('button', { type: 'button', 'data-action': 'carry-send', onclick: carry }, t('ws.carrySend')),
      el('button', { type: 'button', class: 'secondary', onclick: () => { delete offers[b.id]; render(); } }, t('ws.cancel')));
  }

  (async () => {
    await Live.loadLanguage(Live.lang);
    Live.languageSwitch(render);
    if (!code) { $('error').textContent = t('ws.noCode'); return; }
    await refresh();
    if (view) follow();
  })();

  // The workshop's news: each version newer than the one shown (a co-facilitator's step, a projected screen's, another server's)
  // reads the view again. The browser reconnects by itself after a drop, and the stream's hello carries the version now.
  function follow() {
    const source = new EventSource('/api/workshops/' + encodeURIComponent(code) + '/events');
    const seen = m => { try { if (!view || JSON.parse(m.data).version > view.version) refresh(); } catch (e) { console.error(e); } };
    source.addEventListener('hello', seen);
    source.addEventListener('version', seen);
  }
})();
