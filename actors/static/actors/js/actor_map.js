/*
 * actor_map.js — the actor map of /carte/, a progressive enhancement of its filter form.
 *
 * Without JavaScript the page is a GET form and a server-rendered, paginated list. With it:
 *   - the map (hidden until now) is drawn from /api/actors.geojson?bbox=…&zoom=…&<filters>:
 *     server clusters become count bubbles (a click zooms in), actors become markers
 *     (grouped by Leaflet.markercluster when they overlap) with a popup linking to their card;
 *   - the list beside the map is re-rendered by the server for the area shown
 *     (/carte/?format=fragment&bbox=…&<filters>) and its count announced in a live region;
 *   - filters apply without reloading; filters and viewport (lat, lng, z) are kept in the URL
 *     (history.replaceState) so a view can be shared, and restored from it on load;
 *   - "Autour de moi" (browser geolocation) and "Près d'une adresse" (/api/geocode, our own
 *     server, which asks the national address service) move the map.
 *
 * Plain ES2017, no build step, no globals defined; reads window.L (Leaflet, and optionally
 * Leaflet.markercluster, loaded before this file). CSP-friendly: no inline script or style,
 * no eval, untrusted text only through textContent; the list fragment is our server's own
 * escaped HTML, parsed with DOMParser (which runs no script) and moved into the page.
 * French messages come from the page (#carte-messages, translated by Django).
 */
(function () {
  'use strict';

  var MAX_ZOOM = 19; // finite, for L.markerClusterGroup
  var MIN_ZOOM = 2;
  var LOCATE_ZOOM = 14;
  var ADDRESS_ZOOM = 16;
  var COMMUNE_ZOOM = 13;
  var MOVE_DELAY = 250; // ms after the last moveend before asking the server
  var TYPE_DELAY = 500; // ms after the last keystroke in the search field
  var FIT_PADDING = [40, 40];
  var STATE_KEYS = ['lat', 'lng', 'z', 'page'];

  var DEFAULT_MESSAGES = {
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    clusterLabel: '{count} acteurs : zoomer sur ce groupe',
    actorsSuffix: ' acteurs',
    chosenOne: '({count} choisi)',
    chosenMany: '({count} choisis)',
    mapError: 'La carte n’a pas pu être mise à jour. Réessayez dans un moment.',
    listError: 'La liste n’a pas pu être mise à jour. Réessayez dans un moment.',
    locating: 'Recherche de votre position…',
    located: 'Carte centrée sur votre position.',
    geolocationDenied: 'Vous n’avez pas autorisé la géolocalisation : cherchez plutôt une adresse.',
    geolocationFailed: 'Votre position n’a pas pu être déterminée : cherchez plutôt une adresse.',
    geolocationUnsupported: 'Votre navigateur ne permet pas la géolocalisation : cherchez plutôt une adresse.',
    addressTooShort: 'Saisissez au moins 2 caractères.',
    searching: 'Recherche de l’adresse…',
    addressFound: 'Carte centrée sur : {label}',
    addressNotFound: 'Adresse introuvable',
    addressError: 'La recherche d’adresse n’a pas abouti. Réessayez dans un moment.',
    yourPosition: 'Votre position',
  };

  // --- small helpers --------------------------------------------------------------------

  function readMessages() {
    var messages = Object.assign({}, DEFAULT_MESSAGES);
    var island = document.getElementById('carte-messages');
    if (island) {
      try {
        var data = JSON.parse(island.textContent || '{}');
        Object.keys(data).forEach(function (key) {
          if (typeof data[key] === 'string') {
            messages[key] = data[key];
          }
        });
      } catch (err) {
        console.warn('actor_map: invalid JSON in #carte-messages', err);
      }
    }
    return messages;
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (match, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
    });
  }

  function debounce(fn, delay) {
    var timer = null;
    return function () {
      var args = arguments;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        fn.apply(null, args);
      }, delay);
    };
  }

  // Only http(s) links; one on this very host becomes relative (keeps the current port).
  function localHref(url) {
    if (!url) {
      return null;
    }
    try {
      var parsed = new URL(String(url), document.baseURI);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        return null;
      }
      if (parsed.hostname === window.location.hostname) {
        return parsed.pathname + parsed.search + parsed.hash;
      }
      return parsed.href;
    } catch (err) {
      return null;
    }
  }

  function finite(value, min, max) {
    var number = Number(value);
    return value !== null && value !== '' && Number.isFinite(number) && number >= min && number <= max
      ? number
      : null;
  }

  function readViewport(params) {
    var lat = finite(params.get('lat'), -85, 85);
    var lng = finite(params.get('lng'), -180, 180);
    var zoom = finite(params.get('z'), MIN_ZOOM, MAX_ZOOM);
    if (lat === null || lng === null || zoom === null) {
      return null;
    }
    return { center: [lat, lng], zoom: Math.round(zoom) };
  }

  function collapse(text) {
    return (text || '').replace(/\s+/g, ' ').trim();
  }

  // --- the map page ---------------------------------------------------------------------

  function ActorMap(element, L) {
    this.L = L;
    this.element = element;
    this.messages = readMessages();
    this.form = document.querySelector('[data-actor-filters]');
    this.layout = document.querySelector('[data-map-layout]');
    this.resultsContainer = document.querySelector('[data-results-container]');
    this.announcer = document.querySelector('[data-results-announce]');
    this.tools = document.querySelector('[data-map-tools]');
    this.status = document.querySelector('[data-map-status]');
    this.apiUrl = element.getAttribute('data-api-url');
    this.listUrl = element.getAttribute('data-list-url');
    this.geocodeUrl = element.getAttribute('data-geocode-url');
    this.embed = element.getAttribute('data-embed') === 'true';
    this.page = Math.max(1, parseInt(new URLSearchParams(window.location.search).get('page'), 10) || 1);
    // A shared URL sorted by distance (``pres``) stays so; the form does not carry it.
    this.place = /^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?$/.test(new URLSearchParams(window.location.search).get('pres') || '')
      ? new URLSearchParams(window.location.search).get('pres')
      : '';
    this.generation = 0;
    this.controller = null;
    this.firstLoad = true;
    this.territoryNames = this.readTerritoryNames();
  }

  ActorMap.prototype.readTerritoryNames = function () {
    var names = {};
    var select = document.getElementById('champ-territory');
    if (select) {
      Array.prototype.forEach.call(select.options, function (option) {
        if (option.value) {
          names[option.value] = option.textContent;
        }
      });
    }
    return names;
  };

  ActorMap.prototype.start = function () {
    var L = this.L;
    var self = this;
    this.element.hidden = false;
    var root = this.element.closest('.map-page');
    if (root) {
      root.classList.add('map-page--enhanced');
    }
    if (this.layout) {
      this.layout.classList.add('map-layout--with-map');
    }
    if (this.tools) {
      this.tools.hidden = false;
    }

    var map = L.map(this.element, {
      maxZoom: MAX_ZOOM,
      minZoom: MIN_ZOOM,
      keyboard: true,
      zoomControl: false,
    });
    this.map = map;
    L.control.zoom({ zoomInTitle: this.messages.zoomIn, zoomOutTitle: this.messages.zoomOut }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
    var tilesUrl = (this.element.getAttribute('data-tiles-url') || '').trim();
    if (tilesUrl) {
      L.tileLayer(tilesUrl, {
        attribution: this.element.getAttribute('data-tiles-attribution') || '',
        maxZoom: MAX_ZOOM,
      }).addTo(map);
    } else {
      this.element.classList.add('actor-map--no-tiles');
    }

    var iconPath = (this.element.getAttribute('data-icon-path') || '').trim();
    if (iconPath && iconPath.charAt(iconPath.length - 1) !== '/') {
      iconPath += '/';
    }
    if (iconPath) {
      L.Icon.Default.imagePath = iconPath;
    }
    this.icon = new L.Icon.Default(iconPath ? { imagePath: iconPath } : {});

    this.clusterLayer = L.featureGroup().addTo(map);
    this.markerLayer = typeof L.markerClusterGroup === 'function'
      ? L.markerClusterGroup({
        showCoverageOnHover: false,
        maxClusterRadius: 40,
        iconCreateFunction: function (cluster) {
          return self.bubbleIcon(cluster.getChildCount());
        },
      })
      : L.featureGroup();
    this.markerLayer.addTo(map);
    this.placeLayer = L.featureGroup().addTo(map);

    this.restoreViewport();
    map.on('moveend', debounce(function () {
      self.page = 1;
      self.refresh();
    }, MOVE_DELAY));
    map.on('popupopen', function (event) {
      self.highlight(event.popup._source && event.popup._source.actorId, true);
    });
    map.on('popupclose', function (event) {
      self.highlight(event.popup._source && event.popup._source.actorId, false);
    });

    if (typeof window.ResizeObserver === 'function') {
      new window.ResizeObserver(function () {
        map.invalidateSize();
      }).observe(this.element);
    }

    this.bindFilters();
    this.bindPagination();
    this.bindTools();
    this.element.classList.add('actor-map--ready');
    if (document.querySelector('.form-errors')) {
      // The server said which filter is wrong: keep its message (and an empty map) until
      // the visitor changes something; the URL keeps what was asked meanwhile.
      this.firstLoad = false;
      return;
    }
    this.refresh();
  };

  ActorMap.prototype.restoreViewport = function () {
    var L = this.L;
    var fromUrl = readViewport(new URLSearchParams(window.location.search));
    if (fromUrl) {
      this.map.setView(fromUrl.center, fromUrl.zoom);
      return;
    }
    var bounds = (this.element.getAttribute('data-bounds') || '').split(',').map(Number);
    if (bounds.length === 4 && bounds.every(Number.isFinite)) {
      this.map.fitBounds(L.latLngBounds([bounds[0], bounds[1]], [bounds[2], bounds[3]]), {
        padding: FIT_PADDING,
        maxZoom: 13,
      });
      return;
    }
    var center = (this.element.getAttribute('data-center') || '').split(',').map(Number);
    var zoom = finite(this.element.getAttribute('data-zoom'), MIN_ZOOM, MAX_ZOOM);
    if (center.length === 2 && center.every(Number.isFinite) && zoom !== null) {
      this.map.setView(center, zoom);
    } else {
      this.map.setView([46.6, 2.4], 6);
    }
  };

  // --- parameters and URL ---------------------------------------------------------------

  ActorMap.prototype.filterParams = function () {
    var params = new URLSearchParams();
    if (!this.form) {
      return params;
    }
    new FormData(this.form).forEach(function (value, key) {
      if (typeof value === 'string' && value.trim() !== '') {
        params.append(key, value.trim());
      }
    });
    return params;
  };

  ActorMap.prototype.bboxParam = function () {
    var bounds = this.map.getBounds();
    var west = Math.max(-180, bounds.getWest());
    var south = Math.max(-90, bounds.getSouth());
    var east = Math.min(180, bounds.getEast());
    var north = Math.min(90, bounds.getNorth());
    return [west, south, east, north].map(function (value) {
      return value.toFixed(5);
    }).join(',');
  };

  ActorMap.prototype.saveState = function () {
    var params = this.filterParams();
    var center = this.map.getCenter();
    params.set('lat', center.lat.toFixed(5));
    params.set('lng', center.lng.toFixed(5));
    params.set('z', String(this.map.getZoom()));
    if (this.place) {
      params.set('pres', this.place);
    }
    if (this.page > 1) {
      params.set('page', String(this.page));
    }
    var query = params.toString();
    // The cards' « Retour à la carte » come back to this view, filters and all.
    this.backQuery = query;
    this.linkBack();
    var url = window.location.pathname + (query ? '?' + query : '') + window.location.hash;
    try {
      window.history.replaceState(window.history.state, '', url);
    } catch (err) {
      // Some sandboxed iframes refuse it: the map still works.
    }
    var fullPage = document.querySelector('[data-full-page-link]');
    if (fullPage) {
      var shared = new URLSearchParams(params);
      shared.delete('embed');
      var sharedQuery = shared.toString();
      fullPage.setAttribute('href', window.location.pathname + (sharedQuery ? '?' + sharedQuery : ''));
    }
  };

  ActorMap.prototype.cardHref = function (href) {
    return this.backQuery && !this.embed ? href + '?retour=' + encodeURIComponent(this.backQuery) : href;
  };

  ActorMap.prototype.linkBack = function () {
    var self = this;
    document.querySelectorAll('[data-actor-link]').forEach(function (link) {
      link.setAttribute('href', self.cardHref(link.getAttribute('data-actor-link')));
    });
  };

  // --- loading --------------------------------------------------------------------------

  ActorMap.prototype.refresh = function () {
    if (this.controller) {
      this.controller.abort();
    }
    this.controller = typeof window.AbortController === 'function' ? new window.AbortController() : null;
    var generation = ++this.generation;
    var filters = this.filterParams();
    STATE_KEYS.forEach(function (key) {
      filters.delete(key);
    });
    var bbox = this.bboxParam();
    var apiParams = new URLSearchParams(filters);
    apiParams.set('bbox', bbox);
    apiParams.set('zoom', String(this.map.getZoom()));
    this.saveState();
    this.loadMarkers(apiParams, generation);
    this.loadList(filters, bbox, generation, false);
  };

  ActorMap.prototype.signal = function () {
    return this.controller ? this.controller.signal : undefined;
  };

  ActorMap.prototype.loadMarkers = function (params, generation) {
    var self = this;
    this.element.setAttribute('aria-busy', 'true');
    fetch(this.apiUrl + '?' + params.toString(), {
      signal: this.signal(),
      credentials: 'same-origin',
      headers: { Accept: 'application/geo+json, application/json' },
    })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (result) {
        if (generation !== self.generation) {
          return;
        }
        self.element.removeAttribute('aria-busy');
        if (!result.ok) {
          self.showStatus((result.data && result.data.error) || self.messages.mapError, true);
          self.draw({ features: [] });
          return;
        }
        self.draw(result.data);
      })
      .catch(function (err) {
        if (err && err.name === 'AbortError') {
          return;
        }
        if (generation === self.generation) {
          self.element.removeAttribute('aria-busy');
          self.showStatus(self.messages.mapError, true);
        }
      });
  };

  ActorMap.prototype.loadList = function (filters, bbox, generation, moveFocus) {
    var self = this;
    var params = new URLSearchParams(filters);
    params.set('format', 'fragment');
    params.set('bbox', bbox);
    if (this.place) {
      params.set('pres', this.place);
    }
    if (this.page > 1) {
      params.set('page', String(this.page));
    }
    var current = document.getElementById('resultats');
    if (current) {
      current.setAttribute('aria-busy', 'true');
    }
    fetch(this.listUrl + '?' + params.toString(), {
      signal: this.signal(),
      credentials: 'same-origin',
      headers: { Accept: 'text/html' },
    })
      .then(function (response) {
        return response.text().then(function (text) {
          // 400: the fragment says, in French, which filter is wrong.
          return { ok: response.ok || response.status === 400, text: text };
        });
      })
      .then(function (result) {
        if (generation !== self.generation) {
          return;
        }
        if (!result.ok) {
          throw new Error('list');
        }
        var parsed = new DOMParser().parseFromString(result.text, 'text/html');
        var fresh = parsed.getElementById('resultats');
        var existing = document.getElementById('resultats');
        if (!fresh || !existing) {
          throw new Error('list');
        }
        var adopted = document.importNode(fresh, true);
        existing.replaceWith(adopted);
        self.linkBack();
        if (self.resultsContainer) {
          self.resultsContainer.scrollTop = 0;
        }
        var error = adopted.getAttribute('data-error');
        var title = adopted.querySelector('#resultats-titre');
        if (!self.firstLoad || error) {
          self.announce(error || collapse(title ? title.textContent : ''));
        }
        self.firstLoad = false;
        if (moveFocus && title) {
          title.focus();
        }
      })
      .catch(function (err) {
        if (err && err.name === 'AbortError') {
          return;
        }
        if (generation === self.generation) {
          var stale = document.getElementById('resultats');
          if (stale) {
            stale.removeAttribute('aria-busy');
          }
          self.announce(self.messages.listError);
          self.showStatus(self.messages.listError, true);
        }
      });
  };

  ActorMap.prototype.announce = function (message) {
    if (!this.announcer) {
      return;
    }
    var announcer = this.announcer;
    // Emptied first, so that the same count said twice is announced twice.
    announcer.textContent = '';
    window.setTimeout(function () {
      announcer.textContent = message;
    }, 100);
  };

  ActorMap.prototype.showStatus = function (message, isError) {
    if (!this.status) {
      return;
    }
    this.status.textContent = message || '';
    this.status.classList.toggle('map-tools__status--error', Boolean(isError));
  };

  // --- drawing --------------------------------------------------------------------------

  ActorMap.prototype.bubbleIcon = function (count) {
    var size = count < 10 ? 36 : count < 100 ? 44 : 54;
    var content = document.createElement('span');
    content.textContent = String(count);
    var hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = this.messages.actorsSuffix;
    content.appendChild(hidden);
    return this.L.divIcon({ html: content, className: 'actor-cluster', iconSize: [size, size] });
  };

  ActorMap.prototype.clusterMarker = function (latLng, properties) {
    var L = this.L;
    var map = this.map;
    var count = Number(properties.count) || 0;
    var marker = L.marker(latLng, {
      icon: this.bubbleIcon(count),
      keyboard: true,
      title: format(this.messages.clusterLabel, { count: count }),
      riseOnHover: true,
    });
    marker.isCluster = true;
    marker.on('click', function () {
      var target = finite(properties.expansion_zoom, MIN_ZOOM, MAX_ZOOM);
      var box = Array.isArray(properties.bbox) ? properties.bbox.map(Number) : null;
      if (box && box.length === 4 && box.every(Number.isFinite) && (box[2] > box[0] || box[3] > box[1])) {
        map.fitBounds(L.latLngBounds([box[1], box[0]], [box[3], box[2]]), {
          padding: [40, 40],
          maxZoom: target === null ? MAX_ZOOM : Math.max(target, map.getZoom() + 1),
        });
      } else {
        map.setView(latLng, target === null ? Math.min(map.getZoom() + 2, MAX_ZOOM) : target);
      }
    });
    return marker;
  };

  ActorMap.prototype.popup = function (properties) {
    var box = document.createElement('div');
    box.className = 'actor-map__popup';
    var title = document.createElement('div');
    title.className = 'actor-map__popup-title';
    var href = localHref(properties.url);
    var name = properties.name == null ? '' : String(properties.name);
    if (href) {
      var link = document.createElement('a');
      link.setAttribute('href', this.territoryNames[properties.territory] ? href : this.cardHref(href));
      if (this.embed) {
        link.setAttribute('target', '_top');
      }
      link.textContent = name;
      title.appendChild(link);
    } else {
      title.textContent = name;
    }
    box.appendChild(title);
    var meta = [];
    if (properties.kind_label) {
      meta.push(String(properties.kind_label));
    }
    if (properties.city) {
      meta.push(String(properties.city));
    }
    if (properties.territory && this.territoryNames[properties.territory]) {
      meta.push(this.territoryNames[properties.territory]);
    }
    if (meta.length) {
      var line = document.createElement('div');
      line.className = 'actor-map__popup-meta';
      line.textContent = meta.join(' · ');
      box.appendChild(line);
    }
    var offers = Array.isArray(properties.offers) ? properties.offers : [];
    if (offers.length) {
      var list = document.createElement('ul');
      list.className = 'actor-map__popup-offers';
      list.setAttribute('aria-label', this.messages.offersLabel);
      offers.forEach(function (offer) {
        var item = document.createElement('li');
        item.className = 'tag';
        item.textContent = String(offer);
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    return box;
  };

  ActorMap.prototype.actorMarker = function (latLng, properties) {
    var name = properties.name == null ? '' : String(properties.name);
    var marker = this.L.marker(latLng, {
      icon: this.icon,
      keyboard: true,
      title: name,
      alt: properties.kind_label ? name + ' (' + properties.kind_label + ')' : name,
    });
    marker.actorId = properties.id;
    marker.bindPopup(this.popup(properties));
    return marker;
  };

  ActorMap.prototype.draw = function (data) {
    var L = this.L;
    var self = this;
    var clusters = [];
    var markers = [];
    var features = data && Array.isArray(data.features) ? data.features : [];
    features.forEach(function (feature) {
      var geometry = feature && feature.geometry;
      var coordinates = geometry && geometry.type === 'Point' ? geometry.coordinates : null;
      if (!Array.isArray(coordinates)) {
        return;
      }
      var lng = finite(coordinates[0], -180, 180);
      var lat = finite(coordinates[1], -90, 90);
      if (lat === null || lng === null) {
        return;
      }
      var properties = feature.properties || {};
      var latLng = L.latLng(lat, lng);
      if (properties.cluster) {
        clusters.push(self.clusterMarker(latLng, properties));
      } else {
        markers.push(self.actorMarker(latLng, properties));
      }
    });
    this.clusterLayer.clearLayers();
    this.markerLayer.clearLayers();
    clusters.forEach(function (marker) {
      self.clusterLayer.addLayer(marker);
    });
    if (typeof this.markerLayer.addLayers === 'function') {
      this.markerLayer.addLayers(markers);
    } else {
      markers.forEach(function (marker) {
        self.markerLayer.addLayer(marker);
      });
    }
    // Read by the browser tests, and handy when debugging.
    this.element.setAttribute('data-clusters', String(clusters.length));
    this.element.setAttribute('data-markers', String(markers.length));
  };

  ActorMap.prototype.highlight = function (actorId, on) {
    if (actorId == null) {
      return;
    }
    var card = document.querySelector('.actor-card[data-actor-id="' + String(Number(actorId)) + '"]');
    if (card) {
      card.classList.toggle('actor-card--highlight', on);
    }
  };

  // --- the form, the list's pages, the tools ----------------------------------------------

  ActorMap.prototype.updateGroupCounts = function () {
    var messages = this.messages;
    var groups = document.querySelectorAll('[data-filter-group]');
    Array.prototype.forEach.call(groups, function (group) {
      var checked = group.querySelectorAll('input[type="checkbox"]:checked').length;
      var summary = group.querySelector('summary');
      var counter = group.querySelector('.filter-group__count');
      if (!checked) {
        if (counter) {
          counter.remove();
        }
        return;
      }
      if (!counter && summary) {
        counter = document.createElement('span');
        counter.className = 'filter-group__count';
        summary.appendChild(document.createTextNode(' '));
        summary.appendChild(counter);
      }
      if (counter) {
        counter.textContent = format(checked > 1 ? messages.chosenMany : messages.chosenOne, { count: checked });
      }
    });
  };

  ActorMap.prototype.bindFilters = function () {
    var self = this;
    var form = this.form;
    if (!form) {
      return;
    }
    var apply = function () {
      self.page = 1;
      self.updateGroupCounts();
      self.refresh();
    };
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      apply();
    });
    form.addEventListener('change', function (event) {
      if (event.target && event.target.name === 'q') {
        return; // the search field applies as one types (below) or on submit
      }
      if (event.target && event.target.getAttribute('role') === 'combobox') {
        return; // the commune applies once chosen (commune_combobox.js: its hidden input)
      }
      var lat = event.target ? finite(event.target.getAttribute('data-lat'), -90, 90) : null;
      var lng = event.target ? finite(event.target.getAttribute('data-lng'), -180, 180) : null;
      if (event.target && event.target.name === 'commune' && event.target.value && lat !== null && lng !== null) {
        // A chosen commune: the map goes to it, and its move refreshes markers and list
        // (the list is of the view: left where it was, it could show none of the commune).
        self.page = 1;
        self.updateGroupCounts();
        self.map.setView([lat, lng], COMMUNE_ZOOM, { animate: false });
        return;
      }
      apply();
    });
    var search = form.querySelector('input[name="q"]');
    if (search) {
      var typed = debounce(apply, TYPE_DELAY);
      search.addEventListener('input', function () {
        var length = search.value.trim().length;
        if (length === 0 || length >= 2) {
          typed();
        }
      });
    }
    // The checkbox groups are disclosure panels over the map: closed to start with (their
    // summary counts what is checked), closed by Escape or a click elsewhere.
    var groups = form.querySelectorAll('[data-filter-group]');
    Array.prototype.forEach.call(groups, function (group) {
      if (!group.querySelector('.field__error')) {
        group.open = false;
      }
    });
    Array.prototype.forEach.call(groups, function (group) {
      group.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && group.open) {
          group.open = false;
          var summary = group.querySelector('summary');
          if (summary) {
            summary.focus();
          }
        }
      });
    });
    document.addEventListener('click', function (event) {
      Array.prototype.forEach.call(groups, function (group) {
        if (group.open && !group.contains(event.target)) {
          group.open = false;
        }
      });
    });
  };

  ActorMap.prototype.bindPagination = function () {
    var self = this;
    if (!this.resultsContainer) {
      return;
    }
    this.resultsContainer.addEventListener('click', function (event) {
      var link = event.target && event.target.closest ? event.target.closest('[data-pagination] a[data-page]') : null;
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button > 0) {
        return;
      }
      var page = parseInt(link.getAttribute('data-page'), 10);
      if (!(page >= 1)) {
        return;
      }
      event.preventDefault();
      self.page = page;
      if (self.controller) {
        self.controller.abort();
      }
      self.controller = typeof window.AbortController === 'function' ? new window.AbortController() : null;
      var generation = ++self.generation;
      var filters = self.filterParams();
      STATE_KEYS.forEach(function (key) {
        filters.delete(key);
      });
      self.saveState();
      self.loadList(filters, self.bboxParam(), generation, true);
    });
  };

  ActorMap.prototype.markPlace = function (latLng, label) {
    this.placeLayer.clearLayers();
    this.L.circleMarker(latLng, {
      radius: 9,
      weight: 3,
      color: '#a4001d',
      fillColor: '#ffffff',
      fillOpacity: 0.9,
      interactive: false,
    }).addTo(this.placeLayer);
    this.placeLabel = label;
    // The list beside the map is then sorted by distance from this place (« à 1,2 km »).
    this.place = [Number(latLng[0]).toFixed(5), Number(latLng[1]).toFixed(5)].join(',');
    this.page = 1;
  };

  ActorMap.prototype.bindTools = function () {
    var self = this;
    var messages = this.messages;
    var locate = document.querySelector('[data-locate]');
    if (locate) {
      if (!('geolocation' in navigator)) {
        locate.hidden = true;
      }
      locate.addEventListener('click', function () {
        if (!('geolocation' in navigator)) {
          self.showStatus(messages.geolocationUnsupported, true);
          return;
        }
        self.showStatus(messages.locating, false);
        navigator.geolocation.getCurrentPosition(
          function (position) {
            var latLng = [position.coords.latitude, position.coords.longitude];
            self.markPlace(latLng, messages.yourPosition);
            self.map.setView(latLng, LOCATE_ZOOM);
            self.showStatus(messages.located, false);
          },
          function (error) {
            self.showStatus(
              error && error.code === 1 ? messages.geolocationDenied : messages.geolocationFailed,
              true
            );
          },
          { enableHighAccuracy: false, timeout: 10000, maximumAge: 60000 }
        );
      });
    }

    var addressForm = document.querySelector('[data-address-form]');
    if (!addressForm || !this.geocodeUrl) {
      return;
    }
    var input = addressForm.querySelector('input[name="adresse"]');
    addressForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var query = input ? input.value.trim() : '';
      if (query.length < 2) {
        self.showStatus(messages.addressTooShort, true);
        if (input) {
          input.focus();
        }
        return;
      }
      self.showStatus(messages.searching, false);
      fetch(self.geocodeUrl + '?' + new URLSearchParams({ q: query }).toString(), {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      })
        .then(function (response) {
          return response.json().then(function (data) {
            return { ok: response.ok, data: data || {} };
          });
        })
        .then(function (result) {
          if (!result.ok) {
            self.showStatus(result.data.error || messages.addressNotFound, true);
            return;
          }
          var lat = finite(result.data.lat, -90, 90);
          var lng = finite(result.data.lng, -180, 180);
          if (lat === null || lng === null) {
            self.showStatus(messages.addressNotFound, true);
            return;
          }
          var label = result.data.label == null ? query : String(result.data.label);
          self.markPlace([lat, lng], label);
          self.map.setView([lat, lng], result.data.source === 'communes' ? COMMUNE_ZOOM : ADDRESS_ZOOM);
          self.showStatus(format(messages.addressFound, { label: label }), false);
        })
        .catch(function () {
          self.showStatus(messages.addressError, true);
        });
    });
  };

  // --- start ----------------------------------------------------------------------------

  function init() {
    var L = window.L;
    var element = document.querySelector('[data-actor-map]');
    if (!element) {
      return;
    }
    if (!L || typeof L.map !== 'function' || typeof window.fetch !== 'function' ||
        typeof window.URLSearchParams !== 'function' || typeof window.DOMParser !== 'function') {
      // The server-rendered list and form keep working.
      console.warn('actor_map: Leaflet or a browser feature is missing; the list stays as is');
      return;
    }
    try {
      new ActorMap(element, L).start();
    } catch (err) {
      console.error('actor_map: could not draw the map', err);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
