// PrimeFaces' Chinese calendar starts weeks on Sunday and names months 一月…十二月; calendars in
// China start on Monday and write months as 1月…12月. Runs after the locale file, before widgets.
(function () {
  if (!window.PrimeFaces || !PrimeFaces.locales) {
    return;
  }
  var months = ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'];
  ['zh', 'zh_CN'].forEach(function (key) {
    var locale = PrimeFaces.locales[key];
    if (locale) {
      locale.firstDayOfWeek = 1;
      locale.firstDay = 1;
      locale.monthNames = months;
      locale.monthNamesShort = months;
    }
  });
})();
