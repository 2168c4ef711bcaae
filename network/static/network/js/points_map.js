/*
 * points_map.js — draw a Leaflet map of points read from a JSON data island.
 *
 * Plain ES2017, no build step, no globals defined; reads only window.L
 * (Leaflet, and optionally Leaflet.markercluster, loaded before this file).
 * Compatible with a strict Content-Security-Policy: load it with
 * <script src="…" defer></script>, nothing inline is needed.
 *
 * Markup:
 *   <div class="points-map" data-points-map
 *        data-points-source="my-points"
 *        data-tiles-url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
 *        data-tiles-attribution="&copy; OpenStreetMap contributors"
 *        data-icon-path="/static/vendor/leaflet/images/"
 *        data-cluster="true"></div>
 *   <script type="application/json" id="my-points">
 *     {"points": [{"lat": 48.8, "lng": 2.4, "name": "…", "url": "/…", "label": "…"}]}
 *   </script>
 *
 * (With Django, {{ value|json_script:"my-points" }} produces a safe data island.)
 * An empty data-tiles-url draws the markers on a plain background (offline).
 */
(function () {
  'use strict';

  var FRANCE_CENTRE = [46.6, 2.4];
  var FRANCE_ZOOM = 5;
  var SINGLE_POINT_ZOOM = 11;
  var FIT_MAX_ZOOM = 12;
  var FIT_PADDING = [30, 30];
  var MAP_MAX_ZOOM = 19; // must be finite for L.markerClusterGroup
  var READY_CLASS = 'points-map--ready';

  function readPoints(element) {
    var sourceId = element.getAttribute('data-points-source');
    if (!sourceId) {
      return [];
    }
    var island = document.getElementById(sourceId);
    if (!island) {
      console.warn('points_map: no element with id "' + sourceId + '"');
      return [];
    }
    var data;
    try {
      data = JSON.parse(island.textContent || 'null');
    } catch (err) {
      console.warn('points_map: invalid JSON in #' + sourceId, err);
      return [];
    }
    var raw = data && Array.isArray(data.points) ? data.points : [];
    var points = [];
    raw.forEach(function (point) {
      if (!point || typeof point !== 'object') {
        return;
      }
      var lat = Number(point.lat);
      var lng = Number(point.lng);
      if (point.lat === null || point.lng === null || point.lat === '' || point.lng === '' ||
          !Number.isFinite(lat) || !Number.isFinite(lng) ||
          lat < -90 || lat > 90 || lng < -180 || lng > 180) {
        return;
      }
      points.push({
        lat: lat,
        lng: lng,
        name: point.name == null ? '' : String(point.name),
        url: point.url == null ? '' : String(point.url),
        label: point.label == null ? '' : String(point.label),
      });
    });
    return points;
  }

  // Only http(s) URLs (absolute or relative to the page) become links:
  // "javascript:", "data:" and other schemes are rejected. The URL is kept
  // as given (e.g. "/orgs/paris/" stays relative).
  function safeHref(url) {
    if (!url) {
      return null;
    }
    try {
      var parsed = new URL(url, document.baseURI);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
        return url;
      }
    } catch (err) {
      // fall through
    }
    return null;
  }

  function buildPopup(point) {
    var box = document.createElement('div');
    box.className = 'points-map__popup';
    var title = document.createElement('div');
    title.className = 'points-map__popup-title';
    var href = safeHref(point.url);
    if (href) {
      var link = document.createElement('a');
      link.setAttribute('href', href);
      link.textContent = point.name || point.url;
      title.appendChild(link);
    } else {
      title.textContent = point.name;
    }
    box.appendChild(title);
    if (point.label) {
      var label = document.createElement('div');
      label.className = 'points-map__popup-label';
      label.textContent = point.label;
      box.appendChild(label);
    }
    return box;
  }

  function initMap(element, L) {
    if (element.classList.contains(READY_CLASS) || element.hasAttribute('data-points-map-initialised')) {
      return;
    }
    element.setAttribute('data-points-map-initialised', '');

    var points = readPoints(element);

    var map = L.map(element, {
      keyboard: true,
      scrollWheelZoom: false,
      maxZoom: MAP_MAX_ZOOM,
      minZoom: 2,
      zoomControl: false,
    });
    // Leaflet's default buttons are titled in English ("Zoom in"): the pages are French.
    L.control.zoom({ zoomInTitle: 'Zoomer', zoomOutTitle: 'Dézoomer' }).addTo(map);

    var tilesUrl = (element.getAttribute('data-tiles-url') || '').trim();
    if (tilesUrl) {
      L.tileLayer(tilesUrl, {
        attribution: element.getAttribute('data-tiles-attribution') || '',
        maxZoom: MAP_MAX_ZOOM,
      }).addTo(map);
    } else {
      element.classList.add('points-map--no-tiles');
    }

    var iconOptions = {};
    var iconPath = (element.getAttribute('data-icon-path') || '').trim();
    if (iconPath) {
      if (iconPath.charAt(iconPath.length - 1) !== '/') {
        iconPath += '/';
      }
      // Set explicitly rather than relying on detection from leaflet.css.
      L.Icon.Default.imagePath = iconPath;
      iconOptions.imagePath = iconPath;
    }
    var icon = new L.Icon.Default(iconOptions);

    var useCluster = element.getAttribute('data-cluster') === 'true' &&
      typeof L.markerClusterGroup === 'function';
    var group = useCluster ? L.markerClusterGroup() : L.featureGroup();

    var latLngs = [];
    points.forEach(function (point) {
      var latLng = L.latLng(point.lat, point.lng);
      latLngs.push(latLng);
      var marker = L.marker(latLng, {
        icon: icon,
        keyboard: true,
        title: point.name,
        alt: point.name,
      });
      marker.bindPopup(buildPopup(point));
      group.addLayer(marker);
    });
    group.addTo(map);

    if (latLngs.length === 0) {
      map.setView(FRANCE_CENTRE, FRANCE_ZOOM);
    } else if (latLngs.length === 1) {
      map.setView(latLngs[0], SINGLE_POINT_ZOOM);
    } else {
      map.fitBounds(L.latLngBounds(latLngs), { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM });
    }

    // Keep the map correct if its box is resized or first shown later
    // (e.g. inside a closed <details> or a tab panel).
    if (typeof window.ResizeObserver === 'function') {
      new window.ResizeObserver(function () {
        map.invalidateSize();
      }).observe(element);
    }

    element.classList.add(READY_CLASS);
  }

  function initAll() {
    var L = window.L;
    if (!L || typeof L.map !== 'function') {
      console.warn('points_map: Leaflet (window.L) is not loaded');
      return;
    }
    var elements = document.querySelectorAll('[data-points-map]');
    Array.prototype.forEach.call(elements, function (element) {
      try {
        initMap(element, L);
      } catch (err) {
        console.error('points_map: could not draw map', err);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initAll);
  } else {
    initAll();
  }
})();
