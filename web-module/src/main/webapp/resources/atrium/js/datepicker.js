// A PrimeFaces date picker's panel stays open until a click outside it or Escape: after an ajax
// request (a save, a search) it kept covering the buttons below it (Publish), and a keyboard user
// tabbing on left it over the next fields. It closes when any ajax request completes and when the
// focus moves outside the picker (its input, its button, its panel); the focus stays where it is.
(function () {
  if (!window.PrimeFaces || !window.jQuery) {
    return;
  }
  var $ = window.jQuery;

  function openPickers() {
    var open = [];
    $.each(PrimeFaces.widgets, function (name, widget) {
      var picker = PrimeFaces.widget.DatePicker && widget instanceof PrimeFaces.widget.DatePicker
          && widget.jq && widget.jq.data('primeDatePicker');
      if (picker && !picker.options.inline && picker.isPanelVisible()) {
        open.push({ widget: widget, picker: picker });
      }
    });
    return open;
  }

  function close(entry) {
    entry.picker.hideOverlay(true); // true: without giving the input the focus back
  }

  $(document).on('pfAjaxComplete', function () {
    openPickers().forEach(close);
  });

  $(document).on('focusin', function (event) {
    openPickers().forEach(function (entry) {
      var inside = $.contains(entry.widget.jq[0], event.target)
          || (entry.picker.panel && (entry.picker.panel[0] === event.target
              || $.contains(entry.picker.panel[0], event.target)));
      if (!inside) {
        close(entry);
      }
    });
  });
})();
