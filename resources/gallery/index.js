// The model browser. Cards are built once with textContent (never innerHTML: the data is
// untrusted); searching, filtering and sorting only hide, show and reorder them.
(function () {
  'use strict';
  var data = window.CDM_GALLERY || { models: [] };
  var models = data.models;
  var MISSING = qsTr('Missing from Civitai');
  var LINKED = qsTr('Linked by hand');
  // The model's mode on Civitai: archived ones offer no downloads, taken-down ones no images.
  var MODES = { archived: qsTr('Archived on Civitai'), taken_down: qsTr('Taken down on Civitai') };
  var format = CDM.format, number = CDM.number, date = CDM.date, formatSize = CDM.size;

  var SORTS = [
    ['added-desc', qsTr('Date added (newest)'), function (m) { return m.added || ''; }, -1],
    ['added-asc', qsTr('Date added (oldest)'), function (m) { return m.added || ''; }, 1],
    ['downloads-desc', qsTr('Downloads (most)'), function (m) { return m.downloads; }, -1],
    ['downloads-asc', qsTr('Downloads (fewest)'), function (m) { return m.downloads; }, 1],
    ['name-asc', qsTr('Name (A–Z)'), function (m) { return (m.name + ' ' + (m.version || '')).toLowerCase(); }, 1],
    ['name-desc', qsTr('Name (Z–A)'), function (m) { return (m.name + ' ' + (m.version || '')).toLowerCase(); }, -1],
    ['creator-asc', qsTr('Creator (A–Z)'), function (m) { return (m.creator || '').toLowerCase(); }, 1],
    ['creator-desc', qsTr('Creator (Z–A)'), function (m) { return (m.creator || '').toLowerCase(); }, -1],
    ['size-desc', qsTr('File size (largest)'), function (m) { return m.size; }, -1],
    ['size-asc', qsTr('File size (smallest)'), function (m) { return m.size; }, 1]
  ];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function safeHref(url) { return /^https?:\/\//i.test(url || '') ? url : ''; }
  function groupOf(m) { return m.missing ? MISSING : m.type; } // GalleryWriter names untyped ones

  function buildCard(m) {
    var card = el('article', 'card');
    if (m.cover) {
      var cover = el('a', 'cover' + (m.nsfw >= 4 ? ' nsfw' : ''));
      cover.href = m.page;
      var media;
      if (m.coverVideo) {
        media = el('video');
        media.muted = true; media.loop = true; media.preload = 'none'; media.playsInline = true;
        media.src = m.cover;
        cover.addEventListener('mouseenter', function () { media.play().catch(function () {}); });
        cover.addEventListener('mouseleave', function () { media.pause(); });
      } else {
        media = el('img');
        media.loading = 'lazy';
        media.alt = '';
        media.src = m.cover;
      }
      // A damaged preview file leaves the cover's plain background, not a broken-image icon.
      media.addEventListener('error', function () { cover.classList.add('broken'); });
      cover.appendChild(media);
      card.appendChild(cover);
    }
    var body = el('div', 'body');
    var title = el('a', 'title', m.name + (m.version ? ' – ' + m.version : ''));
    title.href = m.page;
    body.appendChild(title);
    if (m.update) {
      // An early-access or paid version links its page, which says how to get it.
      var badge = el('a', 'badge update', format(qsTr('New version: %1'), m.update.name) +
                     (m.update.notice ? ' (' + m.update.notice + ')' : ''));
      var href = safeHref(m.update.url);
      if (href) { badge.href = href; badge.rel = 'noopener noreferrer'; }
      body.appendChild(badge);
    }
    if (m.missing) body.appendChild(el('span', 'badge missing', MISSING));
    if (m.linked) body.appendChild(el('span', 'badge linked', LINKED));
    if (m.source === 'civarchive') body.appendChild(el('span', 'badge source', qsTr('From CivArchive')));
    if (m.removed) body.appendChild(removedBadge(m));
    if (Object.prototype.hasOwnProperty.call(MODES, m.mode)) body.appendChild(el('span', 'badge mode', MODES[m.mode]));
    var meta = [m.type, m.base, m.creator && format(qsTr('by %1'), m.creator)].filter(Boolean).join(' · ');
    body.appendChild(el('div', 'meta', meta));
    var numbers = [m.downloads >= 0 ? format(qsTr('%1 downloads'), number(m.downloads)) : '', formatSize(m.size),
                   m.added ? format(qsTr('added %1'), date(m.added)) : ''].filter(Boolean).join(' · ');
    body.appendChild(el('div', 'meta', numbers));
    body.appendChild(el('div', 'meta', m.file));
    if (m.triggers && m.triggers.length) {
      var triggers = el('div', 'chips');
      m.triggers.forEach(function (word) {
        var chip = el('button', 'chip copy', word);
        chip.type = 'button';
        chip.setAttribute('data-copy', word);
        chip.title = qsTr('Copy');
        triggers.appendChild(chip);
      });
      body.appendChild(triggers);
    }
    var links = el('div', 'links');
    // "site": the host that knows the model, when not civitai.com (models.js leaves that out).
    var site = (m.site || 'https://civitai.com').replace(/\/+$/, '');
    var civitai = m.modelId > 0 ? site + '/models/' + Number(m.modelId) +
      (m.versionId > 0 ? '?modelVersionId=' + Number(m.versionId) : '') : '';
    // Without "download" the card has Civitai's usual address (models.js leaves it out).
    var download = m.download !== undefined ? m.download
      : (m.versionId > 0 ? 'https://civitai.com/api/download/models/' + Number(m.versionId) : '');
    [[civitai, 'Civitai'], [download, qsTr('Download')]].forEach(function (pair) {
      var url = safeHref(pair[0]);
      if (!url) return;
      var a = el('a', null, pair[1]);
      a.href = url; a.rel = 'noopener noreferrer';
      links.appendChild(a);
    });
    body.appendChild(links);
    card.appendChild(body);
    return card;
  }

  // Removed from Civitai (file_history.json): the date it was last seen there.
  function removedBadge(m) {
    return el('span', 'badge removed', format(qsTr('Removed from Civitai · last seen %1'), m.removed));
  }

  function haystack(m) {
    return [m.name, m.version, m.file, m.creator, m.base, m.type].concat(m.tags || [], m.triggers || [])
      .join('\n').toLowerCase();
  }

  // Comfortable or compact cards, remembered; placed before `before` among the controls.
  function densityChoice(before) {
    var select = el('select');
    select.id = 'density';
    select.setAttribute('aria-label', qsTr('Card size'));
    select.appendChild(new Option(qsTr('Comfortable cards'), 'comfortable'));
    select.appendChild(new Option(qsTr('Compact cards'), 'compact'));
    select.value = CDM.stored('cdm.density') === 'compact' ? 'compact' : 'comfortable';
    before.parentNode.insertBefore(select, before);
    return select;
  }
  function fillSelect(select, values) {
    values.forEach(function (value) { select.appendChild(new Option(value, value)); });
  }
  function distinct(key) {
    var seen = {};
    models.forEach(function (m) { if (m[key]) seen[m[key]] = true; });
    return Object.keys(seen).sort(function (a, b) { return a.localeCompare(b); });
  }

  function overview(container) {
    var byType = {}, byBase = {}, missing = 0, updates = 0, duplicates = data.duplicates || 0;
    models.forEach(function (m) {
      var type = groupOf(m), base = m.base || qsTr('Unknown');
      byType[type] = byType[type] || { count: 0, size: 0 };
      byType[type].count++; byType[type].size += Math.max(0, m.size || 0);
      byBase[base] = byBase[base] || { count: 0, size: 0 };
      byBase[base].count++; byBase[base].size += Math.max(0, m.size || 0);
      if (m.missing) missing++;
      if (m.update) updates++;
    });
    container.appendChild(el('p', null, format(qsTr('Models: %1 · Missing from Civitai: %2 · Duplicates: %3 · Newer version available: %4'),
                                               number(models.length), number(missing), number(duplicates), number(updates))));
    // Damaged or truncated files are no models: named here, never in the grid or its count.
    if (data.unreadable && data.unreadable.length)
      container.appendChild(el('p', 'unreadable', format(qsTr('Files that could not be read (damaged or truncated), not shown: %1'),
                                                         data.unreadable.join(', '))));
    var available = document.getElementById('overview').clientWidth - 34; // its padding and border
    [[qsTr('By type'), byType], [qsTr('By base model'), byBase]].forEach(function (pair) {
      container.appendChild(el('h3', null, pair[0]));
      container.appendChild(chart(pair[1], available));
    });
  }
  // Drawn at the width it has (at most 760 px), so that its 12 px text stays 12 px on a phone.
  function chart(table, available) {
    var ns = 'http://www.w3.org/2000/svg';
    var keys = Object.keys(table).sort(function (a, b) { return table[b].count - table[a].count; });
    var max = Math.max.apply(null, keys.map(function (k) { return table[k].count; }).concat([1]));
    var rowHeight = 22, width = Math.max(280, Math.min(760, available || 760));
    var label = Math.min(180, Math.round(width * 0.4)), valueRoom = width < 500 ? 100 : 170;
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (keys.length * rowHeight + 4));
    svg.setAttribute('width', width);
    svg.setAttribute('role', 'img');
    keys.forEach(function (key, i) {
      var y = i * rowHeight + 2;
      var name = document.createElementNS(ns, 'text');
      name.setAttribute('x', 0); name.setAttribute('y', y + 15); name.textContent = key;
      var bar = document.createElementNS(ns, 'rect');
      var length = Math.max(2, (width - label - valueRoom) * table[key].count / max);
      bar.setAttribute('x', label); bar.setAttribute('y', y + 3);
      bar.setAttribute('width', length); bar.setAttribute('height', rowHeight - 8); bar.setAttribute('rx', 3);
      var value = document.createElementNS(ns, 'text');
      value.setAttribute('x', label + length + 6); value.setAttribute('y', y + 15);
      value.textContent = number(table[key].count) + ' · ' + formatSize(table[key].size);
      svg.appendChild(name); svg.appendChild(bar); svg.appendChild(value);
    });
    return svg;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var groupsNode = document.getElementById('groups');
    var search = document.getElementById('search'), sort = document.getElementById('sort');
    var typeFilter = document.getElementById('type'), baseFilter = document.getElementById('base');
    var creatorFilter = document.getElementById('creator'), updatesOnly = document.getElementById('updates');
    var covers = document.getElementById('covers'), blur = document.getElementById('blur');
    var empty = document.getElementById('empty'), countNode = document.getElementById('count');
    var header = document.querySelector('header'), filtersToggle = document.getElementById('filters-toggle');
    var controls = document.getElementById('controls');
    var removedOnly = document.getElementById('removed');
    removedOnly.checked = window.location.hash === '#removed'; // a link to the removed models

    SORTS.forEach(function (s) { sort.appendChild(new Option(s[1], s[0])); });
    sort.value = CDM.stored('cdm.sort') || 'downloads-desc'; // the seed's default order
    if (!sort.value) sort.value = 'downloads-desc';
    fillSelect(typeFilter, distinct('type'));
    fillSelect(baseFilter, distinct('base'));
    fillSelect(creatorFilter, distinct('creator'));
    covers.checked = CDM.stored('cdm.covers') !== 'off';
    var density = densityChoice(covers.parentNode);
    blur.checked = CDM.stored('cdm.blur') !== 'off';
    var overviewNode = document.getElementById('overview');
    // The models come first: the overview is folded unless the visitor left it open.
    overviewNode.open = CDM.stored('cdm.overview') === 'open';
    overviewNode.addEventListener('toggle', function () { CDM.store('cdm.overview', overviewNode.open ? 'open' : 'closed'); });
    overview(document.getElementById('overview-body'));

    // One group per type (plus the missing ones), biggest first; cards built once.
    var groups = {};
    models.forEach(function (m) {
      var name = groupOf(m);
      if (!groups[name]) {
        var section = el('section', 'group');
        var heading = el('h2', null, name + ' ');
        var count = el('span', 'count');
        heading.appendChild(count);
        section.appendChild(heading);
        var cards = el('div', 'cards');
        section.appendChild(cards);
        groups[name] = { name: name, section: section, count: count, cards: cards, items: [] };
      }
      groups[name].items.push({ model: m, card: null, text: haystack(m) });
    });
    var ordered = Object.keys(groups).map(function (k) { return groups[k]; }).sort(function (a, b) {
      if (a.name === MISSING) return 1;
      if (b.name === MISSING) return -1;
      return b.items.length - a.items.length;
    });
    var noscript = groupsNode.querySelector('noscript');
    if (noscript) noscript.remove();
    ordered.forEach(function (g) { groupsNode.appendChild(g.section); });

    // Cards are built and attached a page at a time as the visitor scrolls: a collection of
    // 10,000 models stays quick to open and to search.
    var PAGE = 60;
    var queue = [], rendered = 0, observer = null;
    var sentinel = el('div', 'sentinel');
    groupsNode.parentNode.insertBefore(sentinel, groupsNode.nextSibling);

    function applySort() {
      var spec = SORTS.filter(function (s) { return s[0] === sort.value; })[0] || SORTS[2];
      ordered.forEach(function (g) {
        g.items.sort(function (a, b) {
          var x = spec[2](a.model), y = spec[2](b.model);
          if (x === y) return a.model.name.localeCompare(b.model.name);
          if (x === null || x === undefined || x === '' || x < 0) return 1;
          if (y === null || y === undefined || y === '' || y < 0) return -1;
          return (x < y ? -1 : 1) * spec[3];
        });
      });
      applyFilter();
    }
    function renderMore() {
      var end = Math.min(queue.length, rendered + PAGE);
      for (var i = rendered; i < end; ++i) {
        var g = queue[i][0], item = queue[i][1];
        if (!item.card) item.card = buildCard(item.model);
        g.cards.appendChild(item.card);
        g.section.hidden = false;
      }
      rendered = end;
      sentinel.hidden = rendered >= queue.length;
      if (observer && !sentinel.hidden) {
        // Observing again reports whether the sentinel is still in reach after the new cards.
        observer.unobserve(sentinel);
        observer.observe(sentinel);
      }
    }
    function applyFilter() {
      var terms = search.value.toLowerCase().split(',').map(function (t) { return t.trim(); }).filter(Boolean);
      queue = [];
      ordered.forEach(function (g) {
        var shown = 0;
        g.items.forEach(function (item) {
          var m = item.model;
          var visible = (!typeFilter.value || m.type === typeFilter.value) && (!baseFilter.value || m.base === baseFilter.value) &&
            (!creatorFilter.value || m.creator === creatorFilter.value) && (!updatesOnly.checked || !!m.update) &&
            (!removedOnly.checked || !!m.removed) &&
            terms.every(function (t) { return item.text.indexOf(t) !== -1; });
          if (visible) { queue.push([g, item]); shown++; }
        });
        g.count.textContent = '(' + number(shown) + ')';
        g.cards.textContent = '';
        g.section.hidden = true; // shown when its first card is
      });
      rendered = 0;
      renderMore();
      empty.hidden = queue.length !== 0;
      countNode.textContent = queue.length !== models.length ? format(qsTr('%1 of %2 models'), number(queue.length), number(models.length))
        : models.length === 1 ? qsTr('1 model') : format(qsTr('%1 models'), number(models.length));
      // Folded on a phone, the filters still say that they narrow the list.
      var active = [typeFilter.value, baseFilter.value, creatorFilter.value, updatesOnly.checked, removedOnly.checked].filter(Boolean).length;
      filtersToggle.textContent = active ? format(qsTr('Filters (%1)'), active) : qsTr('Filters');
    }
    if ('IntersectionObserver' in window) {
      observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) renderMore();
      }, { rootMargin: '1200px' });
      observer.observe(sentinel);
    } else {
      PAGE = Infinity;
    }
    function applyToggles() {
      document.body.classList.toggle('compact', density.value === 'compact');
      CDM.store('cdm.density', density.value);
      document.body.classList.toggle('no-covers', !covers.checked);
      document.body.classList.toggle('blur', blur.checked);
      CDM.store('cdm.covers', covers.checked ? 'on' : 'off');
      CDM.store('cdm.blur', blur.checked ? 'on' : 'off');
    }

    sort.addEventListener('change', function () { CDM.store('cdm.sort', sort.value); applySort(); });
    [search, typeFilter, baseFilter, creatorFilter, updatesOnly, removedOnly].forEach(function (input) {
      input.addEventListener('input', applyFilter);
      input.addEventListener('change', applyFilter);
    });
    [covers, blur, density].forEach(function (input) { input.addEventListener('change', applyToggles); });
    function showControls(open) {
      header.classList.toggle('filters-open', open);
      filtersToggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    filtersToggle.addEventListener('click', function () {
      showControls(filtersToggle.getAttribute('aria-expanded') !== 'true');
    });
    controls.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || filtersToggle.getAttribute('aria-expanded') !== 'true') return;
      showControls(false);
      filtersToggle.focus();
    });
    applyToggles();
    applySort();
    document.body.setAttribute('data-ready', 'true');
  });
})();
