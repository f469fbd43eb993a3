'use strict';
(() => {
  const { t, api, el, taken } = Live;
  const $ = id => document.getElementById(id);
  let code = (new URLSearchParams(location.search).get('code') || '').toUpperCase();
  let view = null;
  let readAt = 0;
  let source = null;
  let refreshing = null;
  let connected = false;
  let ballot = null; // the brainstorm ballot being filled in: idea id -> dots
  let ranking = null; // the ranked ballot being filled in: idea ids, best first
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
        await api('POST', '/api/rooms/' + encodeURIComponent(code) + '/join', { name: $('join-name').value });
        history.replaceState(null, '', '?code=' + encodeURIComponent(code));
        ok();
        await refresh();
      } catch (e) { fail(e); }
    });
    $('note-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = taken('note-text');
      if (await send('notes', { text: f.values[0], anonymous: $('note-anonymous').checked })) {
        f.clear(); $('note-anonymous').checked = false; $('note-sent').textContent = t('me.sent');
      }
    });
    $('brief-form').addEventListener('submit', async ev => { ev.preventDefault(); const f = taken('brief-text'); if (await send('briefings', { text: f.values[0] })) f.clear(); });
    $('harvest-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = taken('harvest-text');
      if (await send('harvest-items', { kind: $('harvest-kind').value, text: f.values[0] })) f.clear();
    });
    // Leaving frees the name: the server says the person leaves, releases the claim and drops this phone's token.
    $('leave').addEventListener('click', async () => {
      try {
        await api('POST', '/api/rooms/' + encodeURIComponent(code) + '/release', {});
        if (source) { source.close(); source = null; }
        ok(); $('left').classList.remove('hidden');
        await refresh();
      } catch (e) { fail(e); }
    });
    $('issue-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = taken('issue-title');
      if (await send('issues', { title: f.values[0], category: $('issue-category').value || null })) { f.clear(); $('issue-sent').textContent = t('me.sent'); }
    });
    $('report-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = taken('report-text', 'report-next', 'report-recommend');
      const [text, nextSteps, recommendations] = f.values.map((v, n) => n ? v.split('\n').map(x => x.trim()).filter(x => x) : v);
      if (await send('reports', { issue: $('report-issue').value, text, recommendations, nextSteps })) { f.clear(); $('report-sent').textContent = t('me.sent'); }
    });
    $('os-action-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = taken('os-action-title', 'os-action-next', 'os-action-meeting');
      const [title, nextStep, nextMeeting] = f.values;
      if (await send('actions', { title, nextStep, issue: $('os-action-issue').value || null, nextMeeting: nextMeeting || null })) { f.clear(); $('os-action-sent').textContent = t('me.sent'); }
    });
    $('idea-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = taken('idea-text');
      if (await send('ideas', { text: f.values[0], category: $('idea-category').value || null })) { f.clear(); $('idea-sent').textContent = t('me.sent'); }
    });
    $('pass-turn').addEventListener('click', () => send('commands/PassTurn'));
    $('ballot-send').addEventListener('click', async () => { if (await send('dots', { ideas: ballot })) $('ballot-sent').textContent = t('me.sent'); });
    $('ranking-send').addEventListener('click', async () => { if (await send('rankings', { ideas: ranking })) $('ranking-sent').textContent = t('me.sent'); });
    setInterval(tick, 1000);
    if (code) await refresh(); else $('join').classList.remove('hidden');
  }

  async function refresh() {
    try {
      const fresh = await api('GET', '/api/rooms/' + encodeURIComponent(code));
      // The stream's debounced reloads overlap under load: one answered late must not put an older view back.
      if (!Live.older(fresh, view)) {
        view = fresh;
        readAt = Date.now();
        render();
      }
      if (view.role === 'participant' && !source) {
        source = Live.follow(code, () => { clearTimeout(refreshing); refreshing = setTimeout(refresh, 80); }, live => { connected = live; showLive(); });
      }
    } catch (e) { $('join').classList.remove('hidden'); fail(e); }
  }

  async function send(path, body) {
    // Notes, briefings and harvest items do not depend on what the screen showed, so they carry no If-Match:
    // six people writing at once must not refuse each other.
    try { await api('POST', '/api/rooms/' + encodeURIComponent(code) + '/' + path, body); ok(); await refresh(); return true; } catch (e) { fail(e); return false; }
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
    const cafe = view.method === 'worldCafe';
    for (const id of ['seat', 'no-seat', 'next', 'write', 'brief', 'harvest', 'cloth-card', 'route-card']) if (!cafe) $(id).classList.add('hidden');
    for (const id of ['cloth-card', 'route-card']) $(id).classList.toggle('hidden', !cafe);
    for (const id of ['os-post', 'os-wall']) $(id).classList.toggle('hidden', view.method !== 'openSpace');
    if (view.method !== 'openSpace') $('os-report').classList.add('hidden');
    for (const id of ['bs-now', 'bs-list']) $(id).classList.toggle('hidden', view.method !== 'brainstorm');
    const canLeave = permitted('Leave') || permitted('Depart');
    $('leave-card').classList.toggle('hidden', !canLeave && me.present);
    $('leave').classList.toggle('hidden', !me.present || !canLeave);
    $('left').classList.toggle('hidden', me.present);
    tick();
    if (view.method === 'openSpace') return renderOpenSpace();
    if (view.method === 'brainstorm') return renderBrainstorm();
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
  }

  const category = c => { const label = t('resource.' + c); return label === 'resource.' + c ? c : label; };

  // The wall as a phone shows it: each issue with its resource, convener, place and sign-ups, and the buttons the phase allows —
  // sign up in the marketplace, "I'm here" while its slot runs (the law of two feet: moving is joining another), a dot in convergence.
  function renderOpenSpace() {
    $('os-post').classList.toggle('hidden', !permitted('PostIssue'));
    const voting = permitted('CastDot');
    $('os-dots').classList.toggle('hidden', !voting);
    $('os-dots-left').textContent = view.me.dotsLeft; $('os-dots-budget').textContent = view.dotsPerParticipant;
    const here = view.issues.find(i => i.id === view.me.in);
    $('os-where').textContent = view.slot ? (here ? t('os.youAreIn') + ' ' + here.title : t('os.chooseSession')) : '';
    const space = id => (view.spaces.find(s => s.id === id) || {}).name || id;
    const running = i => view.slot && i.cell && i.cell.slot === view.slot;
    const ordered = view.issues.slice().sort((a, b) => (running(b) ? 1 : 0) - (running(a) ? 1 : 0));
    $('os-issues').replaceChildren(...ordered.map(i => el('div', { class: 'issue note', 'data-issue': i.id, 'data-category': i.category || '' },
      el('strong', {}, i.title),
      el('div', { class: 'who' }, i.category ? category(i.category) + ' · ' : '', t('os.convener') + ' ' + i.convener.name,
        i.cell ? ' · ' + t('os.slot') + ' ' + i.cell.slot + ' · ' + space(i.cell.space) : ' · ' + t('os.noPlace'),
        ' · ' + t('os.signedUp') + ' ' + i.interested.length, i.dots ? ' · ' + t('os.dots') + ' ' + i.dots : '',
        i.scribe ? ' · ' + t('os.scribe') + ' ' + i.scribe.name : ''),
      el('div', {},
        permitted('ExpressInterest') && !i.signedUp && !i.mine ? el('button', { type: 'button', class: 'secondary', 'data-action': 'interest', onclick: () => send('interest', { issue: i.id }) }, t('os.signUp')) : null,
        i.signedUp ? el('span', { class: 'ok' }, '✓ ' + t('os.signedUpMe') + ' ') : null,
        permitted('JoinSession') && running(i) && view.me.in !== i.id ? el('button', { type: 'button', 'data-action': 'attend', onclick: () => send('attendance', { issue: i.id }) }, t('os.imHere')) : null,
        permitted('LeaveSession') && view.me.in === i.id ? el('button', { type: 'button', class: 'secondary', 'data-action': 'leave-session', onclick: () => send('attendance/leave', { issue: i.id }) }, t('os.leaveSession')) : null,
        voting ? el('button', { type: 'button', 'data-action': 'dot', disabled: view.me.dotsLeft <= 0, 'aria-label': t('os.dot') + ': ' + i.title, onclick: () => send('dots', { issue: i.id }) }, '● ' + t('os.dot')) : null,
        scribeChoice(i)),
      reportOf(i.id))));
    renderFollowUp();
    // A session that has run can be reported by its convener or scribe: the form offers those sessions only.
    const mine = view.issues.filter(i => i.mayReport);
    $('os-report').classList.toggle('hidden', !permitted('SubmitReport') || !mine.length);
    const choice = $('report-issue');
    if (choice.dataset.issues !== mine.map(i => i.id).join(' ')) {
      choice.replaceChildren(...mine.map(i => el('option', { value: i.id }, i.title)));
      choice.dataset.issues = mine.map(i => i.id).join(' ');
    }
  }

  // Action planning: each person records what they will do (with the session it comes from and when its people meet next); every
  // action item is listed, and the news of the evening and morning under it.
  function renderFollowUp() {
    const recording = permitted('RecordAction');
    const actions = view.actions || [];
    $('os-actions').classList.toggle('hidden', !recording && !actions.length);
    $('os-action-form').classList.toggle('hidden', !recording);
    const from = $('os-action-issue');
    const sources = view.issues.map(i => [i.id, i.title]).concat((view.clusters || []).map(c => [c.id, c.name]));
    const issues = sources.map(([id]) => id).join(' ');
    if (from.dataset.issues !== issues || from.dataset.lang !== Live.lang) {
      const chosen = from.value;
      from.replaceChildren(el('option', { value: '' }, t('os.noIssue')), ...sources.map(([id, title]) => el('option', { value: id }, title)));
      from.value = chosen;
      from.dataset.issues = issues;
      from.dataset.lang = Live.lang;
    }
    $('os-action-list').replaceChildren(...actions.map(a => Live.actionItem(a, view)));
    const news = view.news || [];
    $('os-news').classList.toggle('hidden', !news.length);
    $('os-news-list').replaceChildren(...news.map(Live.newsItem));
  }

  // The convener asks someone who signed up to write the session down (its scribe, who may then report it).
  function scribeChoice(i) {
    const candidates = i.mine && permitted('AppointScribe') ? i.interested.filter(p => p.id !== view.me.id && (!i.scribe || p.id !== i.scribe.id)) : [];
    if (!candidates.length) return null;
    const select = el('select', { class: 'scribe-choice', 'aria-label': t('os.scribe') }, ...candidates.map(p => el('option', { value: p.id }, p.name)));
    return el('span', {}, ' ', select, el('button', { type: 'button', class: 'secondary', 'data-action': 'appoint-scribe', onclick: () => send('scribes', { issue: i.id, participant: select.value }) }, t('os.appointScribe')));
  }

  // A session's report under its issue: the text, who sent it and its revision.
  function reportOf(issue) {
    const r = (view.reports || []).find(x => x.issue === issue);
    return r ? el('div', { class: 'report', 'data-issue': issue }, el('div', {}, r.text), Live.reportLists(r),
      el('div', { class: 'who' }, t('os.reportBy') + ' ' + (r.by ? r.by.name : t('facilitator')) + ' · ' + t('os.revision') + ' ' + r.revision)) : null;
  }

  function renderBrainstorm() {
    const c = view.current;
    $('bs-now').textContent = (view.prompt || '') + (c ? ' · ' + t('technique.' + c.technique) + (c.pass ? ' · ' + t('bs.pass') + ' ' + c.pass : '')
      + (c.step ? ' · ' + t('step.' + c.step) : '') + (c.turnOf ? ' · ' + (c.myTurn ? t('bs.yourTurn') : t('bs.turnOf') + ' ' + c.turnOf.name) : '') : '');
    $('bs-write').classList.toggle('hidden', !permitted('AddIdea'));
    $('bs-anonymous').classList.toggle('hidden', !(c && c.anonymous));
    $('idea-category-field').classList.toggle('hidden', !view.categories.length);
    if ($('idea-category').options.length !== view.categories.length + 1 || $('idea-category').dataset.lang !== Live.lang) {
      $('idea-category').replaceChildren(el('option', { value: '' }, t('os.noCategory')), ...view.categories.map(k => el('option', { value: k }, category(k))));
      $('idea-category').dataset.lang = Live.lang;
    }
    $('pass-turn').classList.toggle('hidden', !(permitted('PassTurn') && c && c.myTurn));
    const voting = permitted('CastDots');
    $('bs-vote').classList.toggle('hidden', !voting);
    if (voting) {
      if (!ballot) { ballot = {}; for (const i of view.ideas) if (i.myDots) ballot[i.id] = i.myDots; }
      const used = Object.values(ballot).reduce((a, b) => a + b, 0);
      $('bs-dots-left').textContent = view.dotsPerPerson - used; $('bs-dots-budget').textContent = view.dotsPerPerson;
      const onBallot = view.ideas.filter(i => view.ballot.includes(i.id));
      $('bs-ballot').replaceChildren(...onBallot.map(i => el('li', { class: 'ballot-line', 'data-id': i.id },
        el('span', {}, i.text), ' ',
        el('button', { type: 'button', class: 'secondary', 'aria-label': t('bs.removeDot') + ': ' + i.text, disabled: !(ballot[i.id] > 0), onclick: () => { ballot[i.id] = (ballot[i.id] || 0) - 1; render(); } }, '−'),
        el('strong', { class: 'count' }, String(ballot[i.id] || 0)),
        el('button', { type: 'button', class: 'secondary', 'aria-label': t('bs.addDot') + ': ' + i.text, onclick: () => { ballot[i.id] = (ballot[i.id] || 0) + 1; render(); } }, '+'))));
      $('bs-dots-left').classList.toggle('soon', used > view.dotsPerPerson);
    } else ballot = null;
    const ranked = permitted('CastRanking');
    $('bs-rank').classList.toggle('hidden', !ranked);
    if (ranked) {
      if (!ranking) ranking = view.myRanking.slice();
      const text = id => (view.ideas.find(i => i.id === id) || {}).text || id;
      const move = (from, to) => { ranking.splice(to, 0, ranking.splice(from, 1)[0]); render(); };
      $('bs-rank-budget').textContent = view.rankedChoices;
      $('bs-my-ranking').replaceChildren(...ranking.map((id, n) => el('li', { class: 'ranked', 'data-id': id }, el('strong', { class: 'count' }, (n + 1) + '.'), el('span', {}, text(id)), ' ',
        el('button', { type: 'button', class: 'secondary', 'aria-label': t('bs.rankUp') + ': ' + text(id), disabled: n === 0, onclick: () => move(n, n - 1) }, '↑'),
        el('button', { type: 'button', class: 'secondary', 'aria-label': t('bs.rankRemove') + ': ' + text(id), onclick: () => { ranking.splice(n, 1); render(); } }, '×'))));
      $('bs-rank-choices').replaceChildren(...view.ballot.filter(id => !ranking.includes(id)).map(id => el('li', { class: 'rank-choice', 'data-id': id },
        el('button', { type: 'button', class: 'secondary', 'aria-label': t('bs.rankAdd') + ': ' + text(id), disabled: ranking.length >= view.rankedChoices,
          onclick: () => { ranking.push(id); render(); } }, '+'), ' ', el('span', {}, text(id)))));
      $('ranking-send').disabled = !ranking.length;
    } else ranking = null;
    Live.showDecision(view, $('bs-decided'), $('bs-decided-chosen'), $('bs-decided-note'));
    $('bs-phone-ideas').replaceChildren(...view.ideas.slice().reverse().map(i => el('div', { class: 'note idea', 'data-id': i.id, 'data-anonymous': i.author ? null : 'true' },
      el('div', {}, i.text),
      el('div', { class: 'who' }, 'R' + i.round, i.category ? ' · ' + category(i.category) : '', ' · ', i.author ? i.author.name : t('anonymous')),
      i.clarifications.length ? el('ul', { class: 'clarifications' }, i.clarifications.map(c => el('li', {}, c))) : null)));
  }

  start();
})();
