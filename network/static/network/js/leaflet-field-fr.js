/*
 * leaflet-field-fr.js — loaded after wagtailgeowidget's leaflet-field.js, in the admin.
 *
 * - Coordinates being typed (« 48 », « 48.8, ») or wrong (« abc », a latitude of 200) are
 *   refused with the widget's message (French, see network/geo.py) instead of a JavaScript
 *   error, and the map stays where it was.
 * - Enter in the address field does not submit the whole form.
 */
(function () {
  "use strict";
  var Field = window.LeafletField;
  if (!Field || !window.L) {
    return;
  }
  var NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/;

  Field.prototype.parseStrToLatLng = function (value) {
    var parts = String(value || "").split(",");
    if (parts.length !== 2 || !NUMBER.test(parts[0]) || !NUMBER.test(parts[1])) {
      return null;
    }
    var lat = parseFloat(parts[0]);
    var lng = parseFloat(parts[1]);
    if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
      return null;
    }
    return window.L.latLng(lat, lng);
  };

  var updateMapFromCoords = Field.prototype.updateMapFromCoords;
  Field.prototype.updateMapFromCoords = function (latLng) {
    if (latLng) {
      updateMapFromCoords.call(this, latLng);
    }
  };

  var initEvents = Field.prototype.initEvents;
  Field.prototype.initEvents = function () {
    initEvents.call(this);
    this.addressField.on("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
      }
    });
  };
})();
